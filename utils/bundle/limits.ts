/** Size bounds of the bundle: row caps per table and string caps, so a typical bundle stays under 2 MB. */
export const BUNDLE_LIMITS = {
  events: 5_000,
  requests: 1_000,
  probes: 1_000,
  probeRuns: 100,
  sessions: 200,
  clears: 50,
  /** evidence lines per cause */
  evidence: 50,
  /** rows of the report's timeline and network table (the files hold everything) */
  reportTimeline: 300,
  reportNetwork: 200,
} as const;

export type BundleLimits = typeof BUNDLE_LIMITS;

export const MAX_STRING = 2_000;
export const MAX_URL_STRING = 2_048;

export const TRUNCATION_MARKER = '…[truncated ';

export function truncationMarker(dropped: number): string {
  return `${TRUNCATION_MARKER}${dropped} chars]`;
}

/** Cut a string to `max` characters, ending with a marker that says how much was dropped. */
export function truncate(s: string, max = MAX_STRING): string {
  return s.length <= max ? s : `${s.slice(0, max)}${truncationMarker(s.length - max)}`;
}
