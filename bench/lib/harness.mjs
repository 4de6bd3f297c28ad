/**
 * Browsers for the figures, built from the end-to-end harness's own modules (e2e/sim/*.mjs): the same simulator,
 * resolver rules and switches, with the extension loaded or, for a baseline, without it.
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { extensionWorker, launchWithExtension, resolverRules, tempProfileDir } from '../../e2e/sim/browser.mjs';

export const SELLER = 'https://seller-us.tiktok.com';
/**
 * The bench's simulator speaks HTTP/2, as real Seller Center does (over HTTP/1.1 Chromium queues the heavy page's
 * 200 parallel calls on 6 connections, a wait real sellers do not have); BENCH_HTTP1=1 serves HTTP/1.1 instead.
 */
export const SIM_HTTP2 = process.env.BENCH_HTTP1 !== '1';
/** For the figures' method texts: how the simulator serves its pages in this run. */
export const SIM_PROTOCOL = SIM_HTTP2
  ? 'served over HTTP/2 as Seller Center is'
  : 'served over HTTP/1.1 (BENCH_HTTP1=1)';
export const DB_NAME = 'tiktok-shop-doctor';

/**
 * @typedef {object} Bench
 * @property {string} browserPath
 * @property {string} extPath
 * @property {import('../../e2e/sim/server.d.mts').Sim} sim
 * @property {boolean} quick fewer runs (development)
 * @property {(line: string) => void} log
 */

/**
 * @typedef {object} BenchBrowser
 * @property {'extension' | 'baseline'} arm
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} [extensionId]
 * @property {() => Promise<void>} close
 */

/**
 * A persistent context with a fresh profile: with the extension (waits for its service worker) or without.
 * `extPath`: another build than the bench's (a variant of it, bench/lib/variants.mjs).
 * @param {Bench} bench
 * @param {{ extension: boolean; extPath?: string; extraArgs?: string[] }} o
 * @returns {Promise<BenchBrowser>}
 */
export async function launch(bench, { extension, extPath, extraArgs = [] }) {
  const userDataDir = tempProfileDir('tsd-bench-');
  const context = await launchWithExtension(chromium, {
    executablePath: bench.browserPath,
    userDataDir,
    extPath: extension ? (extPath ?? bench.extPath) : undefined,
    rules: resolverRules({ simPort: bench.sim.port }),
    extraArgs,
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  if (!extension) return { arm: 'baseline', context, close };
  try {
    const { extensionId } = await extensionWorker(context);
    return { arm: 'extension', context, extensionId, close };
  } catch (err) {
    await close();
    throw new Error(`the extension did not start from ${extPath ?? bench.extPath}: ${String(err)}`);
  }
}

/**
 * Launch the browsers one after the other (never two launches at once), run `fn`, always close them.
 * @template T
 * @param {Bench} bench
 * @param {{ extension: boolean; extPath?: string; extraArgs?: string[] }[]} specs
 * @param {(browsers: BenchBrowser[]) => Promise<T>} fn
 */
export async function withBrowsers(bench, specs, fn) {
  /** @type {BenchBrowser[]} */
  const browsers = [];
  try {
    for (const spec of specs) browsers.push(await launch(bench, spec));
    return await fn(browsers);
  } finally {
    for (const b of browsers) await b.close();
  }
}

/**
 * A quiet page at the extension's origin (its icon): it has the extension's IndexedDB and chrome.runtime but
 * runs none of the extension's UI code, so it neither adds work nor changes the database.
 * @param {BenchBrowser} b
 */
export async function extensionOriginPage(b) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/icon/16.png`);
  return page;
}

/**
 * Send one typed message of the extension's protocol (CONTRACT: ns tsd/1) from an extension page; returns the
 * answer and how long the round trip took, timed in the page.
 * @param {import('playwright-core').Page} page
 * @param {string} type
 * @param {unknown} payload
 * @returns {Promise<{ ms: number; answer: unknown }>}
 */
export function sendTimed(page, type, payload) {
  return page.evaluate(
    async ([t, p]) => {
      const c = /** @type {any} */ (globalThis).chrome;
      const t0 = performance.now();
      const answer = await c.runtime.sendMessage({ ns: 'tsd/1', type: t, payload: p });
      return { ms: performance.now() - t0, answer };
    },
    /** @type {const} */ ([type, payload]),
  );
}

/**
 * Open a simulated Seller Center page and wait until its own API calls settled; with the extension, also until
 * the content script and the MAIN-world hook are in place (else the figure would measure nothing).
 * @param {BenchBrowser} b
 * @param {string} url
 */
export async function openSellerPage(b, url, timeout = 30_000) {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.locator('html[data-sim-ready="done"]').waitFor({ state: 'attached', timeout });
  if (b.arm === 'extension') await waitInstrumented(page, timeout);
  return page;
}

/** The content script ran and the hook wrapped fetch. @param {import('playwright-core').Page} page */
export async function waitInstrumented(page, timeout = 15_000) {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.tsdContent === 'alive' &&
      /** @type {any} */ (window)[Symbol.for('tsd.hook')] !== undefined,
    undefined,
    { timeout },
  );
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Main-thread time of a page's renderer, from the DevTools Performance domain in thread time (CPU time of the
 * main thread, so a busy neighbour on the machine does not count): TaskDuration and ScriptDuration in ms.
 * @param {BenchBrowser} b
 * @param {import('playwright-core').Page} page
 */
export async function mainThreadMeter(b, page) {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (/** @type {string} */ name) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
}
