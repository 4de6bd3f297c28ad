/**
 * Breadcrumbs: what the seller did in Seller Center just before a failure (pages opened, buttons and links
 * clicked), for the bundle's "what happened before" (issue 18). Never an input's value, never typed text.
 * Shared by the content script (which records them in memory), the background (which keeps the last 15 minutes in
 * session storage) and the bundle.
 */
export const BREADCRUMB_KINDS = ['navigation', 'click'] as const;
export type BreadcrumbKind = (typeof BREADCRUMB_KINDS)[number];

export interface Breadcrumb {
  /** epoch ms */
  at: number;
  kind: BreadcrumbKind;
  /** host of the page */
  host: string;
  /** navigation: the redacted path (no query) */
  path?: string;
  /** click: the aria-label or text of the button or link, at most LABEL_MAX characters */
  label?: string;
}

export const BREADCRUMB_WINDOW_MS = 15 * 60_000;
export const LABEL_MAX = 40;
export const PATH_MAX = 512;
/** kept per tab in the content script, and overall in the background */
export const MAX_BREADCRUMBS = 200;

/**
 * Where a Seller Center page's content script leaves its `take` (in its isolated world, which the page cannot see):
 * an export collects what open tabs still hold through `scripting.executeScript` (utils/background/tab-breadcrumbs.ts).
 */
export const TAKE_KEY = 'tsd.breadcrumbs.take';

const str = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && v.length <= max;

/** The background re-checks what a content script sends (the page may have tampered with it). */
export function isBreadcrumb(v: unknown): v is Breadcrumb {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  if (typeof c.at !== 'number' || !Number.isFinite(c.at) || !str(c.host, 255)) return false;
  if (c.kind === 'navigation') return str(c.path, PATH_MAX) && c.label === undefined;
  if (c.kind === 'click') return str(c.label, LABEL_MAX) && c.path === undefined;
  return false;
}
