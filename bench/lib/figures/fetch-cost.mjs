/**
 * Added cost per instrumented fetch: what the MAIN-world hook's fetch wrapper adds to one call, network excluded.
 * Before any page script (and so before the hook), an init script replaces window.fetch with a stub that answers
 * at once with a typical Seller Center JSON envelope; the hook then wraps that stub, as it would wrap the real
 * fetch. The page awaits N calls and reads every body; the same runs without the extension give the baseline.
 * The difference per call is the wrapper's own work: argument reading, timing, the response clone and the capped
 * body read it does to find TikTok's error envelope, and its timers. Two readings: main-thread time (DevTools
 * Performance TaskDuration in thread time, the budget's "cost") and wall time in the page (the latency the page's
 * own read of the response gains).
 */

import { mainThreadMeter, openSellerPage, SELLER, withBrowsers } from '../harness.mjs';
import { interleave, median, pairwise, summarize } from '../stats.mjs';
import { budgetRow } from '../table.mjs';

const N = 2000;
const MARK = 'tsd-bench-fetch-stub';

const SETUP = `In the Seller Center page, window.fetch is first replaced (init script, before the hook) by a stub that resolves at once to a 1 KB JSON envelope Response, so the network drops out; the extension's hook wraps it as it wraps the real fetch. The page times ${N} concurrent fetch() calls, reading every body, then one macrotask for the hook's clone reads to finish; with and without the extension, rounds interleaved.`;

export const rows = [
  {
    id: 'fetch-cost',
    figure: 'fetch: added main-thread time per call',
    unit: 'ms',
    budget: 0.05,
    method: `${SETUP} Figure: (median with - median without) of the page's main-thread TaskDuration (DevTools Performance domain, thread time) over the round, / ${N}; range: per-round differences.`,
  },
  {
    id: 'fetch-latency',
    figure: 'fetch: added wall time per call (stub network)',
    unit: 'ms',
    budget: 0.05,
    method: `${SETUP} Figure: (median with - median without) of the round's wall time in the page (performance.now), / ${N}: the latency the page's own reads gain; range: per-round differences.`,
  },
];

/** Runs in the page before anything else (also before the hook). */
function installStub(mark) {
  if (!location.search.includes(mark)) return;
  // The hook (a MAIN-world content script) may have run first: then it holds the real fetch and no stub fits under it.
  if (/** @type {any} */ (window)[Symbol.for('tsd.hook')] !== undefined) {
    Object.defineProperty(window, '__tsdBenchStubLate', { value: true });
    return;
  }
  const body = JSON.stringify({
    code: 0,
    message: 'success',
    request_id: '20250601115900010203040506ABCDEF12',
    data: {
      total: 20,
      products: Array.from({ length: 6 }, (_, i) => ({
        id: `17293${i}00412345678`,
        title: `Sample product ${i}`,
        status: 'ACTIVATE',
        skus: [{ id: `17293${i}00498765432`, price: { amount: '19.99', currency: 'USD' }, stock: 120 }],
      })),
    },
  });
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'x-tt-logid': '20250601115900010203040506ABCDEF12',
  };
  const stub = () => Promise.resolve(new Response(body, { status: 200, headers }));
  Object.defineProperty(window, '__tsdBenchStub', { value: stub });
  window.fetch = stub;
}

/** @param {import('playwright-core').Page} page @param {number} n */
function timeFetches(page, n) {
  return page.evaluate(async (count) => {
    const t0 = performance.now();
    const calls = [];
    for (let i = 0; i < count; i++) {
      calls.push(
        fetch(`/api/v1/product/list?page=${i}&page_size=20`, {
          headers: { 'content-type': 'application/json', 'x-tts-access-token': 'bench' },
        }).then((r) => r.text()),
      );
    }
    await Promise.all(calls);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - t0;
  }, n);
}

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const rounds = bench.quick ? 5 : 11;
  return withBrowsers(bench, [{ extension: true }, { extension: false }], async ([ext, base]) => {
    /** @type {Record<string, { page: import('playwright-core').Page; meter: () => Promise<{ task: number }> }>} */
    const arms = {};
    for (const b of [ext, base]) {
      await b.context.addInitScript(installStub, MARK);
      const page = await openSellerPage(b, `${SELLER}/homepage?${MARK}`);
      arms[b.arm] = { page, meter: await mainThreadMeter(b, page) };
    }
    const isStub = (/** @type {import('playwright-core').Page} */ p) =>
      p.evaluate(() => window.fetch === /** @type {any} */ (window).__tsdBenchStub);
    if (await arms.extension.page.evaluate(() => /** @type {any} */ (window).__tsdBenchStubLate === true))
      throw new Error('the hook ran before the init script, so no stub could go under it');
    if (await isStub(arms.extension.page))
      throw new Error('the hook did not wrap fetch (the stub is still window.fetch)');
    if (!(await isStub(arms.baseline.page))) throw new Error('the baseline fetch is not the stub');
    const samples = await interleave(
      /** @type {const} */ (['extension', 'baseline']),
      { runs: rounds, warmup: 2 },
      async (arm) => {
        const { page, meter } = arms[arm];
        const before = await meter();
        const wall = await timeFetches(page, N);
        const after = await meter();
        return { wall, task: after.task - before.task };
      },
    );
    const pick = (/** @type {'wall' | 'task'} */ k) => ({
      with: samples.extension.map((s) => s[k]),
      without: samples.baseline.map((s) => s[k]),
    });
    /** @param {'wall' | 'task'} k @param {typeof rows[number]} base */
    const row = (k, base) => {
      const s = pick(k);
      const diffs = pairwise(s.with, s.without, (a, b) => (a - b) / N);
      return {
        ...budgetRow(base, {
          median: (median(s.with) - median(s.without)) / N,
          min: Math.min(...diffs),
          max: Math.max(...diffs),
        }),
        details: {
          calls: N,
          rounds,
          roundMs: { with: summarize(s.with), without: summarize(s.without), samples: s },
          perCallWithMs: median(s.with) / N,
          perCallWithoutMs: median(s.without) / N,
        },
      };
    };
    const task = pick('task');
    const wall = pick('wall');
    bench.log(
      `fetch: ${N} stubbed calls: main thread ${median(task.with).toFixed(0)} ms with the hook, ${median(task.without).toFixed(0)} ms without; wall ${median(wall.with).toFixed(0)} / ${median(wall.without).toFixed(0)} ms (median of ${rounds})`,
    );
    return [row('task', /** @type {any} */ (rows[0])), row('wall', /** @type {any} */ (rows[1]))];
  });
}
