/**
 * Export of the diagnostic bundle with 5,000 event groups and 1,000 HAR entries stored: the seller's own path
 * (popup.html, click [data-action="export-bundle"], the browser's download). Timed in the popup from the click to
 * the moment the bundle has been handed to the download (the export's state turns "done"); the downloaded zip is
 * then weighed and opened to check that it holds what was stored.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extensionOriginPage, withBrowsers } from '../harness.mjs';
import { ensureDatabase, eventGroups, probeRun, requestRecords, seedDatabase, sessions } from '../seed.mjs';
import { budgetRow, judgedRow } from '../table.mjs';
import { absolute } from '../verdict.mjs';

const EVENTS = 5_000;
const HAR = 1_000;
const BUTTON = '[data-action="export-bundle"]:not([disabled])';
const SETUP = `${EVENTS.toLocaleString('en-US')} event groups and ${HAR.toLocaleString('en-US')} failed/slow requests (the HAR entries, random request ids and ciphers so they do not compress away), 50 sessions and a probe run written into the extension's IndexedDB; popup.html opened fresh for every export, [data-action="export-bundle"] clicked once enabled, 0.5 s later and the popup idle`;

export const rows = [
  {
    id: 'export-time',
    figure: 'export bundle, 5k events + 1k HAR entries',
    unit: 'ms',
    budget: 1000,
    method: `${SETUP}. Figure: median time in the popup from the click to the bundle handed to the download (read history, diagnose, build report.html / diagnosis.json / network.har, zip); range over exports; noise: 90% bootstrap interval of the median.`,
  },
  {
    id: 'export-size',
    figure: 'export bundle, zip size',
    unit: 'MB',
    budget: 2,
    method: `${SETUP}. Figure: size of the downloaded zip (MB = 2^20 bytes); the zip is opened to check that network.har has ${HAR} entries and diagnosis.json ${EVENTS} events.`,
  },
];

/** In the popup: click export and resolve with the ms until the export's state is done (or failed). */
function clickAndTime(/** @type {string} */ selector) {
  return new Promise((resolve, reject) => {
    const button = /** @type {HTMLElement | null} */ (document.querySelector(selector));
    if (!button) return reject(new Error(`no ${selector} in the popup`));
    const box = button.closest('[data-export-state]');
    const t0 = performance.now();
    if (box) {
      const observer = new MutationObserver(() => {
        const state = box.getAttribute('data-export-state');
        if (state === 'done' || state === 'failed') {
          observer.disconnect();
          resolve({ ms: performance.now() - t0, state });
        }
      });
      observer.observe(box, { attributes: true, attributeFilter: ['data-export-state'] });
    }
    button.click();
    if (!box) resolve({ ms: Number.NaN, state: 'unknown' });
  });
}

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const exportsN = bench.quick ? 3 : 7;
  return withBrowsers(bench, [{ extension: true }], async ([b]) => {
    if (!b) throw new Error('no browser');
    await ensureDatabase(b);
    const now = Date.now();
    const recent = probeRun(now);
    const page = await extensionOriginPage(b);
    const counts = await seedDatabase(page, {
      eventGroups: eventGroups(EVENTS, now, 20 * 86_400_000, 11),
      requests: requestRecords(HAR, now),
      sessions: sessions(50, now),
      probeRuns: [recent.run],
      probes: recent.probes,
    });
    await page.close();
    if (!counts || counts.eventGroups !== EVENTS || counts.requests !== HAR)
      throw new Error(`seeded ${JSON.stringify(counts)}, not ${EVENTS} events and ${HAR} requests`);

    const dir = mkdtempSync(join(tmpdir(), 'tsd-bench-export-'));
    try {
      const times = [];
      let size = 0;
      let check = '';
      for (let i = 0; i < exportsN; i++) {
        const popup = await b.context.newPage();
        await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
        await popup.locator('[data-diagnosis="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
        // The popup may show a disabled placeholder until the export code has loaded.
        await popup.locator(BUTTON).waitFor({ timeout: 10_000 });
        // A seller reads the screen before clicking: let the popup's after-first-render work settle first.
        await popup.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), 500)));
        const t0 = Date.now();
        const download = popup.waitForEvent('download', { timeout: 30_000 });
        const timed = /** @type {{ ms: number; state: string }} */ (await popup.evaluate(clickAndTime, BUTTON));
        const file = await download;
        const nodeMs = Date.now() - t0;
        if (timed.state === 'failed') throw new Error('the popup says the export failed');
        times.push(Number.isNaN(timed.ms) ? nodeMs : timed.ms);
        const path = join(dir, `bundle-${i}.zip`);
        await file.saveAs(path);
        size = statSync(path).size;
        if (i === 0) check = checkZip(readFileSync(path), file.suggestedFilename());
        await popup.close();
      }
      if (check) throw new Error(check);
      bench.log(`export: ${times.map((t) => t.toFixed(0)).join(', ')} ms; zip ${(size / 1024).toFixed(0)} KB`);
      const [timeRow, sizeRow] = /** @type {any[]} */ (rows);
      const mb = size / 2 ** 20;
      return [
        {
          ...judgedRow(timeRow, absolute(times, timeRow.budget), {
            min: Math.min(...times),
            max: Math.max(...times),
            rounds: times.length,
          }),
          details: { exports: exportsN, samplesMs: times, seeded: counts },
        },
        { ...budgetRow(sizeRow, { median: mb, min: mb, max: mb }), details: { bytes: size } },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** What is wrong with the zip, or '' when it holds the three files with everything stored. */
function checkZip(/** @type {Buffer} */ zip, /** @type {string} */ name) {
  const files = unzipSync(new Uint8Array(zip));
  const missing = ['report.html', 'diagnosis.json', 'network.har'].filter((f) => !files[f]);
  if (missing.length) return `the bundle ${name} has no ${missing.join(', ')}`;
  const har = JSON.parse(strFromU8(/** @type {Uint8Array} */ (files['network.har'])));
  const diagnosis = JSON.parse(strFromU8(/** @type {Uint8Array} */ (files['diagnosis.json'])));
  const entries = har?.log?.entries?.length;
  const events = diagnosis?.events?.length;
  if (entries !== HAR || events !== EVENTS)
    return `the bundle holds ${entries} HAR entries and ${events} events, not ${HAR} and ${EVENTS}`;
  return '';
}
