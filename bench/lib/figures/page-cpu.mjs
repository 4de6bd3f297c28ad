/**
 * The extension's own main-thread work during one heavy-page load, measured directly instead of as a ratio of two
 * noisy load times: a Chrome trace of the load (bench/lib/trace.mjs), time attributed to the content script and
 * the MAIN-world hook by their URL (chrome-extension://<id>/content-scripts/...). Thread time of the page's renderer,
 * so a busy neighbour stretches the load but not the figure (much).
 */

import { SELLER, SIM_PROTOCOL, withBrowsers } from '../harness.mjs';
import { untilResolved } from '../rounds.mjs';
import { median } from '../stats.mjs';
import { judgedRow } from '../table.mjs';
import { markTime, timeByScript, traceEvents } from '../trace.mjs';
import { emptyPageScriptsVariant } from '../variants.mjs';
import { absolute } from '../verdict.mjs';

const URL_ = process.env.BENCH_PAGE_CPU_URL ?? `${SELLER}/heavy?nodes=5000&calls=200`;
/** The trace goes on this long after "sim-ready", to report (not judge) the work the extension left for later. */
const AFTER_MS = 1_500;
/**
 * Loads are spread over this many browsers, one load in each per round: one browser for every load kept a bias of
 * its own (three runs at the same pace gave medians of 5.2, 5.9 and 6.8 ms, each with a noise of 0.3-0.85 ms; four
 * browsers side by side gave 5.7 to 7.1), which the median of one browser's loads cannot show in its noise.
 */
const ARMS = /** @type {const} */ (['b1', 'b2', 'b3']);
const INSTANCES = ARMS.length;
/**
 * A fourth browser loads the page in every round with a copy of the build whose two page scripts are empty
 * (bench/lib/variants.mjs): the floor that any extension running in the page pays here, now. Reported beside the
 * figure (the details' `floorMs`), not judged and not subtracted: the budget is for everything the page pays.
 */
const FLOOR = 'floor';
/** every load of every browser, in one list @param {Record<string, number[]>} s */
const pooled = (s) => ARMS.flatMap((a) => s[a] ?? []);

export const rows = [
  {
    id: 'page-cpu',
    figure: "page CPU: the extension's scripts in one heavy-page load",
    unit: 'ms',
    budget: 5,
    method: `${URL_} (the simulator's heavy page, ${SIM_PROTOCOL}) loaded in a fresh tab of one of three browsers with the extension (a round loads it once in each, so that one browser's own bias is averaged and seen in the noise), under a Chrome trace (CDP Tracing, V8 sampling profiler at 0.1 ms); main-thread time of the page's renderer attributed to the extension's content scripts (every sample given to the nearest stack frame with a script URL, its interval capped at twice the median interval and scaled by the share of its task's wall time the thread was on a CPU, thread time / wall time of the enclosing RunTask, so that a busy machine's waits do not count; plus the thread time of the top-level compile of those scripts), from navigation to the page's "sim-ready" mark (its trace time, blink.user_timing). Work the extension defers to the page's idle time (the toast watcher's scan of the document) counts when it runs before that mark; what runs in the ${AFTER_MS / 1000} s after it is reported in the details as "after", not judged. Not counted (reported in the details as "inline"): samples in an extension frame that runs synchronously beneath a page frame, i.e. the hook's fetch/XHR/Response wrappers while the page calls them, because sampling cannot tell the wrapper's few statements from the native fetch/send/open it passes through, which the page pays with or without the extension; the hook's own follow-up work (promise callbacks, load listeners, flushes) runs from the event loop and counts. A fourth browser loads the page in every round too, with a copy of the build whose two page scripts are empty (the content script marks the document, the hook is one statement): its median, reported in the details as floorMs and in the README, is what any extension that runs in the page pays here at this hour, not judged and not subtracted. Figure: median over all loads of the three browsers (2 rounds, then +1 up to 8 rounds, 24 loads, or 150 s while unresolved); noise: 90% bootstrap interval of the median.`,
  },
];

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const floor = emptyPageScriptsVariant(bench.extPath);
  const specs = [
    ...Array.from({ length: INSTANCES }, () => ({ extension: true })),
    { extension: true, extPath: floor.dir },
  ];
  try {
    return await withBrowsers(bench, specs, (browsers) => measure(bench, browsers));
  } finally {
    floor.cleanup();
  }
}

/** @param {import('../harness.mjs').Bench} bench @param {import('../harness.mjs').BenchBrowser[]} browsers */
async function measure(bench, browsers) {
  const floorBrowser = /** @type {import('../harness.mjs').BenchBrowser} */ (browsers[INSTANCES]);
  /** @type {Record<string, number>[]} */
  const perScript = [];
  /** @type {number[]} */
  const inlineMs = [];
  /** @type {number[]} the extension's main-thread ms in the AFTER_MS after "sim-ready" (reported, not judged) */
  const afterMs = [];
  const totals = [];
  /** @type {Map<string, number[]>} self time per function of the extension, per load */
  const frames = new Map();
  /** One traced load: the extension's ms; `record`: keep its details (not for the floor's loads). */
  const loadOnce = async (/** @type {import('../harness.mjs').BenchBrowser} */ b, record = true) => {
    const prefix = `chrome-extension://${b.extensionId}/`;
    const page = await b.context.newPage();
    try {
      const events = await traceEvents(b.context, page, async () => {
        await page.goto(URL_, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForFunction(() => performance.getEntriesByName('sim-ready').length > 0, undefined, {
          timeout: 60_000,
        });
        await page.waitForTimeout(AFTER_MS);
      });
      const ready = markTime(events, 'sim-ready');
      if (ready === undefined) throw new Error('the trace holds no "sim-ready" mark (blink.user_timing)');
      const t = timeByScript(events, { until: ready });
      if (t.samples === 0) throw new Error('the trace holds no CPU samples of the page');
      /** @type {Record<string, number>} */
      const mine = {};
      for (const [url, ms] of [...t.byUrl, ...t.compileByUrl]) {
        if (!url.startsWith(prefix)) continue;
        const key = url.slice(prefix.length);
        mine[key] = (mine[key] ?? 0) + ms;
      }
      const ms = Object.values(mine).reduce((a, x) => a + x, 0);
      if (!record) return ms;
      const later = timeByScript(events, { from: ready });
      afterMs.push(
        [...later.byUrl, ...later.compileByUrl].filter(([u]) => u.startsWith(prefix)).reduce((a, [, x]) => a + x, 0),
      );
      for (const [url, cms] of t.compileByUrl) {
        if (!url.startsWith(prefix)) continue;
        const k = `${url.slice(prefix.length)} (compile)`;
        frames.set(k, [...(frames.get(k) ?? []), cms]);
      }
      for (const [frame, fms] of t.byFrame) {
        if (!frame.startsWith(prefix)) continue;
        const k = frame.slice(prefix.length);
        frames.set(k, [...(frames.get(k) ?? []), fms]);
      }
      inlineMs.push([...t.inlineByUrl].filter(([u]) => u.startsWith(prefix)).reduce((a, [, x]) => a + x, 0));
      perScript.push(mine);
      totals.push(t.sampledMs);
      return ms;
    } finally {
      await page.close();
    }
  };
  for (const b of browsers) await loadOnce(b); // warm-up: first load of each profile (caches, code caches)
  perScript.length = 0;
  totals.length = 0;
  inlineMs.length = 0;
  afterMs.length = 0;
  frames.clear();
  const [row] = /** @type {any[]} */ (rows);
  const { samples, rounds, stoppedBy } = await untilResolved(bench, {
    label: `page cpu (a round is one load in each of ${INSTANCES} browsers, and one with empty page scripts)`,
    arms: [...ARMS, FLOOR],
    initial: 2,
    step: 1,
    max: 8,
    capSeconds: 150,
    measure: (arm) =>
      arm === FLOOR
        ? loadOnce(floorBrowser, false)
        : loadOnce(/** @type {any} */ (browsers[ARMS.indexOf(/** @type {any} */ (arm))])),
    check: (s) => {
      const j = absolute(pooled(s), row.budget);
      return {
        resolved: j.verdict !== 'unresolved',
        text: `${j.value.toFixed(2)} ms ± ${j.noise.toFixed(2)} ${j.verdict} (empty page scripts: ${median(s[FLOOR]).toFixed(2)} ms)`,
      };
    },
  });
  const xs = pooled(samples);
  const floorMs = median(samples[FLOOR]);
  const instanceMedians = ARMS.map((a) => median(samples[a]));
  const scripts = [...new Set(perScript.flatMap((m) => Object.keys(m)))];
  const byScript = Object.fromEntries(scripts.map((k) => [k, median(perScript.map((m) => m[k] ?? 0))]));
  if (!scripts.some((k) => k.startsWith('content-scripts/')))
    throw new Error(
      'no time attributed to the content scripts (chrome-extension://<id>/content-scripts/): the attribution failed',
    );
  bench.log(
    `page cpu: ${xs.map((x) => x.toFixed(2)).join(', ')} ms; empty page scripts (the floor) median ${floorMs.toFixed(2)} ms of ${samples[FLOOR].length} loads; median per browser ${instanceMedians.map((x) => x.toFixed(2)).join(', ')} ms; median by script ${Object.entries(
      byScript,
    )
      .map(([k, ms]) => `${k} ${ms.toFixed(2)}`)
      .join(
        ', ',
      )}; inline in the page's fetch/XHR calls (not counted) median ${median(inlineMs).toFixed(1)} ms; after "sim-ready" (${AFTER_MS / 1000} s, not counted) median ${median(afterMs).toFixed(2)} ms; the page's main thread ran JS for a median ${median(totals).toFixed(0)} ms in all`,
  );
  // Where the time goes (the trace-guided view): the functions with the most self time, summed over loads / loads.
  const topFrames = [...frames]
    .map(([k, v]) => /** @type {[string, number]} */ ([k, v.reduce((a, x) => a + x, 0) / xs.length]))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  bench.log(`page cpu, top functions (ms per load): ${topFrames.map(([k, v]) => `${k} ${v.toFixed(2)}`).join('; ')}`);
  return [
    {
      ...judgedRow(row, absolute(xs, row.budget), { min: Math.min(...xs), max: Math.max(...xs), rounds, stoppedBy }),
      details: {
        url: URL_,
        samplesMs: xs,
        medianPerBrowserMs: instanceMedians,
        floorMs,
        floorSamplesMs: samples[FLOOR],
        medianByScriptMs: byScript,
        perLoad: perScript,
        topFunctionsMs: Object.fromEntries(topFrames),
        inlineMs,
        afterReadyMs: afterMs,
        pageJsMs: totals,
      },
    },
  ];
}
