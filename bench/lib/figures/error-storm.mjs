/**
 * An error storm: 10,000 uncaught page errors in 10 s, with the extension and without, interleaved. What the
 * extension costs the page's main thread (hook + content script, same renderer thread), whether every error was
 * counted (the stored groups' counts, read back from the extension's IndexedDB), and how many rows it took.
 */

import { extensionOriginPage, mainThreadMeter, openSellerPage, SELLER, sleep, withBrowsers } from '../harness.mjs';
import { untilResolved } from '../rounds.mjs';
import { readStore } from '../seed.mjs';
import { median, pairwise, summarize } from '../stats.mjs';
import { budgetRow, judgedRow } from '../table.mjs';
import { compare, diffOfMedians } from '../verdict.mjs';

const ERRORS = 10_000;
const SPAN_MS = 10_000;
/** after the storm: the hook flushes every 500 ms, the content script every 1 s, then the background writes */
const SETTLE_MS = 2_500;
const ROW_BOUND = 10_000; // RETENTION.eventGroups.rows in utils/db.ts

const SETUP = `${ERRORS.toLocaleString('en-US')} uncaught errors (reportError with TypeError/RangeError/ChunkLoadError-style messages of 5 shapes, ids varying) spread evenly over ${SPAN_MS / 1000} s, in a settled Seller Center page of three browsers (with the extension, without, and a second without: the A/A twin), storms interleaved (order rotating), 2 storms each, raised by one (up to 4 or 100 s) while the verdict is unresolved`;

export const rows = [
  {
    id: 'storm-main-thread',
    figure: 'error storm: main thread the extension costs',
    unit: 'ms',
    budget: 200,
    method: `${SETUP}. Figure: median over storms of the page renderer's main-thread TaskDuration (DevTools Performance domain, thread time) from the storm's start to ${SETTLE_MS / 1000} s after it, with minus without; range: per-pair differences; A/A: twin minus without.`,
  },
  {
    id: 'storm-counted',
    figure: 'error storm: errors counted / thrown',
    unit: 'count',
    budgetText: `= ${ERRORS.toLocaleString('en-US')} (exact)`,
    method: `${SETUP}. Figure: the rise of the sum of js-error group counts in the extension's IndexedDB per storm (read from an extension page), median; all storms must be exact.`,
  },
  {
    id: 'storm-rows',
    figure: 'error storm: event rows stored',
    unit: 'count',
    budget: 50,
    method: `${SETUP}. Figure: event-group rows in IndexedDB after each storm (the storms add up: 30,000 errors after three); grouping by fingerprint should give one row per error shape, so the budget is 50 rows (10 per shape); the retention bound is ${ROW_BOUND.toLocaleString('en-US')} rows.`,
  },
];

/** Runs in the page: throw `total` errors evenly over `spanMs`, each reported as uncaught (window 'error'). */
function storm([total, spanMs]) {
  const shapes = [
    (i) => new TypeError(`Cannot read properties of undefined (reading 'sku_${i}')`),
    (i) => new TypeError(`Failed to fetch product ${i}`),
    (i) => new RangeError(`Invalid array length ${i}`),
    (i) => Object.assign(new Error(`Loading chunk ${i} failed.`), { name: 'ChunkLoadError' }),
    (i) => new Error(`Request ${i} failed with status code 500`),
  ];
  return new Promise((resolve) => {
    const t0 = performance.now();
    let sent = 0;
    const tick = () => {
      const due = Math.min(total, Math.ceil(((performance.now() - t0) / spanMs) * total));
      for (; sent < due; sent++) reportError(shapes[sent % shapes.length](sent));
      if (sent >= total) resolve({ sent, ms: performance.now() - t0 });
      else setTimeout(tick, 10);
    };
    tick();
  });
}

/** @param {any[]} groups */
const jsErrorCount = (groups) => groups.filter((g) => g.kind === 'js-error').reduce((n, g) => n + g.count, 0);

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const specs = [{ extension: true }, { extension: false }, { extension: false }];
  return withBrowsers(bench, specs, async ([ext, base, twin]) => {
    if (!ext || !base || !twin) throw new Error('no browser');
    /** @type {Record<string, { page: import('playwright-core').Page; meter: () => Promise<{ task: number; script: number }> }>} */
    const arms = {};
    for (const [arm, b] of /** @type {const} */ ([
      ['extension', ext],
      ['baseline', base],
      ['twin', twin],
    ])) {
      const page = await openSellerPage(b, `${SELLER}/homepage`);
      arms[arm] = { page, meter: await mainThreadMeter(b, page) };
    }
    const dbPage = await extensionOriginPage(ext);
    await sleep(SETTLE_MS); // the page's own start-up batches are stored before the first reading
    /** @type {{ counted: number; rowsAdded: number; rowsTotal: number }[]} */
    const stored = [];
    /** @typedef {{ task: number; script: number; stormMs: number }} Storm */
    const pick = (/** @type {Record<string, Storm[]>} */ s) => ({
      test: (s.extension ?? []).map((x) => x.task),
      ref: (s.baseline ?? []).map((x) => x.task),
      twin: (s.twin ?? []).map((x) => x.task),
    });
    const [costRow, countRow, rowsRow] = /** @type {any[]} */ (rows);
    const judgeCost = (/** @type {Record<string, Storm[]>} */ s) =>
      compare(pick(s), diffOfMedians(1), { budget: costRow.budget, nullValue: 0 });
    const { samples, rounds, stoppedBy } = await untilResolved(bench, {
      label: 'storm',
      arms: /** @type {const} */ (['extension', 'baseline', 'twin']),
      initial: 2,
      step: 1,
      max: 4,
      capSeconds: 100,
      measure: async (arm) => {
        const { page, meter } = arms[arm];
        const groupsBefore = arm === 'extension' ? await readStore(dbPage, 'eventGroups') : [];
        const before = await meter();
        const done = await page.evaluate(storm, /** @type {const} */ ([ERRORS, SPAN_MS]));
        await sleep(SETTLE_MS);
        const after = await meter();
        if (done.sent !== ERRORS) throw new Error(`the page threw ${done.sent} errors, not ${ERRORS}`);
        if (arm === 'extension') {
          // Counts can still be on their way (a batch in flight): wait for them, a little.
          let groups = await readStore(dbPage, 'eventGroups');
          for (let i = 0; i < 10 && jsErrorCount(groups) - jsErrorCount(groupsBefore) < ERRORS; i++) {
            await sleep(500);
            groups = await readStore(dbPage, 'eventGroups');
          }
          stored.push({
            counted: jsErrorCount(groups) - jsErrorCount(groupsBefore),
            rowsAdded: groups.length - groupsBefore.length,
            rowsTotal: groups.length,
          });
        }
        return { task: after.task - before.task, script: after.script - before.script, stormMs: done.ms };
      },
      check: (s) => {
        const j = judgeCost(s);
        return {
          resolved: j.verdict !== 'unresolved',
          text: `${j.value.toFixed(0)} ms (A/A ${j.aa.toFixed(0)} ms) ${j.verdict}`,
        };
      },
    });
    const task = pick(samples);
    const diffs = pairwise(task.test, task.ref, (a, b) => a - b);
    const counted = stored.map((s) => s.counted);
    const added = stored.map((s) => s.rowsAdded);
    const totals = stored.map((s) => s.rowsTotal);
    const total = Math.max(...totals);
    bench.log(
      `storm: main thread ${median(task.test).toFixed(0)} ms with, ${median(task.ref).toFixed(0)} / ${median(task.twin).toFixed(0)} ms without (twin) (median of ${rounds}); counted ${counted.join(', ')}; rows added ${added.join(', ')}, ${total} in all`,
    );
    const exact = counted.every((c) => c === ERRORS);
    return [
      {
        ...judgedRow(costRow, judgeCost(samples), {
          min: Math.min(...diffs),
          max: Math.max(...diffs),
          rounds,
          stoppedBy,
        }),
        details: {
          storms: rounds,
          errors: ERRORS,
          spanMs: SPAN_MS,
          settleMs: SETTLE_MS,
          taskMs: {
            with: summarize(task.test),
            without: summarize(task.ref),
            twin: summarize(task.twin),
            samples: task,
          },
          stormWallMs: samples.extension.map((s) => s.stormMs),
        },
      },
      {
        ...countRow,
        median: median(counted),
        min: Math.min(...counted),
        max: Math.max(...counted),
        rounds: counted.length,
        verdict: exact ? 'ok' : 'OVER',
        details: { perStorm: counted },
      },
      {
        ...budgetRow(rowsRow, { median: median(totals), min: Math.min(...totals), max: total }),
        ...(total > ROW_BOUND ? { verdict: 'OVER' } : {}),
        details: { rowsAfterEachStorm: totals, addedPerStorm: added, retentionBound: ROW_BOUND },
      },
    ];
  });
}
