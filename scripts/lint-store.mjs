/**
 * `npm run lint:store`: builds both store packages (`wxt zip`, Chrome and Firefox MV3) and checks what the stores
 * check. Firefox: Mozilla's addons-linter on the zip, no errors and no warnings but the known ones below. Chrome:
 * the manifest rules this project promises (docs/permissions.md): no `proxy`, `webRequest` only optional, a name
 * that does not start with TikTok's trademark, a description within 132 characters, `minimum_chrome_version`.
 * Both zips: no build or test output inside. SKIP_BUILD=1 lints what is in the output folder.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.EXT_OUT_DIR ?? join(ROOT, '.output');
/** Warnings nothing in this project can fix, with the reason. */
const KNOWN = {
  // Preact's renderer supports `dangerouslySetInnerHTML` (unused here); AMO reviewers see the library's code.
  UNSAFE_VAR_ASSIGNMENT: /^chunks\/model-[\w-]+\.js$/,
};

const problems = [];
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });

if (process.env.SKIP_BUILD !== '1') {
  for (const args of [
    ['wxt', 'zip'],
    ['wxt', 'zip', '-b', 'firefox', '--mv3'],
  ]) {
    const r = run('npx', args, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
const find = (suffix) => {
  const z = zips.find((f) => f.endsWith(suffix));
  if (!z) throw new Error(`no *${suffix} in ${OUT}: run \`npm run zip\``);
  return join(OUT, z);
};

// Firefox: addons-linter
const firefoxZip = find('-firefox.zip');
const lint = run('npx', ['addons-linter', '--output', 'json', firefoxZip], { maxBuffer: 64 * 1024 * 1024 });
const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
for (const e of report.errors) problems.push(`addons-linter error ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of report.warnings) {
  if (KNOWN[w.code]?.test(w.file ?? ''))
    console.log(`known warning ${w.code} in ${w.file} (see scripts/lint-store.mjs)`);
  else problems.push(`addons-linter warning ${w.code} ${w.file ?? ''}: ${w.message}`);
}

// Chrome: the manifest
const chromeZip = find('-chrome.zip');
const chromeFiles = unzipSync(readFileSync(chromeZip));
const manifest = JSON.parse(new TextDecoder().decode(chromeFiles['manifest.json']));
if (manifest.permissions.includes('proxy')) problems.push('Chrome manifest asks for `proxy`');
if (manifest.permissions.includes('webRequest')) problems.push('Chrome manifest asks for `webRequest` at install');
if (!manifest.optional_permissions?.includes('webRequest')) problems.push('`webRequest` is not optional');
if (/^tiktok/i.test(manifest.name)) problems.push(`the name starts with TikTok's trademark: ${manifest.name}`);
if (manifest.description.length > 132)
  problems.push(`description over 132 characters (${manifest.description.length})`);
if (!/not affiliated/i.test(manifest.description)) problems.push('description lacks the not-affiliated statement');
if (!(Number(manifest.minimum_chrome_version) >= 111)) problems.push('minimum_chrome_version missing or under 111');
if (manifest.host_permissions.some((h) => h === '<all_urls>' || h.startsWith('*://*/')))
  problems.push('host permissions beyond TikTok and the control hosts');

// No build or test output in any zip (the sources zip is what AMO rebuilds from).
const BANNED = /^(?:\.output|test-results|playwright-report|coverage|e2e\/\.tmp)\/|\.log$/;
for (const zip of zips) {
  const names = Object.keys(unzipSync(readFileSync(join(OUT, zip))));
  for (const n of names.filter((x) => BANNED.test(x))) problems.push(`${zip} carries ${n}`);
}

if (problems.length > 0) {
  console.error(`store lint: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `store lint: ok (${zips.join(', ')}; addons-linter ${report.summary.errors} errors, ${report.summary.warnings} warnings, all known)`,
);
