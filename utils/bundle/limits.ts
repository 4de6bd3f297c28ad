/** Size bounds of the bundle (the values live in utils/limits.ts): row caps per table and string caps. */
import { BUNDLE_LIMITS, TEXT_CHARS, URL_CHARS } from '../limits';

export { BUNDLE_LIMITS };

export type BundleLimits = typeof BUNDLE_LIMITS;

export const MAX_STRING = TEXT_CHARS;
export const MAX_URL_STRING = URL_CHARS;

export const TRUNCATION_MARKER = '…[truncated ';

export function truncationMarker(dropped: number): string {
  return `${TRUNCATION_MARKER}${dropped} chars]`;
}

/** Cut a string to `max` characters, ending with a marker that says how much was dropped. */
export function truncate(s: string, max = MAX_STRING): string {
  return s.length <= max ? s : `${s.slice(0, max)}${truncationMarker(s.length - max)}`;
}
