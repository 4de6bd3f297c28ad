/**
 * House rule: the error catalog is the only table of codes. No source file under utils/ or components/ restates a
 * catalog code as a literal (a number, or a string that is only the code); the MAIN-world hook and the page-side
 * envelope reader know no code at all; neither the page code nor the popup reach the full catalog.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '@/utils/facts/error-catalog';
import { reachable, sourceFiles, splitSource } from './helpers/source-scan';

const ROOT = resolve(__dirname, '..');
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
/** The generated tables themselves. */
const DATA = new Set(['utils/facts/error-codes.data.ts', 'utils/facts/error-codes.index.ts']);
/** Code that runs in the page (or is bundled into it): no code at all, not even in a comment. */
const PAGE_SIDE = /^utils\/(?:hook|content)\//;
const CODES = new Set(ERROR_CATALOG.map((e) => String(e.code)).filter((c) => c.length === 8));
const EIGHT = /\b\d{8}\b/g;

/** Catalog codes restated in one source text: as numbers in code, as strings that are only a code. */
function restated(src: string, pageSide = false): string[] {
  const { code, strings, comments } = splitSource(src);
  const found = [...code.matchAll(EIGHT)].map((m) => m[0]);
  found.push(...strings.filter((s) => CODES.has(s.trim())));
  if (pageSide) for (const t of [...strings, ...comments]) found.push(...(t.match(EIGHT) ?? []));
  return [...new Set(found.filter((c) => CODES.has(c)))];
}

describe('the catalog is the only table of codes', () => {
  it('finds restated codes and lets codes named in sentences be', () => {
    expect(CODES.size).toBeGreaterThan(700);
    expect(restated('const x = { 36009004: "a" };')).toEqual(['36009004']);
    expect(restated("if (code === 12052023) return;\nconst y = ['36009033'];")).toEqual(['12052023', '36009033']);
    expect(restated("const hint = 'Seen 36009004 (Invalid timestamp)? Sync the clock.'; // 36009004")).toEqual([]);
    expect(restated('const re = /"code":36009004/; const n = 99999999;')).toEqual([]);
    expect(restated("// about 36009004\nconst s = 'code 36009004';", true)).toEqual(['36009004']);
  });

  it('holds for every source file under utils/ and components/', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'utils')), ...sourceFiles(join(ROOT, 'components'))]) {
      const name = rel(file);
      if (DATA.has(name)) continue;
      const codes = restated(readFileSync(file, 'utf8'), PAGE_SIDE.test(name));
      if (codes.length) offenders.push(`${name}: ${codes.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the catalog out of the page code, and the full table out of the popup', () => {
    const catalog = /utils\/(?:facts\/error-(?:codes\.|catalog)|diagnosis\/codes\.ts)/;
    for (const entry of ['entrypoints/content.ts', 'entrypoints/hook.content.ts']) {
      const hits = [...reachable(ROOT, join(ROOT, entry))].map(rel).filter((f) => catalog.test(f));
      expect(hits, entry).toEqual([]);
    }
    const popup = [...reachable(ROOT, join(ROOT, 'entrypoints/popup/main.tsx'))].map(rel);
    expect(popup.length).toBeGreaterThan(10);
    expect(popup.filter((f) => /error-codes\.data|error-catalog/.test(f))).toEqual([]);
    const doctor = [...reachable(ROOT, join(ROOT, 'entrypoints/api-doctor/main.tsx'))].map(rel);
    expect(doctor).toContain('utils/facts/error-codes.data.ts');
  });
});
