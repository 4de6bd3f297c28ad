/**
 * Popup first render with a full history: 10,000 event groups (all in the popup's one-day window, the worst case)
 * and 1,000 troubleshooting sessions seeded into the extension's IndexedDB, then popup.html opened in a fresh tab
 * many times. Timed in the popup itself from navigation start (performance.now) to the moment the root says
 * data-diagnosis="ready" with the nine causes in the DOM (a MutationObserver installed before the popup's scripts).
 */

import { extensionOriginPage, withBrowsers } from '../harness.mjs';
import { checkAll, untilResolved } from '../rounds.mjs';
import { ensureDatabase, eventGroups, probeRun, seedDatabase, sessions } from '../seed.mjs';
import { median, summarize } from '../stats.mjs';
import { judgedRow } from '../table.mjs';
import { absolute } from '../verdict.mjs';
import { stopServiceWorkers } from '../workers.mjs';

const EVENTS = 10_000;
const SESSIONS = 1_000;
/** about the toolbar popup's size (popup.html in a tab lays out like it; CONTRACT.md) */
const POPUP_VIEWPORT = { width: 400, height: 600 };

export const rows = [
  {
    id: 'popup-render',
    figure: 'popup first render, 10k events + 1k sessions',
    unit: 'ms',
    budget: 150,
    method: `${EVENTS.toLocaleString('en-US')} event groups (all within the last 23 h: the popup reads one day, so the worst case) and ${SESSIONS.toLocaleString('en-US')} sessions (over a year) written into the extension's IndexedDB, plus one recent probe run; popup.html then opened in a fresh 400x600 tab repeatedly. Figure: median time from navigation start to [data-diagnosis="ready"] with [data-cause] rows in the DOM, recorded in the popup by a MutationObserver set before its scripts run; range over the opens (the first open included). Opens rotate with cold opens of the same profile and opens of a second profile whose history is empty (its median is in the details); 10 rounds, raised by 5 (up to 20 or 60 s) while a verdict is unresolved (the median within its 90% bootstrap interval of the budget).`,
  },
  {
    id: 'popup-render-cold',
    figure: 'popup first render, cold service worker',
    unit: 'ms',
    budget: 150,
    method: `As popup-render, but before every open the extension's service worker is stopped (DevTools ServiceWorker.stopAllWorkers, then waited for until it reports stopped), so that the popup's first request wakes it: what a seller sees after the browser has idled the worker. Figure: median time from navigation start to [data-diagnosis="ready"] with the causes in the DOM.`,
  },
];

/** Runs in every page before its scripts: note when the popup first shows a ready diagnosis. */
function watchReady() {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const w = /** @type {any} */ (window);
  const check = () => {
    if (w.__tsdReadyAt !== undefined) return;
    const root = document.querySelector('[data-diagnosis]');
    if (root?.getAttribute('data-diagnosis') === 'ready' && document.querySelector('[data-cause]')) {
      w.__tsdReadyAt = performance.now();
      w.__tsdCauses = document.querySelectorAll('[data-cause]').length;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-diagnosis'] });
}

/**
 * @param {import('../harness.mjs').BenchBrowser} b
 * @returns {Promise<{ at: number; causes: number; dcl: number }>}
 */
async function openPopup(b) {
  const popup = await b.context.newPage();
  try {
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.waitForFunction(() => /** @type {any} */ (window).__tsdReadyAt !== undefined, undefined, {
      timeout: 30_000,
    });
    return await popup.evaluate(() => {
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
        performance.getEntriesByType('navigation')[0]
      );
      return {
        at: /** @type {any} */ (window).__tsdReadyAt,
        causes: /** @type {any} */ (window).__tsdCauses,
        dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
      };
    });
  } finally {
    await popup.close();
  }
}

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  // Two profiles: one with the full history, one empty (what the popup costs before any data), opens interleaved.
  return withBrowsers(bench, [{ extension: true }, { extension: true }], async ([full, empty]) => {
    if (!full || !empty) throw new Error('no browser');
    await ensureDatabase(full);
    await ensureDatabase(empty);
    const now = Date.now();
    const recent = probeRun(now);
    const page = await extensionOriginPage(full);
    const counts = await seedDatabase(page, {
      eventGroups: eventGroups(EVENTS, now),
      sessions: sessions(SESSIONS, now),
      probeRuns: [recent.run],
      probes: recent.probes,
    });
    if (!counts) throw new Error("the extension's database was not created");
    if (counts.eventGroups !== EVENTS || counts.sessions !== SESSIONS)
      throw new Error(`seeded ${JSON.stringify(counts)}, not ${EVENTS} events and ${SESSIONS} sessions`);
    await page.close();
    for (const b of [full, empty]) await b.context.addInitScript(watchReady);

    const stopper = await stopServiceWorkers(full);
    const byArm = { warm: full, cold: full, empty };
    const [warmRow, coldRow] = /** @type {any[]} */ (rows);
    /** @param {Record<'warm' | 'cold' | 'empty', { at: number }[]>} s */
    const judgeAll = (s) => [
      absolute(
        s.warm.map((r) => r.at),
        warmRow.budget,
      ),
      absolute(
        s.cold.map((r) => r.at),
        coldRow.budget,
      ),
    ];
    const { samples, rounds, stoppedBy } = await untilResolved(bench, {
      label: 'popup',
      arms: /** @type {const} */ (['warm', 'cold', 'empty']),
      initial: 10,
      step: 5,
      max: 20,
      capSeconds: 60,
      measure: async (arm) => {
        if (arm === 'cold') await stopper();
        return openPopup(byArm[arm]);
      },
      check: checkAll(
        judgeAll,
        (x, i) => `${i ? 'cold' : 'warm'} ${x.value.toFixed(0)} ms ± ${x.noise.toFixed(0)} ${x.verdict}`,
      ),
    });
    const causes = [...samples.warm, ...samples.cold].map((r) => r.causes);
    if (causes.some((n) => n !== 9)) throw new Error(`the popup shows ${causes.join('/')} causes, not 9`);
    const times = samples.warm.map((r) => r.at);
    const coldTimes = samples.cold.map((r) => r.at);
    const emptyTimes = samples.empty.map((r) => r.at);
    const dcl = samples.warm.map((r) => r.dcl);
    bench.log(
      `popup: ready after ${times.map((t) => t.toFixed(0)).join(', ')} ms (DOMContentLoaded median ${median(dcl).toFixed(0)} ms); cold worker ${coldTimes.map((t) => t.toFixed(0)).join(', ')} ms; with an empty history median ${median(emptyTimes).toFixed(0)} ms`,
    );
    const [jWarm, jCold] = judgeAll(samples);
    const range = (/** @type {number[]} */ xs) => ({ min: Math.min(...xs), max: Math.max(...xs), rounds, stoppedBy });
    return [
      {
        ...judgedRow(warmRow, jWarm, range(times)),
        details: {
          opens: rounds,
          samplesMs: times,
          emptyHistory: { ...summarize(emptyTimes), samplesMs: emptyTimes },
          seeded: counts,
        },
      },
      { ...judgedRow(coldRow, jCold, range(coldTimes)), details: { opens: rounds, samplesMs: coldTimes } },
    ];
  });
}
