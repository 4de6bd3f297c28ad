/**
 * Gzipped size (zlib level 9) of what the build ships: the code that runs in every Seller Center page (every content
 * script of the manifest, isolated and MAIN world, and any web-accessible script a content script injects) and the
 * popup (everything popup.html can load: its scripts, module preloads and stylesheets, and every module those import,
 * statically or dynamically; and the part of it loaded before the first render).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetRow } from '../table.mjs';

export const rows = [
  {
    id: 'size-page',
    figure: 'code in the page (content + hook), gzip',
    unit: 'KB',
    budget: 12,
    method:
      "Every js/css file of the manifest's content_scripts (the isolated content script and the MAIN-world hook) plus web-accessible .js resources (scripts injected into the page), each gzipped at level 9 (KB = 1024 bytes), summed.",
  },
  {
    id: 'size-popup',
    figure: 'popup bundle, all chunks (JS + CSS), gzip',
    unit: 'KB',
    budget: 60,
    method:
      'Every script, modulepreload and stylesheet popup.html references, and every module those import, statically or dynamically (chunks loaded after the first render or on a click count too: they ship for the popup), each gzipped at level 9 (KB = 1024 bytes), summed.',
  },
  {
    id: 'size-popup-first',
    figure: 'popup bundle, before first render, gzip',
    unit: 'KB',
    budget: 60,
    method:
      'The part of the popup bundle loaded before its first render: the scripts, module preloads and stylesheets popup.html references and their static imports (not dynamic imports), each gzipped at level 9 (KB = 1024 bytes), summed.',
  },
];

const gz = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files of the build that run in the page, from its manifest. @param {string} ext */
export function pageFiles(ext) {
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  /** @type {string[]} */
  const files = [];
  for (const cs of manifest.content_scripts ?? []) files.push(...(cs.js ?? []), ...(cs.css ?? []));
  for (const war of manifest.web_accessible_resources ?? []) {
    files.push(...(war.resources ?? []).filter((/** @type {string} */ r) => r.endsWith('.js') && !r.includes('*')));
  }
  return [...new Set(files.map((f) => f.replace(/^\//, '')))];
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
/** Vite's preload list of a lazy chunk's dependencies (its CSS included), paths from the build's root. */
const PRELOAD_DEPS = /__vite__mapDeps\s*=[^;]*?\[((?:\s*"[^"]+"\s*,?)+)\]/g;

/**
 * Files of the build popup.html loads, following imports of its chunks: `first` those loaded before its first
 * render (the page's own references and static imports), `all` with dynamic imports too.
 * @param {string} ext
 */
export function popupFiles(ext) {
  const html = readFileSync(join(ext, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)]
    .map((m) => /** @type {string} */ (m[1]))
    .filter((ref) => /\.(m?js|css)$/.test(ref) && !/^[a-z]+:/.test(ref))
    .map((ref) => ref.replace(/^\//, ''));
  /** @param {boolean} dynamic */
  const walk = (dynamic) => {
    const seen = new Set();
    const queue = [...refs];
    while (queue.length) {
      const rel = /** @type {string} */ (queue.shift());
      if (seen.has(rel) || !existsSync(join(ext, rel))) continue;
      seen.add(rel);
      if (!rel.endsWith('js')) continue;
      const code = readFileSync(join(ext, rel), 'utf8');
      const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
      const specs = [...code.matchAll(STATIC_IMPORT), ...(dynamic ? code.matchAll(DYNAMIC_IMPORT) : [])];
      for (const m of specs) {
        const spec = /** @type {string} */ (m[1]);
        if (spec.startsWith('/')) queue.push(spec.slice(1));
        else if (spec.startsWith('.')) queue.push(new URL(spec, `file:///${dir}`).pathname.slice(1));
      }
      if (dynamic) {
        for (const m of code.matchAll(PRELOAD_DEPS)) {
          for (const dep of (m[1] ?? '').matchAll(/"([^"]+)"/g)) queue.push((dep[1] ?? '').replace(/^\//, ''));
        }
      }
    }
    return [...seen];
  };
  return { first: walk(false), all: walk(true) };
}

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const ext = bench.extPath;
  const page = pageFiles(ext);
  if (!page.length) throw new Error('the manifest declares no content script');
  const missing = page.filter((f) => !existsSync(join(ext, f)));
  if (missing.length) throw new Error(`the build has no ${missing.join(', ')}`);
  const pageBytes = Object.fromEntries(page.map((f) => [f, gz(join(ext, f))]));
  const popup = popupFiles(ext);
  if (!popup.all.length) throw new Error('popup.html loads no script');
  const popupBytes = Object.fromEntries(popup.all.map((f) => [f, gz(join(ext, f))]));
  const sum = (/** @type {Record<string, number>} */ o, keys = Object.keys(o)) =>
    keys.reduce((a, k) => a + (o[k] ?? 0), 0) / 1024;
  const kb = (/** @type {Record<string, number>} */ o) =>
    Object.entries(o)
      .map(([f, n]) => `${f} ${(n / 1024).toFixed(1)}`)
      .join(', ');
  const p = sum(pageBytes);
  const q = sum(popupBytes);
  const first = sum(popupBytes, popup.first);
  bench.log(`sizes (gzip KB): ${kb(pageBytes)}`);
  bench.log(`popup: ${q.toFixed(1)} KB in all, ${first.toFixed(1)} KB before the first render: ${kb(popupBytes)}`);
  const [pageRow, popupRow, firstRow] = /** @type {any[]} */ (rows);
  const one = (/** @type {number} */ v) => ({ median: v, min: v, max: v });
  return [
    { ...budgetRow(pageRow, one(p)), details: { gzipBytes: pageBytes } },
    { ...budgetRow(popupRow, one(q)), details: { gzipBytes: popupBytes } },
    { ...budgetRow(firstRow, one(first)), details: { files: popup.first } },
  ];
}
