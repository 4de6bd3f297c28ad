/**
 * TikTok envelope codes as the diagnosis reads them: the cause a code points at, a short label (a message key) for
 * one-line evidence, and the named fact (signal) it establishes. Read from the compact index the catalog generator writes
 * (utils/facts/error-codes.index.ts: code -> cause and area), small enough for the popup; the full catalog with
 * meanings and fixes stays out of the popup. Codes of request-shape problems (`integration`) point at no cause.
 */

import { CODE_INDEX, CODE_SHORT, INDEX_AREAS, INDEX_CAUSES, VARIANT_INDEX } from '../facts/error-codes.index';
import type { MessageKey } from '../i18n/keys';
import type { CauseId } from '../model';
import { AREA_MESSAGES } from './area-messages';
import { signalOf } from './code-signal';
import { memo } from './memo';
import type { Signal } from './signals';

export interface CodeInfo {
  cause: CauseId;
  /** short meaning for evidence lines, a message key: the hand-written short (locales/code-shorts/) or the area's */
  meaning: MessageKey;
  signal: Signal;
}

function unpack(packed: number): { cause: (typeof INDEX_CAUSES)[number]; area: (typeof INDEX_AREAS)[number] } {
  return { cause: INDEX_CAUSES[Math.floor(packed / 32)] ?? 'integration', area: INDEX_AREAS[packed % 32] ?? 'request' };
}

/** Whether the catalog knows the code at all (request-shape codes included). */
export function isKnownCode(code: number): boolean {
  return CODE_INDEX[code] !== undefined;
}

/** The message variants of each code that has several meanings, in the index's order (built on first use). */
let variantsByCode: Map<number, (typeof VARIANT_INDEX)[number][]> | undefined;
function variantsOf(code: number) {
  if (!variantsByCode) {
    variantsByCode = new Map();
    for (const row of VARIANT_INDEX) {
      const rows = variantsByCode.get(row[0]) ?? [];
      rows.push(row);
      variantsByCode.set(row[0], rows);
    }
  }
  return variantsByCode.get(code);
}

// Every rule asks about every coded group: a code (and, for the few with variants, its message) is resolved once.
const byCode = memo((code: number) => resolveCode(code, ''));
const byVariant = memo((key: string) => {
  const cut = key.indexOf('\n');
  return resolveCode(Number(key.slice(0, cut)), key.slice(cut + 1));
});

/** The cause, label and signal of a code (and its message); undefined when unknown or a request-shape problem. */
export function codeInfo(code: number, message?: string): CodeInfo | undefined {
  if (CODE_INDEX[code] === undefined) return undefined;
  return message && variantsOf(code) ? byVariant(`${code}\n${message}`) : byCode(code);
}

function resolveCode(code: number, message: string): CodeInfo | undefined {
  let packed = CODE_INDEX[code];
  let meaning: MessageKey | '' = CODE_SHORT[code] ?? '';
  if (packed === undefined) return undefined;
  const variants = message ? variantsOf(code) : undefined;
  if (variants) {
    const text = message.toLowerCase();
    const hit = variants.find(([, words]) => words.some((w) => text.includes(w)));
    if (hit) [, , packed, meaning] = hit;
  }
  const { cause, area } = unpack(packed);
  if (cause === 'integration') return undefined;
  const signal = signalOf(cause, area);
  return signal ? { cause, meaning: meaning || AREA_MESSAGES[area], signal } : undefined;
}
