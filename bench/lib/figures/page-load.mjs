/**
 * Page load of the heavy simulated Seller Center page (thousands of nodes, hundreds of API calls), with the
 * extension against without it, beside its A/A twin (a second browser without it): three browsers, fresh tab per
 * load, loads interleaved, median ratios, rounds raised until the twin's noise resolves the verdict. Also checks
 * how much of each load the hook saw: when it wraps fetch after the page's first API call, the load was only
 * partly instrumented and the ratio understates the hook's cost (reported in the log and results.json).
 */

import { SELLER, SIM_PROTOCOL, withBrowsers } from '../harness.mjs';
import { checkAll, untilResolved } from '../rounds.mjs';
import { median, pairwise, summarize } from '../stats.mjs';
import { judgedRow } from '../table.mjs';
import { compare, ratioOfMedians } from '../verdict.mjs';

const NODES = 5000;
const CALLS = 200;
const URL_ = `${SELLER}/heavy?nodes=${NODES}&calls=${CALLS}`;
const SETUP = `${URL_} (${NODES} table nodes, ${CALLS} API calls by fetch and XHR, ${SIM_PROTOCOL}) in a fresh tab of three browsers, one with the extension and two without (the A/A twin), loads interleaved (order rotating every round) after 2 warm-up rounds; rounds raised (10, then +4, up to 30 or 120 s) while a verdict is unresolved`;

export const rows = [
  {
    id: 'page-load',
    figure: 'page load, heavy page (with / without)',
    unit: 'x',
    budget: 1.03,
    method: `${SETUP}; metric: the page's own "sim-ready" mark (every API call answered and its body read), from navigation start. Figure: median with / median without; range: the per-round ratios; A/A: median twin / median without.`,
  },
  {
    id: 'page-load-event',
    figure: 'page load, heavy page, loadEventEnd (with / without)',
    unit: 'x',
    budget: 1.03,
    method: `${SETUP}; metric: loadEventEnd of the navigation timing. Figure: median with / median without; range: the per-round ratios; A/A: median twin / median without.`,
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

/** @typedef {Awaited<ReturnType<typeof readTimings>>} Timings */

/** @param {Record<'extension' | 'baseline' | 'twin', Timings[]>} samples @param {'ready' | 'load'} k */
const pick = (samples, k) => ({
  test: samples.extension.map((s) => s[k]),
  ref: samples.baseline.map((s) => s[k]),
  twin: samples.twin.map((s) => s[k]),
});

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const specs = [{ extension: true }, { extension: false }, { extension: false }];
  return withBrowsers(bench, specs, async ([ext, base, twin]) => {
    if (!ext || !base || !twin) throw new Error('no browser');
    const byArm = { extension: ext, baseline: base, twin };
    for (const b of [ext, base, twin]) await b.context.addInitScript(noteFetchWrap);
    const [readyRow, loadRow] = /** @type {any[]} */ (rows);
    const judgeAll = (/** @type {Record<'extension' | 'baseline' | 'twin', Timings[]>} */ samples) =>
      [readyRow, loadRow].map((r, i) =>
        compare(pick(samples, i ? 'load' : 'ready'), ratioOfMedians, { budget: r.budget, nullValue: 1 }),
      );
    const { samples, rounds, stoppedBy } = await untilResolved(bench, {
      label: 'page load',
      arms: /** @type {const} */ (['extension', 'baseline', 'twin']),
      warmup: 2,
      initial: 10,
      step: 4,
      max: 30,
      capSeconds: 120,
      measure: (arm) => loadOnce(byArm[arm]),
      check: checkAll(
        judgeAll,
        (x, i) => `${i ? 'load' : 'ready'} ${x.value.toFixed(3)} (A/A ${x.aa.toFixed(3)}) ${x.verdict}`,
      ),
    });
    const ready = pick(samples, 'ready');
    const load = pick(samples, 'load');
    const missed = samples.extension.map((s) => s.missed);
    const late = missed.filter((n) => n > 0).length;
    bench.log(
      `page load: sim-ready median ${median(ready.test).toFixed(0)} ms with / ${median(ready.ref).toFixed(0)} / ${median(ready.twin).toFixed(0)} ms without (twin); loadEventEnd ${median(load.test).toFixed(0)} / ${median(load.ref).toFixed(0)} / ${median(load.twin).toFixed(0)} ms; ${samples.extension[0]?.nodes} elements; ${rounds} rounds`,
    );
    if (late) {
      bench.log(
        `page load: WARNING the hook wrapped fetch after the page's first API call in ${late} of ${rounds} loads (median ${median(missed)} of ${CALLS} calls started before it): those calls were not instrumented`,
      );
    }
    const [jReady, jLoad] = judgeAll(samples);
    /** @param {{ test: number[]; ref: number[]; twin: number[] }} s @param {any} base @param {any} j */
    const ratioRow = (s, base, j) => {
      const ratios = pairwise(s.test, s.ref, (a, b) => a / b);
      return {
        ...judgedRow(base, j, { min: Math.min(...ratios), max: Math.max(...ratios), rounds, stoppedBy }),
        details: {
          rounds,
          url: URL_,
          withMs: summarize(s.test),
          withoutMs: summarize(s.ref),
          twinMs: summarize(s.twin),
          samplesMs: s,
          pairRatios: ratios,
          aaPairRatios: pairwise(s.twin, s.ref, (a, b) => a / b),
          domElements: samples.extension[0]?.nodes,
          loadsWithCallsBeforeHook: late,
          callsBeforeHookPerLoad: missed,
        },
      };
    };
    return [ratioRow(ready, readyRow, jReady), ratioRow(load, loadRow, jLoad)];
  });
}

/** One load of the heavy page in a fresh tab. @param {import('../harness.mjs').BenchBrowser} b */
async function loadOnce(b) {
  const page = await b.context.newPage();
  try {
    await page.goto(URL_, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('sim-ready').length > 0, undefined, {
      timeout: 60_000,
    });
    const t = await readTimings(page);
    if (t.calls !== CALLS) throw new Error(`the heavy page made ${t.calls} calls, not ${CALLS}`);
    // BENCH_NO_HOOK_CHECK=1: for attribution runs with a build stripped of its content script.
    if (b.arm === 'extension' && !t.instrumented && process.env.BENCH_NO_HOOK_CHECK !== '1') {
      // The hook goes in asynchronously: give it a moment before calling the load unmeasured.
      await page.waitForTimeout(500);
      if (!(await readTimings(page)).instrumented) throw new Error('the extension did not instrument the page');
    }
    return t;
  } finally {
    await page.close();
  }
}
