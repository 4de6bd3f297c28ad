/**
 * A full probe run, asked for the way the popup asks (the typed message probes/run from an extension page) and
 * timed there until the answer: every host healthy on loopback, and every host timing out (the simulator holds
 * every fetch-like request without answering). Runs alternate healthy / timing out in one browser, with a Seller
 * Center tab open so that the run also measures the page's storage through the content script.
 */

import { extensionOriginPage, openSellerPage, SELLER, sendTimed, withBrowsers } from '../harness.mjs';
import { interleave } from '../stats.mjs';
import { judgedRow } from '../table.mjs';
import { absolute } from '../verdict.mjs';

const SETUP =
  "{ns:'tsd/1', type:'probes/run', payload:{trigger:'manual'}} sent with chrome.runtime.sendMessage from an extension page, timed there (performance.now) until the answer; a Seller Center tab open; runs alternate between the two simulator states";

export const rows = [
  {
    id: 'probes-healthy',
    figure: 'probe run, all healthy (loopback)',
    unit: 's',
    budget: 1.5,
    method: `${SETUP}. Healthy: no simulator faults. Figure: median; range over runs; noise: 90% bootstrap interval of the median.`,
  },
  {
    id: 'probes-timeout',
    figure: 'probe run, all timing out',
    unit: 's',
    budget: 6,
    method: `${SETUP}. Timing out: the simulator never answers any fetch/XHR-type request to any host (TikTok, API and control hosts). Figure: median; range over runs; noise: 90% bootstrap interval of the median.`,
  },
];

const HANG_ALL = [{ host: '*', dest: 'empty', hang: true }];

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const runs = bench.quick ? 2 : 5;
  return withBrowsers(bench, [{ extension: true }], async ([b]) => {
    if (!b) throw new Error('no browser');
    await openSellerPage(b, `${SELLER}/homepage`);
    const page = await extensionOriginPage(b);
    /** @type {Record<string, unknown>} */
    const last = {};
    const samples = await interleave(
      /** @type {const} */ (['healthy', 'timeout']),
      { runs, warmup: 1 },
      async (arm) => {
        bench.sim.set(arm === 'timeout' ? HANG_ALL : []);
        try {
          const { ms, answer } = await sendTimed(page, 'probes/run', { trigger: 'manual' });
          const wire = /** @type {{ ok: boolean; error?: string; value?: unknown } | undefined} */ (answer);
          if (!wire?.ok) throw new Error(`probes/run answered ${JSON.stringify(answer)}`);
          last[arm] = wire.value;
          return ms / 1000;
        } finally {
          bench.sim.set([]);
        }
      },
    );
    bench.log(
      `probes: healthy ${samples.healthy.map((s) => s.toFixed(2)).join(', ')} s; timing out ${samples.timeout.map((s) => s.toFixed(2)).join(', ')} s; outcomes ${JSON.stringify(last)}`,
    );
    const [healthy, timeout] = /** @type {any[]} */ (rows);
    const range = (/** @type {number[]} */ xs) => ({ min: Math.min(...xs), max: Math.max(...xs), rounds: xs.length });
    return [
      {
        ...judgedRow(healthy, absolute(samples.healthy, healthy.budget), range(samples.healthy)),
        details: { runs, samplesS: samples.healthy, lastAnswer: last.healthy },
      },
      {
        ...judgedRow(timeout, absolute(samples.timeout, timeout.budget), range(samples.timeout)),
        details: { runs, samplesS: samples.timeout, lastAnswer: last.timeout },
      },
    ];
  });
}
