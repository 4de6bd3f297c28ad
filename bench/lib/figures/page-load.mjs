/**
 * Page load of the heavy simulated Seller Center page (thousands of nodes, hundreds of API calls), with the
 * extension against without it: two browsers, fresh tab per load, loads interleaved, median ratios. Also checks
 * how much of each load the hook saw: when it wraps fetch after the page's first API call, the load was only
 * partly instrumented and the ratio understates the hook's cost (reported in the log and results.json).
 */

import { SELLER, withBrowsers } from '../harness.mjs';
import { interleave, median, pairwise, summarize } from '../stats.mjs';
import { budgetRow } from '../table.mjs';

const NODES = 5000;
const CALLS = 200;
const URL_ = `${SELLER}/heavy?nodes=${NODES}&calls=${CALLS}`;
const SETUP = `${URL_} (${NODES} table nodes, ${CALLS} API calls by fetch and XHR) in a fresh tab of two browsers, one with the extension and one without, loads interleaved (A B, B A, ...) after 2 warm-up rounds`;

export const rows = [
  {
    id: 'page-load',
    figure: 'page load, heavy page (with / without)',
    unit: 'x',
    budget: 1.03,
    method: `${SETUP}; metric: the page's own "sim-ready" mark (every API call answered and its body read), from navigation start. Figure: median with / median without; range: the per-pair ratios.`,
  },
  {
    id: 'page-load-event',
    figure: 'page load, heavy page, loadEventEnd (with / without)',
    unit: 'x',
    budget: 1.03,
    method: `${SETUP}; metric: loadEventEnd of the navigation timing. Figure: median with / median without; range: the per-pair ratios.`,
  },
];

/** In every page before its scripts: note when something replaces window.fetch (the hook does, once). */
function noteFetchWrap() {
  const w = /** @type {any} */ (window);
  // A MAIN-world content script may have run before this: then the hook was in place before any page script.
  if (w[Symbol.for('tsd.hook')] !== undefined) {
    w.__tsdFetchWrappedAt = 0;
    return;
  }
  let current = window.fetch;
  Object.defineProperty(window, 'fetch', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (v) => {
      w.__tsdFetchWrappedAt ??= performance.now();
      current = v;
    },
  });
}

/** @param {import('playwright-core').Page} page */
function readTimings(page) {
  return page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
    const mark = performance.getEntriesByName('sim-ready')[0];
    const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'));
    const wrappedAt = /** @type {number | undefined} */ (/** @type {any} */ (window).__tsdFetchWrappedAt);
    const firstApi = Math.min(...api.map((r) => r.startTime));
    return {
      ready: mark ? mark.startTime : Number.NaN,
      load: nav ? nav.loadEventEnd : Number.NaN,
      nodes: document.getElementsByTagName('*').length,
      calls: Number(document.documentElement.dataset.simCalls),
      instrumented: /** @type {any} */ (window)[Symbol.for('tsd.hook')] !== undefined,
      /** API calls the page started before fetch was wrapped */
      missed: wrappedAt === undefined ? api.length : api.filter((r) => r.startTime < wrappedAt).length,
      wrappedAt: wrappedAt ?? null,
      firstApi,
    };
  });
}

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const runs = bench.quick ? 5 : 15;
  return withBrowsers(bench, [{ extension: true }, { extension: false }], async ([ext, base]) => {
    const byArm = { extension: ext, baseline: base };
    for (const b of [ext, base]) await b?.context.addInitScript(noteFetchWrap);
    const samples = await interleave(
      /** @type {const} */ (['extension', 'baseline']),
      { runs, warmup: 2 },
      async (arm) => {
        const b = byArm[arm];
        if (!b) throw new Error('no browser');
        const page = await b.context.newPage();
        try {
          await page.goto(URL_, { waitUntil: 'load', timeout: 60_000 });
          await page.waitForFunction(() => performance.getEntriesByName('sim-ready').length > 0, undefined, {
            timeout: 60_000,
          });
          const t = await readTimings(page);
          if (t.calls !== CALLS) throw new Error(`the heavy page made ${t.calls} calls, not ${CALLS}`);
          // BENCH_NO_HOOK_CHECK=1: for attribution runs with a build stripped of its content script.
          if (arm === 'extension' && !t.instrumented && process.env.BENCH_NO_HOOK_CHECK !== '1') {
            // The hook goes in asynchronously: give it a moment before calling the load unmeasured.
            await page.waitForTimeout(500);
            if (!(await readTimings(page)).instrumented) throw new Error('the extension did not instrument the page');
          }
          return t;
        } finally {
          await page.close();
        }
      },
    );
    /** @param {'ready' | 'load'} k */
    const pair = (k) => ({ with: samples.extension.map((s) => s[k]), without: samples.baseline.map((s) => s[k]) });
    const ready = pair('ready');
    const load = pair('load');
    const missed = samples.extension.map((s) => s.missed);
    const late = missed.filter((n) => n > 0).length;
    bench.log(
      `page load: sim-ready median ${median(ready.with).toFixed(0)} ms with / ${median(ready.without).toFixed(0)} ms without; loadEventEnd ${median(load.with).toFixed(0)} / ${median(load.without).toFixed(0)} ms; ${samples.extension[0]?.nodes} elements; ${runs} runs each`,
    );
    if (late) {
      bench.log(
        `page load: WARNING the hook wrapped fetch after the page's first API call in ${late} of ${runs} loads (median ${median(missed)} of ${CALLS} calls started before it): those calls were not instrumented`,
      );
    }
    /** @param {{ with: number[]; without: number[] }} s @param {any} base */
    const ratioRow = (s, base) => {
      const ratios = pairwise(s.with, s.without, (a, b) => a / b);
      return {
        ...budgetRow(base, {
          median: median(s.with) / median(s.without),
          min: Math.min(...ratios),
          max: Math.max(...ratios),
        }),
        details: {
          runs,
          url: URL_,
          withMs: summarize(s.with),
          withoutMs: summarize(s.without),
          samplesMs: s,
          pairRatios: ratios,
          domElements: samples.extension[0]?.nodes,
          loadsWithCallsBeforeHook: late,
          callsBeforeHookPerLoad: missed,
        },
      };
    };
    return [ratioRow(ready, rows[0]), ratioRow(load, rows[1])];
  });
}
