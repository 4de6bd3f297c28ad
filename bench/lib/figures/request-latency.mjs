/**
 * What the extension adds to every request a page makes: 100 sequential fetches to a simulator endpoint that answers
 * after 1 ms, timed in the page, on Seller Center and on a site that is not TikTok's. Four browsers, interleaved:
 * the extension with webRequest granted ("on"), without it ("off"; bench/lib/variants.mjs), no extension, and a
 * second no-extension browser (the A/A twin). webRequest makes Chromium route a request through the browser process
 * for every extension listening, which costs every request, not only the ones the extension looks at.
 *
 * The budgets go down to 0.05 ms, so the timing page is the simulator's cross-origin isolated one
 * (e2e/sim/bench-page.mjs): there performance.now() has 5 µs resolution; in an ordinary page Chromium coarsens it to
 * 100 µs, and every figure fell on a 0.1 ms grid (0.05 for a median of an even count) that could never resolve 0.05.
 */

import { SELLER, waitInstrumented, withBrowsers } from '../harness.mjs';
import { checkAll, untilResolved } from '../rounds.mjs';
import { median, pairwise, summarize } from '../stats.mjs';
import { judgedRow } from '../table.mjs';
import { recordingOn, webRequestVariants } from '../variants.mjs';
import { compare, trimmedMeanOfDiffs } from '../verdict.mjs';

const N = 100;
/**
 * requests per arm before the next arm's turn: a round's 100 requests are 5 such blocks, interleaved (blocks of 10
 * gave about 44 rounds in 240 s, blocks of 20 about 50: fewer switches of tab and browser, and a block is still
 * only about 0.1 s)
 */
const BLOCK = 20;
const PER_ROUND = N / BLOCK;
/** every arm's timing pages are opened afresh every this many rounds, and warmed up with this many requests */
const REOPEN_ROUNDS = 2;
const WARM = 10;
const OTHER = 'https://shop.example.test';
/** the simulator's bench-only, cross-origin isolated page, and the endpoint it times (e2e/sim/bench-page.mjs) */
const PAGE = '/__bench/timing';
const PATH = '/api/v1/bench/ping';
const SETUP = `${N} sequential fetch() calls (each awaited with its body) to ${PATH}, which the simulator answers after 1 ms, from the simulator's bench page ${PAGE}, which is cross-origin isolated (COOP same-origin, COEP require-corp; crossOriginIsolated checked true with every block) so that performance.now() has 5 µs resolution, not the 100 µs of an ordinary page; each request timed in the page, the page brought to the front before each block (Chromium runs a background tab's renderer at a lower CPU priority), in blocks of ${BLOCK} that rotate between the browsers (so that a busy moment of the machine hits every browser alike); every ${REOPEN_ROUNDS} rounds each browser's timing pages are closed and opened again (new renderers) and warmed up with ${WARM} untimed requests, so that a renderer's own lasting bias (0.08 ms seen with one page for the whole run) averages out over the rounds instead of staying in the figure; a round's value per browser is the median of its ${N} requests; four browsers: the extension with webRequest granted ("on"), the same build without it ("off"), no extension, and a second browser without it (the A/A twin); after 1 warm-up round, 12 rounds then +6 (up to 120 or 480 s) while a verdict is unresolved`;
const FIGURE = `Figure: the 20% trimmed mean over rounds of the per-round difference (the round's median request with the extension minus the same round's without), so that a slow stretch of the machine, which moves both, cancels; range: per-round differences; A/A: the same estimator, twin minus without`;

export const rows = [
  {
    id: 'request-latency',
    figure: 'request latency on Seller Center, recording on (added per request)',
    unit: 'ms',
    budget: 1.0,
    method: `${SETUP}. Page: ${SELLER}${PAGE} (a Seller Center host: the content script and the MAIN-world hook run there). ${FIGURE}; with = "on".`,
  },
  {
    id: 'request-latency-off',
    figure: 'request latency on Seller Center, recording off (added per request)',
    unit: 'ms',
    budget: 0.1,
    method: `${SETUP}. Page: ${SELLER}${PAGE} (a Seller Center host: the content script and the MAIN-world hook run there). ${FIGURE}; with = "off".`,
  },
  {
    id: 'request-latency-other-site',
    figure: 'request latency on another site, default install (added per request)',
    unit: 'ms',
    budget: 0.05,
    method: `${SETUP}. Page: ${OTHER}${PAGE} (not a TikTok site, mapped to the simulator). ${FIGURE}; with = the default install, the build as is (webRequest held if the manifest requires it, not granted if it is optional).`,
  },
];

/**
 * Times of `n` sequential requests, each awaited with its body, in ms, in a cross-origin isolated page (else the
 * times would be coarsened to 0.1 ms: the figure is not measured rather than measured on that grid).
 * @param {import('playwright-core').Page} page @param {string} path @param {number} n
 * @returns {Promise<number[]>}
 */
async function timeSequential(page, path, n) {
  // Chromium runs the renderer of a tab that is not the front one at a lower CPU priority (nice 5 on Linux, even
  // with --disable-renderer-backgrounding), where a busy machine delays it far more: time the front tab only.
  await page.bringToFront();
  const { isolated, times } = await page.evaluate(
    async ([p, count]) => {
      const times = [];
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        await (await fetch(`${p}?i=${i}`, { cache: 'no-store' })).text();
        times.push(performance.now() - t0);
      }
      return { isolated: crossOriginIsolated, times };
    },
    /** @type {const} */ ([path, n]),
  );
  if (!isolated) throw new Error(`${page.url()} is not cross-origin isolated: performance.now() would be coarsened`);
  return times;
}

/**
 * A browser's timing page on `origin`: cross-origin isolated, and with the extension, instrumented.
 * @param {import('../harness.mjs').BenchBrowser} b @param {string} origin @param {boolean} instrumented
 */
async function timingPage(b, origin, instrumented) {
  const page = await b.context.newPage();
  await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
  if (instrumented) await waitInstrumented(page);
  if (!(await page.evaluate(() => crossOriginIsolated)))
    throw new Error(`${origin}${PAGE} is not cross-origin isolated (COOP/COEP headers missing or ignored)`);
  return page;
}

/**
 * A browser's two timing pages: on Seller Center (instrumented when the browser has the extension) and on the other
 * site.
 * @param {import('../harness.mjs').BenchBrowser} b
 */
async function timingPages(b) {
  return { seller: await timingPage(b, SELLER, b.arm === 'extension'), other: await timingPage(b, OTHER, false) };
}

/**
 * A round's typical request from its blocks: the median of its 100 requests, so that a request delayed by a busy
 * neighbour moves the round little, while a cost every request pays moves it whole.
 * @param {number[][]} blocks
 */
const rounds = (blocks) =>
  Array.from({ length: Math.floor(blocks.length / PER_ROUND) }, (_, r) =>
    median(blocks.slice(r * PER_ROUND, (r + 1) * PER_ROUND).flat()),
  );

/** @param {import('../harness.mjs').Bench} bench */
export async function run(bench) {
  const v = webRequestVariants(bench.extPath);
  bench.log(`request latency: ${v.note}`);
  bench.sim.set([
    { host: 'shop.example.test', status: 200 },
    { path: `${PATH}*`, delayMs: 1 },
  ]);
  const specs = [
    { extension: true, extPath: v.on },
    { extension: true, extPath: v.off },
    { extension: false },
    { extension: false },
  ];
  try {
    return await withBrowsers(bench, specs, async (browsers) => {
      const names = /** @type {const} */ (['on', 'off', 'baseline', 'twin']);
      /** @type {Record<string, { seller: import('playwright-core').Page; other: import('playwright-core').Page }>} */
      const pages = {};
      let recording = 'not needed (webRequest is a required permission of this build)';
      for (const [i, b] of browsers.entries()) {
        const name = /** @type {string} */ (names[i]);
        if (name === 'on' && v.optional) recording = await recordingOn(b);
        pages[name] = await timingPages(b);
      }
      if (v.optional) bench.log(`request latency: ${recording}`);
      /**
       * Fresh timing pages (new renderers) for an arm, warmed up with untimed requests. With one page per browser for
       * the whole run, one run measured the browser with the extension 0.08 ms faster per request than the browser
       * without it, on the site where the extension does nothing, and the twin 0.05 faster: a lasting bias of one
       * browser's page, not the extension. A page that lives only a few rounds turns a renderer's bias into noise the
       * rounds average out (and the bootstrap sees); a bias of the whole browser stays, and the A/A twin shows it.
       * @param {string} arm
       */
      const reopen = async (arm) => {
        const i = names.indexOf(/** @type {any} */ (arm));
        const b = browsers[i];
        const old = pages[arm];
        if (!b || !old) throw new Error(`no browser for ${arm}`);
        await Promise.all([old.seller.close(), old.other.close()]);
        const fresh = await timingPages(b);
        await timeSequential(fresh.seller, PATH, WARM);
        await timeSequential(fresh.other, PATH, WARM);
        pages[arm] = fresh;
      };
      /** @typedef {{ seller: number[]; other: number[] }} Block */
      const pick = (
        /** @type {Record<string, Block[]>} */ s,
        /** @type {string} */ arm,
        /** @type {'seller' | 'other'} */ site,
      ) => ({
        test: rounds((s[arm] ?? []).map((x) => x[site])),
        ref: rounds((s.baseline ?? []).map((x) => x[site])),
        twin: rounds((s.twin ?? []).map((x) => x[site])),
      });
      const cases = /** @type {const} */ ([
        ['on', 'seller'],
        ['off', 'seller'],
        [v.asBuilt, 'other'],
      ]);
      const judgeAll = (/** @type {Record<string, Block[]>} */ s) =>
        cases.map(([arm, site], i) =>
          compare(pick(s, arm, site), trimmedMeanOfDiffs(1), {
            budget: /** @type {any} */ (rows[i]).budget,
            nullValue: 0,
          }),
        );
      const { samples, stoppedBy } = await untilResolved(bench, {
        label: `request latency (counted in blocks of ${BLOCK} requests, ${PER_ROUND} to a round)`,
        arms: names,
        warmup: PER_ROUND,
        initial: 12 * PER_ROUND,
        step: 6 * PER_ROUND,
        max: 120 * PER_ROUND,
        capSeconds: 480,
        minimum: 3 * PER_ROUND,
        measure: async (arm, block) => {
          if (block > 0 && block % (PER_ROUND * REOPEN_ROUNDS) === 0) await reopen(arm);
          const p = pages[arm];
          if (!p) throw new Error('no page');
          return {
            seller: await timeSequential(p.seller, PATH, BLOCK),
            other: await timeSequential(p.other, PATH, BLOCK),
          };
        },
        check: checkAll(
          judgeAll,
          (x, i) =>
            `${['on', 'off', 'other site'][i]} ${x.value.toFixed(4)} ms (A/A ${x.aa.toFixed(4)}, noise ${x.noise.toFixed(4)}) ${x.verdict}`,
        ),
      });
      const med = (/** @type {string} */ arm, /** @type {'seller' | 'other'} */ site) =>
        median((samples[/** @type {'on'} */ (arm)] ?? []).flatMap((x) => x[site])).toFixed(4);
      bench.log(
        `request latency per request: Seller Center on ${med('on', 'seller')} / off ${med('off', 'seller')} / none ${med('baseline', 'seller')} / twin ${med('twin', 'seller')} ms; other site on ${med('on', 'other')} / off ${med('off', 'other')} / none ${med('baseline', 'other')} / twin ${med('twin', 'other')} ms`,
      );
      return judgeAll(samples).map((j, i) => {
        const [arm, site] = /** @type {(typeof cases)[number]} */ (cases[i]);
        const s = pick(samples, arm, site);
        const used = s.test.length;
        const diffs = pairwise(s.test, s.ref, (a, b) => a - b);
        return {
          ...judgedRow(/** @type {any} */ (rows[i]), j, {
            min: Math.min(...diffs),
            max: Math.max(...diffs),
            rounds: used,
            stoppedBy,
          }),
          details: {
            requests: N,
            rounds: used,
            block: BLOCK,
            arm,
            variants: v.note,
            recording,
            roundMedianRequestMs: {
              with: summarize(s.test),
              without: summarize(s.ref),
              twin: summarize(s.twin),
              samples: s,
            },
          },
        };
      });
    });
  } finally {
    v.cleanup();
  }
}
