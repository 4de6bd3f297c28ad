/**
 * Issue 14: the leak corpus end to end. A Seller Center page (the simulator) plants every sample of
 * tests/helpers/leak-corpus.ts where pages put secrets: the request URL (path and query), a request header, the
 * request body, a cookie, the server's error message (the simulator's echo endpoint repeats it), console arguments,
 * a stack and a toast. Then the seller exports the bundle: no sample may appear in any file, in any form, and every
 * item of the keep-list (request id, codes, order / package / SKU / product ids, status, path) must.
 */

import { readFileSync } from 'node:fs';
import type { Download, Worker } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { KEEP, KEEP_MESSAGE, LEAK_SAMPLES, leakForms, type Planted, plant } from '../tests/helpers/leak-corpus';
import { expect, test } from './fixtures';
import { readTable } from './pages/db';

/** The extension page's `chrome`, as far as used here (e2e code is not typed against the extension's globals). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** Samples planted at once; then a pause, so that no flush meets its caps (50 HAR rows per batch). */
const CHUNK = 8;

async function unzip(download: Download): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Messages of every stored event group. */
async function storedMessages(worker: Worker): Promise<string[]> {
  return (await readTable(worker, 'eventGroups')).map((g) => g.sample.message ?? '');
}

test.describe('leak corpus', () => {
  test('no planted secret reaches any bundle file; what support needs does', async ({
    sellerTab,
    popup,
    serviceWorker,
  }) => {
    test.setTimeout(180_000);
    const page = await sellerTab.open(undefined, { waitForSim: true });
    const plans = LEAK_SAMPLES.map(plant);
    for (let i = 0; i < plans.length; i += CHUNK) {
      await page.evaluate(
        async (chunk: Planted[]) => {
          const toasts = document.getElementById('sim-toasts');
          for (const p of chunk) {
            // biome-ignore lint/suspicious/noDocumentCookie: planting a cookie the way a page does is the point
            if (p.cookie) document.cookie = p.cookie;
            const headers = { ...p.headers, 'x-sim-echo': encodeURIComponent(p.message) };
            const res = await fetch(p.url, { method: p.method, headers, body: p.body });
            await res.json();
            console.error(...p.console);
            console.error(p.stack);
            const el = document.createElement('div');
            el.className = 'sim-toast';
            el.textContent = p.toast;
            toasts?.appendChild(el);
          }
        },
        plans.slice(i, i + CHUNK),
      );
      await page.waitForTimeout(1_200);
    }
    await page.evaluate((m) => console.error(m), KEEP_MESSAGE);

    // every sample's echoes reached history (so that the export below has something to leak)
    await expect
      .poll(
        async () => {
          const messages = (await storedMessages(serviceWorker)).join('\n');
          const missing = LEAK_SAMPLES.filter((s) => !messages.includes(`[${s.id}] Could not sign in`)).map(
            (s) => s.id,
          );
          return messages.includes('keep: code') ? missing : [...missing, 'keep-list'];
        },
        { timeout: 30_000, message: 'samples whose toast is not stored yet' },
      )
      .toEqual([]);

    await popup.open();
    // The seller reads Thai (settings' language choice, `local:language`): report.html is Thai and
    // report.en.html, the English copy for support, is one more file that must hold no secret.
    await popup.page.evaluate(() => chrome.storage.local.set({ language: 'th' }));
    const files = await unzip(await popup.exportBundle(60_000));
    expect(Object.keys(files).sort()).toEqual(['diagnosis.json', 'network.har', 'report.en.html', 'report.html']);
    expect(files['report.html']).toContain('<html lang="th">');
    const all = Object.values(files).join('\n');
    const leaks: string[] = [];
    for (const s of LEAK_SAMPLES) {
      for (const form of leakForms(s.value)) {
        for (const [name, text] of Object.entries(files)) if (text.includes(form)) leaks.push(`${s.id} in ${name}`);
      }
      // planted and exported: its case name is in the bundle, next to where the secret was
      expect(all, `${s.id} never reached the bundle`).toContain(`[${s.id}]`);
    }
    expect(leaks).toEqual([]);
    for (const [what, kept] of Object.entries(KEEP)) expect(all, `${what} kept`).toContain(kept);
    // the HAR has the failed calls, with the code the server sent
    const har = JSON.parse(files['network.har'] ?? '{}') as { log: { entries: { request: { url: string } }[] } };
    const echoed = har.log.entries.filter((e) => e.request.url.includes('/api/v1/sim/echo/'));
    expect(echoed.length).toBeGreaterThanOrEqual(LEAK_SAMPLES.length / 2);
    expect(files['network.har']).toContain('105002');
  });
});
