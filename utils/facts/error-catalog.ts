/**
 * TikTok Shop error codes: what a code means, which of the nine causes it points at (or `integration`), what
 * fixes it, whether a retry helps, who must act, and where the fact comes from. The table is generated
 * (error-codes.data.ts, by scripts/gen-catalog.mjs from ../shared/tiktok-error-codes.tsv); this module resolves a
 * code and its message into one entry. Read by the API doctor and the background; the popup's diagnosis reads the
 * compact index (error-codes.index.ts) instead, and the page never sees either.
 */
import { CODE_ROWS, FAMILY_ROWS, NOT_TIKTOK_CODES, SHARED_COUNTS } from './error-codes.data';
import { AREA_LABELS } from './error-codes.index';
import type { Actor, CodeCause, CodeRow, FamilyId, VariantRow } from './error-codes.types';

export { NOT_TIKTOK_CODES, SHARED_COUNTS };

export interface CatalogEntry {
  code: number;
  /** for codes with several meanings: which one, told by the message */
  variant?: string;
  family: FamilyId;
  meaning: string;
  cause: CodeCause;
  /** where to look, as support names it */
  area: string;
  /** the id of that area (its label is translated from it) */
  areaId: string;
  fix: readonly string[];
  /** how many of the last fix steps are the family's shared ones (translated by the API doctor) */
  familySteps: number;
  retry: boolean;
  actor: Actor;
  httpStatus?: number;
  /** TikTok's usual message for it */
  message: string;
  source: string;
}

const BY_CODE = new Map<number, CodeRow>(CODE_ROWS.map((r) => [r.code, r]));

function resolve(row: CodeRow, v?: VariantRow): CatalogEntry {
  const areaId = v?.area ?? row.area;
  return {
    code: row.code,
    variant: v?.id,
    family: row.family,
    meaning: v?.meaning ?? row.meaning,
    cause: v?.cause ?? row.cause,
    area: AREA_LABELS[areaId as keyof typeof AREA_LABELS] ?? areaId,
    areaId,
    fix: v?.fix ?? row.fix ?? [...(row.steps ?? []), ...FAMILY_ROWS[row.family].fix],
    familySteps: (v?.fix ?? row.fix) ? 0 : FAMILY_ROWS[row.family].fix.length,
    retry: v?.retry ?? row.retry,
    actor: v?.actor ?? row.actor,
    httpStatus: row.http,
    message: v?.messages?.[0] ?? row.message,
    source: row.source,
  };
}

/** The variant a message selects: the first whose fragments it contains (wordings of one meaning included). */
function variantFor(row: CodeRow, message: string | undefined): VariantRow | undefined {
  const text = message?.toLowerCase();
  if (!text || !row.variants) return undefined;
  return row.variants.find((v) => v.match.some((m) => text.includes(m)));
}

/** The entry for a code; for codes with variants, the one the message selects, else the code's general entry. */
export function lookupCode(code: number, message?: string): CatalogEntry | undefined {
  const row = BY_CODE.get(code);
  if (!row) return undefined;
  const v = variantFor(row, message);
  return resolve(row, v?.id ? v : undefined);
}

/** Codes whose meaning depends on the message (36009004 and 35 others). */
export function hasVariants(code: number): boolean {
  return BY_CODE.get(code)?.variants?.some((v) => v.id !== undefined) ?? false;
}

/** The entry of a named variant (for examples and references in the UI, instead of restating its code). */
export function variantEntry(id: string): CatalogEntry | undefined {
  return ERROR_CATALOG.find((e) => e.variant === id);
}

/** Every code's general entry, then each of its variants with a meaning of its own. */
export const ERROR_CATALOG: readonly CatalogEntry[] = CODE_ROWS.flatMap((row) => [
  resolve(row),
  ...(row.variants ?? []).filter((v) => v.id !== undefined).map((v) => resolve(row, v)),
]);

export const CATALOG_COUNTS = {
  codes: CODE_ROWS.length,
  codesWithVariants: CODE_ROWS.filter((r) => r.variants?.length).length,
  variants: CODE_ROWS.reduce((n, r) => n + (r.variants?.length ?? 0), 0),
} as const;

export function familyLabel(family: FamilyId): string {
  return FAMILY_ROWS[family].label;
}

/**
 * For a code the catalog does not know: the family most known codes sharing its longest prefix (at least half
 * its digits) belong to, with how many share it. A guess, and worded as one by the callers.
 */
export function guessFamily(
  code: number,
): { family: FamilyId; label: string; prefix: string; known: number } | undefined {
  const digits = String(code);
  if (code <= 0 || digits.length < 6) return undefined;
  for (let len = digits.length - 1; len >= Math.ceil(digits.length / 2); len--) {
    const prefix = digits.slice(0, len);
    const counts = new Map<FamilyId, number>();
    for (const r of CODE_ROWS) {
      const d = String(r.code);
      if (d.length === digits.length && d.startsWith(prefix)) counts.set(r.family, (counts.get(r.family) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) return { family: best[0], label: familyLabel(best[0]), prefix, known: best[1] };
  }
  return undefined;
}
