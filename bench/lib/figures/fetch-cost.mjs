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
import { checkAll, untilResolved } from '../rounds.mjs';
import { median, pairwise, summarize } from '../stats.mjs';
import { judgedRow } from '../table.mjs';
import { compare, diffOfMedians } from '../verdict.mjs';

const N = 2000;
const MARK = 'tsd-bench-fetch-stub';

const SETUP = `In the Seller Center page, window.fetch is first replaced (init script, before the hook) by a stub that resolves at once to a 1 KB JSON envelope Response, so the network drops out; the extension's hook wraps it as it wraps the real fetch. The page times ${N} concurrent fetch() calls, reading every body, then one macrotask for the hook's clone reads to finish; three browsers (with the extension, without, and a second without: the A/A twin), rounds interleaved after 2 warm-up rounds and raised (8, then +4, up to 24 or 60 s) while a verdict is unresolved.`;

export const rows = [
  {
    id: 'fetch-cost',
    figure: 'fetch: added main-thread time per call',
    unit: 'ms',
    budget: 0.05,
    method: `${SETUP} Figure: (median with - median without) of the page's main-thread TaskDuration (DevTools Performance domain, thread time) over the round, / ${N}; range: per-round differences; A/A: the same between the twin and the browser without.`,
  },
  {
    id: 'fetch-latency',
    figure: 'fetch: added wall time per call (stub network)',
    unit: 'ms',
    budget: 0.05,
    method: `${SETUP} Figure: (median with - median without) of the round's wall time in the page (performance.now), / ${N}: the latency the page's own reads gain; range: per-round differences; A/A: the same between the twin and the browser without.`,
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
  const specs = [{ extension: true }, { extension: false }, { extension: false }];
  return withBrowsers(bench, specs, async (browsers) => {
    /** @type {Record<string, { page: import('playwright-core').Page; meter: () => Promise<{ task: number }> }>} */
    const arms = {};
    for (const [i, b] of browsers.entries()) {
      await b.context.addInitScript(installStub, MARK);
      const page = await openSellerPage(b, `${SELLER}/homepage?${MARK}`);
      arms[i === 2 ? 'twin' : b.arm] = { page, meter: await mainThreadMeter(b, page) };
    }
    const isStub = (/** @type {import('playwright-core').Page} */ p) =>
      p.evaluate(() => window.fetch === /** @type {any} */ (window).__tsdBenchStub);
    if (await arms.extension.page.evaluate(() => /** @type {any} */ (window).__tsdBenchStubLate === true))
      throw new Error('the hook ran before the init script, so no stub could go under it');
    if (await isStub(arms.extension.page))
      throw new Error('the hook did not wrap fetch (the stub is still window.fetch)');
    if (!(await isStub(arms.baseline.page)) || !(await isStub(arms.twin.page)))
      throw new Error('the baseline fetch is not the stub');
    /** @typedef {{ wall: number; task: number }} Round */
    const pick = (/** @type {Record<string, Round[]>} */ s, /** @type {'wall' | 'task'} */ k) => ({
      test: (s.extension ?? []).map((x) => x[k]),
      ref: (s.baseline ?? []).map((x) => x[k]),
      twin: (s.twin ?? []).map((x) => x[k]),
    });
    const [taskRow, wallRow] = /** @type {any[]} */ (rows);
    const judgeAll = (/** @type {Record<string, Round[]>} */ s) =>
      /** @type {const} */ (['task', 'wall']).map((k, i) =>
        compare(pick(s, k), diffOfMedians(N), { budget: (i ? wallRow : taskRow).budget, nullValue: 0 }),
      );
    const { samples, rounds, stoppedBy } = await untilResolved(bench, {
      label: 'fetch',
      arms: /** @type {const} */ (['extension', 'baseline', 'twin']),
      warmup: 2,
      initial: 8,
      step: 4,
      max: 24,
      capSeconds: 60,
      measure: async (arm) => {
        const { page, meter } = arms[arm];
        const before = await meter();
        const wall = await timeFetches(page, N);
        const after = await meter();
        return { wall, task: after.task - before.task };
      },
      check: checkAll(
        judgeAll,
        (x, i) => `${i ? 'wall' : 'main thread'} ${x.value.toFixed(4)} ms (A/A ${x.aa.toFixed(4)}) ${x.verdict}`,
      ),
    });
    const judged = judgeAll(samples);
    /** @param {'wall' | 'task'} k @param {any} base @param {any} j */
    const row = (k, base, j) => {
      const s = pick(samples, k);
      const diffs = pairwise(s.test, s.ref, (a, b) => (a - b) / N);
      return {
        ...judgedRow(base, j, { min: Math.min(...diffs), max: Math.max(...diffs), rounds, stoppedBy }),
        details: {
          calls: N,
          rounds,
          roundMs: { with: summarize(s.test), without: summarize(s.ref), twin: summarize(s.twin), samples: s },
          perCallWithMs: median(s.test) / N,
          perCallWithoutMs: median(s.ref) / N,
        },
      };
    };
    const task = pick(samples, 'task');
    const wall = pick(samples, 'wall');
    bench.log(
      `fetch: ${N} stubbed calls: main thread ${median(task.test).toFixed(0)} ms with the hook, ${median(task.ref).toFixed(0)} / ${median(task.twin).toFixed(0)} ms without (twin); wall ${median(wall.test).toFixed(0)} / ${median(wall.ref).toFixed(0)} / ${median(wall.twin).toFixed(0)} ms (median of ${rounds})`,
    );
    return [row('task', taskRow, judged[0]), row('wall', wallRow, judged[1])];
  });
}
