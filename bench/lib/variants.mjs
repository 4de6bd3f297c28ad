/**
 * The build with and without the `webRequest` permission granted, for the request-latency figures. Today's build
 * may hold webRequest always (a required permission) or ask for it when the seller turns on "record network
 * failures" (an optional permission, issue 16). Both states are measured either way:
 *   - "on": webRequest granted. A required permission: the build as is. An optional one: a copy of the build whose
 *     manifest grants it (moved into `permissions`), the profile a seller has after saying yes; the settings switch
 *     that records network failures is then turned on too, when the popup has one (recordingOn below).
 *   - "off": webRequest not granted. An optional permission: the build as is (the default install). A required one:
 *     a copy whose manifest drops it, what the default install will be once it is optional.
 * Only the manifest differs between the copies; the code is the same build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {string} extPath
 * @returns {{ on: string; off: string; asBuilt: 'on' | 'off'; optional: boolean; note: string; cleanup: () => void }}
 */
export function webRequestVariants(extPath) {
  const manifest = JSON.parse(readFileSync(join(extPath, 'manifest.json'), 'utf8'));
  const perms = /** @type {string[]} */ (manifest.permissions ?? []);
  const optionalPerms = /** @type {string[]} */ (manifest.optional_permissions ?? []);
  const required = perms.includes('webRequest');
  const optional = optionalPerms.includes('webRequest');
  /** @type {string[]} */
  const copies = [];
  /** @param {(m: any) => void} edit */
  const copy = (edit) => {
    const dir = mkdtempSync(join(tmpdir(), 'tsd-bench-variant-'));
    cpSync(extPath, dir, { recursive: true });
    const m = structuredClone(manifest);
    edit(m);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
    copies.push(dir);
    return dir;
  };
  const cleanup = () => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  };
  if (required) {
    const off = copy((m) => {
      m.permissions = perms.filter((p) => p !== 'webRequest');
    });
    return {
      on: extPath,
      off,
      asBuilt: 'on',
      optional,
      note: 'the build holds webRequest as a required permission: "on" is the build as is, "off" a copy of it whose manifest drops webRequest',
      cleanup,
    };
  }
  const on = copy((m) => {
    m.permissions = [...perms, 'webRequest'];
    m.optional_permissions = optionalPerms.filter((p) => p !== 'webRequest');
  });
  return {
    on,
    off: extPath,
    asBuilt: 'off',
    optional,
    note: optional
      ? 'the build asks for webRequest as an optional permission: "off" is the build as is (the default install), "on" a copy whose manifest grants it, with the recording switch turned on'
      : 'the build has no webRequest at all: "off" is the build as is, "on" a copy whose manifest adds it',
    cleanup,
  };
}

/** Settings switches that could be "record network failures" (CONTRACT.md names the view, not the switch). */
const RECORD_SWITCH = [
  '[data-option*="network" i]',
  '[data-option*="record" i]',
  '[data-option*="webrequest" i]',
  '[data-option*="web-request" i]',
].join(', ');

/**
 * Turn on "record network failures" in the popup's settings, as a seller would (the permission is already granted
 * in the "on" copy, so no prompt shows). Returns what happened, for the log.
 * @param {import('./harness.mjs').BenchBrowser} b
 */
export async function recordingOn(b) {
  const popup = await b.context.newPage();
  try {
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const open = popup.locator('[data-action="open-settings"]');
    if (!(await open.count())) return 'the popup has no settings: recording is whatever the permission gives';
    await open.first().click();
    const toggle = popup.locator(RECORD_SWITCH).first();
    try {
      await toggle.waitFor({ state: 'attached', timeout: 5_000 });
    } catch {
      return 'no "record network failures" switch found in settings: recording is whatever the permission gives';
    }
    // A checkbox, or a role="switch" with aria-checked; anything else is clicked once.
    const checked = () => toggle.isChecked().catch(() => undefined);
    if ((await checked()) !== true) await toggle.click();
    await popup.waitForTimeout(500);
    const state = await checked();
    return `recording switch ${(await toggle.getAttribute('data-option')) ?? ''} is ${state === undefined ? 'clicked once' : state ? 'on' : 'still off'}`;
  } finally {
    await popup.close();
  }
}

/**
 * A copy of the build whose two page scripts do only what any extension's page scripts must: the content script
 * marks the document (its isolated world's first touch of it, as ours does first), the MAIN-world hook is one
 * statement. Same manifest (matches, run_at, world), so the browser injects them exactly as it injects ours:
 * page-cpu measures this copy beside the build, in the same run, as the floor of any extension that runs in the
 * page on this machine at this hour (reported, not judged).
 * @param {string} extPath
 * @returns {{ dir: string; cleanup: () => void }}
 */
export function emptyPageScriptsVariant(extPath) {
  const dir = mkdtempSync(join(tmpdir(), 'tsd-bench-floor-'));
  cpSync(extPath, dir, { recursive: true });
  writeFileSync(
    join(dir, 'content-scripts/content.js'),
    '(function(){"use strict";document.documentElement.dataset.tsdContent="alive"})();\n',
  );
  writeFileSync(join(dir, 'content-scripts/hook.js'), '(function(){"use strict";void 0})();\n');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
