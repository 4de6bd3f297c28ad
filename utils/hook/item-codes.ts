/**
 * Per-item error codes inside a TikTok response whose top-level `code` may be 0: batch calls answer
 * `data.errors[] {code}`, `data.fail_packages[] {fail_code}`, `data.products[].fail_reasons[] {code}` and the like.
 * Bundled into the MAIN-world hook: dependency-free, no code table (the extension side classifies), bounded work.
 */

import { ITEM_CODES } from '../limits';

/** Most item codes one response reports (distinct). */
export const MAX_ITEM_CODES = ITEM_CODES;
/** A body worth parsing for item errors although its top-level code is 0. */
export const ITEM_HINT = /"(?:errors|fail_[a-z_]+|extra_errors)"\s*:\s*\[\s*\{/;

/**
 * `ITEM_HINT.test(text)`, cheaper on the common body: a success with no error list. The regex alone tries its
 * alternatives at every quote of the body; plain substring searches (vectorized) rule most bodies out first.
 */
export function hasItemHint(text: string): boolean {
  return (text.includes('errors"') || text.includes('"fail_')) && ITEM_HINT.test(text);
}

const KEYS = ['code', 'fail_code', 'error_code'] as const;

function codeOf(o: Record<string, unknown>): number {
  for (const k of KEYS) {
    const v = o[k];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : 0;
    if (Number.isInteger(n) && n !== 0) return n;
  }
  return 0;
}

const ERROR_LIST = /^(?:errors|extra_errors|fail_[a-z_]+)$/;

/**
 * Distinct non-zero codes of the objects in error lists (`errors`, `fail_*`, `extra_errors`) of `data`, or of the
 * items of its first-level lists (`data.products[].fail_reasons[]`). Other lists are not walked: success bodies
 * with large data cost a look at their keys only.
 */
export function itemCodes(data: unknown): number[] {
  const out: number[] = [];
  const collect = (list: unknown[]) => {
    for (let i = 0; i < list.length && i < 200 && out.length < MAX_ITEM_CODES; i++) {
      const el = list[i] as Record<string, unknown> | null;
      if (!el || typeof el !== 'object') continue;
      const c = codeOf(el);
      if (c && !out.includes(c)) out.push(c);
      if (Array.isArray(el.extra_errors)) collect(el.extra_errors);
    }
  };
  const visit = (o: Record<string, unknown>, top: boolean) => {
    for (const k in o) {
      const v = o[k];
      if (!Array.isArray(v)) continue;
      if (ERROR_LIST.test(k)) collect(v);
      else if (top)
        for (let i = 0; i < v.length && i < 200; i++) if (v[i] && typeof v[i] === 'object') visit(v[i], false);
    }
  };
  try {
    if (data && typeof data === 'object' && !Array.isArray(data)) visit(data as Record<string, unknown>, true);
  } catch {
    // a getter of the page's object threw: report what was read
  }
  return out;
}
