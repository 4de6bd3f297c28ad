#!/usr/bin/env node
/**
 * Generates the error catalog from the shared tables (../shared/tiktok-error-codes.tsv and
 * tiktok-error-code-variants.tsv) and the hand-written knowledge in scripts/catalog/. Run by developers
 * (`npm run gen:catalog [-- <shared dir>]`); its output is committed so that builds need neither the shared folder
 * nor the network:
 *   utils/facts/error-codes.data.ts   every code with meaning, cause, area, fix steps, retry, actor (API doctor)
 *   utils/facts/error-codes.index.ts  code (+ message variant) -> cause and area only (the diagnosis, popup-sized)
 *   locales/code-shorts/en.json       the English of the short meanings the index names by message key (evidence
 *                                     lines); generated, so edit the shorts in scripts/catalog/, not that file. The
 *                                     other languages' files beside it are written by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS } from './catalog/areas.mjs';
import { CODES, EXTRA, NOT_TIKTOK, SHORT, VARIANTS } from './catalog/codes.mjs';
import { FAMILIES, REFINE } from './catalog/families.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
// The nine cause ids are read from the model's source text (written once there), plus the catalog's own
// `integration` (codes that a developer's integration causes, never a seller-side cause).
const CAUSE_IDS_SOURCE = /export const CAUSE_IDS = \[([^\]]*)\] as const;/.exec(
  readFileSync(join(root, 'utils/model.ts'), 'utf8'),
);
if (!CAUSE_IDS_SOURCE) throw new Error('CAUSE_IDS not found in utils/model.ts');
const CAUSES = [...[...CAUSE_IDS_SOURCE[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]), 'integration'];
const ACTORS = ['seller', 'integrator', 'tiktok', 'support'];

function readTsv(file) {
  const [head, ...lines] = readFileSync(join(shared, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cols = head.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v.trim()])));
}

const sentence = (s) => {
  const t = s.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  const up = t[0].toUpperCase() + t.slice(1);
  return /[.!?)]$/.test(up) ? up : `${up}.`;
};

/** Notes about where a fact comes from belong in `source`, not in what the seller reads. */
const NOTE =
  /\s*\((?:rb fixture|observed|lazykern|not in|changelog|rb['’]s|[^)]*\bsample\b)[^)]*\)|\s*Not in the doc tables\.?|\s*\(rb fixture only\)/gi;

/** Provenance inside the paraphrase: worded for whoever checks the sources, not for whoever fixes the error. */
const PROVENANCE = /\bper changelog\b|\s*\(split out of \d+\)|\s*\([^)]*changelog\)/gi;
const PROVENANCE_STEP = /rb fixture|\bsample\b|the doc shows|^changelog:|page says/i;

/**
 * A paraphrase cut into its sentences (at "; " and at ". " before a capital), but never inside parentheses or after
 * an abbreviation: "Identifier code (e.g. GTIN) has …" is one sentence, not two halves translated apart.
 */
function sentences(text) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || !/\s/.test(text[i + 1] ?? '')) continue;
    const semicolon = c === ';';
    const stop =
      c === '.' &&
      /[a-z0-9)]/.test(text[i - 1] ?? '') &&
      /\s+[A-Z]/y.test(text.slice(i + 1, i + 3)) &&
      !/\b(?:e\.g|i\.e|etc|vs)$/i.test(text.slice(start, i));
    if (!semicolon && !stop) continue;
    out.push(text.slice(start, i + (semicolon ? 0 : 1)).trim());
    start = i + 1;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** The table's paraphrase -> a one-sentence meaning plus the code-specific steps it carries. */
function splitMeaning(text) {
  const clean = text.replace(NOTE, '').replace(PROVENANCE, '').replace(/\s+\)/g, ')').trim();
  const [first, ...rest] = sentences(clean);
  const steps = rest
    .map((t) => t.replace(/^Changelog sets /i, 'TikTok sets '))
    .filter((t) => !PROVENANCE_STEP.test(t))
    .map(sentence)
    .filter(Boolean);
  return { meaning: sentence(first ?? clean), steps };
}

function refine(family, text) {
  for (const r of REFINE) {
    if (!r.families.includes('*') && !r.families.includes(family)) continue;
    if (r.re.test(text) && (!r.when || r.when.test(text))) return r;
  }
  return undefined;
}

function check(entry) {
  if (!CAUSES.includes(entry.cause)) throw new Error(`${entry.code}: bad cause ${entry.cause}`);
  if (!(entry.area in AREAS)) throw new Error(`${entry.code}: bad area ${entry.area}`);
  if (!ACTORS.includes(entry.actor)) throw new Error(`${entry.code}: bad actor ${entry.actor}`);
  for (const v of entry.variants ?? []) {
    if (v.cause && !CAUSES.includes(v.cause)) throw new Error(`${entry.code}/${v.id}: bad cause`);
    if (v.area && !(v.area in AREAS)) throw new Error(`${entry.code}/${v.id}: bad area ${v.area}`);
  }
  return entry;
}

const rows = readTsv('tiktok-error-codes.tsv');
const variantRows = readTsv('tiktok-error-code-variants.tsv');

const entries = rows.map((r) => {
  const family = FAMILIES[r.family] ? r.family : 'other';
  const fam = FAMILIES[family];
  const { meaning, steps } = splitMeaning(r.meaning || r.message);
  const ref = refine(family, `${r.message} ${r.meaning}`);
  const hand = CODES[r.code] ?? {};
  const entry = {
    code: Number(r.code),
    family,
    message: r.message,
    meaning: hand.meaning ?? meaning,
    cause: hand.cause ?? ref?.cause ?? fam.cause,
    area: hand.area ?? ref?.area ?? fam.area,
    actor: hand.actor ?? ref?.actor ?? fam.actor,
    retry: hand.retry ?? ref?.retry ?? fam.retry,
    steps: hand.fix || steps.length === 0 ? undefined : steps,
    fix: hand.fix,
    http: r.http_status ? Number(r.http_status) : undefined,
    endpoints: r.endpoints || undefined,
    source: r.source,
  };
  if (entry.cause === 'platform' && entry.area === 'server' && !hand.actor) entry.actor = 'tiktok';
  return entry;
});

for (const [code, x] of Object.entries(EXTRA)) {
  const fam = FAMILIES[x.family];
  entries.push({
    code: Number(code),
    family: x.family,
    message: x.message,
    meaning: x.meaning,
    cause: x.cause ?? fam.cause,
    area: x.area ?? fam.area,
    actor: x.actor ?? fam.actor,
    retry: x.retry ?? fam.retry,
    fix: x.fix,
    http: x.http,
    source: x.source,
  });
}

// Variants: the hand-written ones (different meanings) collect the shared file's messages they match; a message
// no hand variant matches is a rewording of the code's one meaning, kept with a match on its own wording.
const byCode = new Map(entries.map((e) => [e.code, e]));
for (const [code, list] of Object.entries(VARIANTS)) {
  const e = byCode.get(Number(code));
  if (!e) throw new Error(`variants for unknown code ${code}`);
  e.variants = list.map((v) => ({ ...v, messages: [] }));
}
for (const v of variantRows) {
  const e = byCode.get(Number(v.code));
  if (!e) throw new Error(`variant row for unknown code ${v.code}`);
  e.variants ??= [];
  const text = v.message.toLowerCase();
  const hit = e.variants.find((x) => x.match.some((m) => text.includes(m)));
  if (hit) hit.messages.push(v.message);
  else e.variants.push({ match: [wordingKey(v.message)], messages: [v.message] });
}
for (const e of entries) {
  for (const v of e.variants ?? []) if (v.id && v.messages.length === 0) delete v.messages;
  check(e);
}
entries.sort((a, b) => a.code - b.code);

/** A rewording is matched on its text up to an appended id list or placeholder (": id1, ...", "0011"). */
function wordingKey(message) {
  return message
    .toLowerCase()
    .split(/:\s*id1|\s\d{3,}\s|\{\{/)[0]
    .slice(0, 60)
    .trim();
}

const variantCount = entries.reduce((n, e) => n + (e.variants?.length ? 1 : 0), 0);
const header = (what) =>
  `// Generated by scripts/gen-catalog.mjs from ../shared/tiktok-error-codes.tsv (${rows.length} codes) and\n` +
  `// tiktok-error-code-variants.tsv (${variantRows.length} messages), with scripts/catalog/*.mjs. Do not edit: run \`npm run gen:catalog\`.\n` +
  `// ${what}\n`;

/** A data row without what only the index needs (short meanings). */
const clean = (o) => JSON.parse(JSON.stringify({ ...o, variants: o.variants?.map(({ short: _s, ...v }) => v) }));
const families = Object.fromEntries(Object.entries(FAMILIES).map(([k, f]) => [k, { label: f.label, fix: f.fix }]));
const data =
  header('The whole catalog: read by the API doctor and the background, never by the popup or the page.') +
  `import type { CodeRow, FamilyId, FamilyRow } from './error-codes.types';\n\n` +
  `/** Rows of the shared tables this file was generated from (tests cross-check them when ../shared exists). */\n` +
  `export const SHARED_COUNTS = ${JSON.stringify({ codes: rows.length, variantMessages: variantRows.length })} as const;\n\n` +
  `export const FAMILY_ROWS: Record<FamilyId, FamilyRow> = ${JSON.stringify(families)};\n\n` +
  `export const NOT_TIKTOK_CODES: readonly number[] = ${JSON.stringify(NOT_TIKTOK)};\n\n` +
  `export const CODE_ROWS: readonly CodeRow[] = [\n${entries.map((e) => `  ${JSON.stringify(clean(e))},`).join('\n')}\n];\n`;

// The compact index: cause and area positions packed in one number (cause * 32 + area); the hand-written short
// meanings (evidence lines); variants that change them.
const areaIds = Object.keys(AREAS);
const pack = (cause, area) => CAUSES.indexOf(cause) * 32 + areaIds.indexOf(area);
/** "The category is not a leaf category." -> "category is not a leaf category" */
function shortOf(meaning) {
  let t = meaning.replace(/^(?:the|a|an) /i, '').replace(/[.]$/, '');
  t = t.split(/: |; | \(|, (?=[a-z]+ )/)[0] ?? t;
  if (t.length > 60) t = `${t.slice(0, 60).replace(/\s+\S*$/, '')}…`;
  return /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}
/**
 * The message key of a short meaning: `code.short.` and a slug of its first words (articles dropped, at most 32
 * characters, not ending on a word that needs the next one), so a key stays put while the catalog around it
 * changes and is about as long as the text. Two shorts with one slug stop the generator: reword one of them.
 */
const DANGLING = new Set('or and to for in at of be than not may must does this'.split(' '));
const shortText = new Map();
function shortKey(text) {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f’']/g, '')
    .replace(/×/g, 'x')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !['the', 'a', 'an', 'is', 'are'].includes(w));
  const kept = [words.shift() ?? ''];
  for (const w of words) {
    if (kept.join('-').length + 1 + w.length > 32) break;
    kept.push(w);
  }
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1])) kept.pop();
  const key = `code.short.${kept.join('-')}`;
  const had = shortText.get(key);
  if (had !== undefined && had !== text) throw new Error(`shorts "${had}" and "${text}" share the key ${key}`);
  shortText.set(key, text);
  return key;
}
const idx = {};
const shorts = {};
const vIdx = [];
for (const e of entries) {
  idx[e.code] = pack(e.cause, e.area);
  // hand-written short meanings only: the diagnosis falls back to the area's label, keeping the popup small
  if (e.cause !== 'integration' && SHORT[e.code]) shorts[e.code] = shortKey(SHORT[e.code]);
  for (const v of e.variants ?? []) {
    const cause = v.cause ?? e.cause;
    const p = pack(cause, v.area ?? e.area);
    const text = cause === 'integration' ? '' : (v.short ?? (v.meaning ? shortOf(v.meaning) : ''));
    const short = text ? shortKey(text) : cause === 'integration' ? '' : (shorts[e.code] ?? '');
    if (v.id && (p !== idx[e.code] || short !== (shorts[e.code] ?? ''))) vIdx.push([e.code, v.match, p, short]);
  }
}
const shortsEn = Object.fromEntries([...shortText].sort(([a], [b]) => (a < b ? -1 : 1)));
const index =
  header('The compact index for the diagnosis: code (+ message fragments) -> packed cause * 32 + area.') +
  `import type shorts from '../../locales/code-shorts/en.json';\n\n` +
  `export const INDEX_CAUSES = ${JSON.stringify(CAUSES)} as const;\n` +
  `export const INDEX_AREAS = ${JSON.stringify(areaIds)} as const;\n` +
  `export const AREA_LABELS: Readonly<Record<(typeof INDEX_AREAS)[number], string>> = ${JSON.stringify(AREAS)};\n` +
  `export const CODE_INDEX: Readonly<Record<number, number>> = ${JSON.stringify(idx)};\n` +
  `/** Message keys of the short meanings for one-line evidence (locales/code-shorts/, generated with this file). */\n` +
  `export type CodeShortKey = keyof typeof shorts;\n` +
  `/** Short meanings for one-line evidence (hand-written ones; other codes use their area's label). */\n` +
  `export const CODE_SHORT: Readonly<Record<number, CodeShortKey>> = ${JSON.stringify(shorts)};\n` +
  `/** [code, message fragments, packed, short]: the first hit in order wins over the code's own values. */\n` +
  `export const VARIANT_INDEX: readonly (readonly [number, readonly string[], number, CodeShortKey | ''])[] = ${JSON.stringify(vIdx)};\n`;

const out = (name) => join(root, 'utils', 'facts', name);
writeFileSync(out('error-codes.data.ts'), data);
writeFileSync(out('error-codes.index.ts'), index);
const shortsDir = join(root, 'locales', 'code-shorts');
mkdirSync(shortsDir, { recursive: true });
writeFileSync(join(shortsDir, 'en.json'), `${JSON.stringify(shortsEn, null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', out('error-codes.data.ts'), out('error-codes.index.ts')], {
  cwd: root,
  stdio: 'inherit',
});
console.log(
  `${entries.length} codes (${rows.length} from the shared table, ${Object.keys(EXTRA).length} from elsewhere), ${variantCount} with message variants`,
);
// The phrasebooks are keyed by a hash of each English text (utils/i18n/text-id.ts): the test that checks the English
// one against the catalog rewrites it, so the hash is written once, in TypeScript.
console.log(
  'Now run `UPDATE_CODE_TEXTS=1 npx vitest run tests/code-texts.test.ts` to rewrite utils/facts/code-texts/en.json; without the variable it names the texts other languages lack.',
);
