/**
 * `npm run bench`: measures every performance budget of DESIGN.md in a real Chromium against the local Seller
 * Center simulator, prints a table (figure, median, min-max, budget, verdict) and writes bench/results.json.
 *
 *   EXT_PATH=.output-bench/chrome-mv3   the unpacked build to measure (default .output/chrome-mv3)
 *   BENCH_ONLY=page-load,popup-render   some figures only (ids: see FIGURES)
 *   BENCH_QUICK=1                       fewer runs, for development (the figures are then rougher)
 *   BENCH_STRICT=1                      exit 1 when a figure is over budget, unresolved or not measured
 *   BENCH_OUT=/tmp/b                    write results.json and results.md there instead of bench/ (partial runs)
 *   BENCH_NO_NETNS=1                    do not move into a loopback-only network namespace
 *   BENCH_NO_HOOK_CHECK=1               page-load: accept loads the hook did not instrument (attribution runs with a
 *                                       build stripped of its content script)
 *   BENCH_HTTP1=1                       the simulator speaks HTTP/1.1 instead of HTTP/2. HTTP/2 is the default because
 *                                       real Seller Center speaks it: over HTTP/1.1 Chromium queues the heavy page's
 *                                       200 parallel calls on 6 connections, which real sellers do not wait for.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBrowser } from '../e2e/find-browser.mjs';
import { extensionPath, hasBuild, ROOT } from '../e2e/sim/browser.mjs';
import { startSim } from '../e2e/sim/server.mjs';
import * as errorStorm from './lib/figures/error-storm.mjs';
import * as exportBundle from './lib/figures/export-bundle.mjs';
import * as fetchCost from './lib/figures/fetch-cost.mjs';
import * as pageCpu from './lib/figures/page-cpu.mjs';
import * as pageLoad from './lib/figures/page-load.mjs';
import * as popupRender from './lib/figures/popup-render.mjs';
import * as probeRun from './lib/figures/probe-run.mjs';
import * as requestLatency from './lib/figures/request-latency.mjs';
import * as sizes from './lib/figures/sizes.mjs';
import { SIM_HTTP2 } from './lib/harness.mjs';
import { machineInfo, machineLine } from './lib/machine.mjs';
import { inNamespace, reexecInNamespace } from './lib/netns.mjs';
import { median } from './lib/stats.mjs';
import { notMeasured, renderMarkdown, renderNotes, renderTable } from './lib/table.mjs';

/** In table order; each module: `rows` (what it reports) and `run(bench)`. */
const FIGURES = {
  'page-load': pageLoad,
  'page-cpu': pageCpu,
  'request-latency': requestLatency,
  'fetch-cost': fetchCost,
  'error-storm': errorStorm,
  'popup-render': popupRender,
  'probe-run': probeRun,
  'export-bundle': exportBundle,
  sizes,
};

const code = await reexecInNamespace();
if (code !== undefined) process.exit(code);

const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const unknown = only.filter((id) => !(id in FIGURES));
if (unknown.length) {
  console.error(`Unknown figure ${unknown.join(', ')}. Known: ${Object.keys(FIGURES).join(', ')}`);
  process.exit(2);
}
const browserPath = requireBrowser();
const extPath = extensionPath();
if (!hasBuild(extPath)) {
  console.error(
    `No extension build at ${extPath}: run \`npm run build\` (or set EXT_PATH to a built chrome-mv3 folder)`,
  );
  process.exit(1);
}

const started = Date.now();
const sim = await startSim({ http2: SIM_HTTP2 });
/** @type {import('./lib/harness.mjs').Bench} */
const bench = {
  browserPath,
  extPath,
  sim,
  quick: process.env.BENCH_QUICK === '1',
  log: (line) => console.log(`  ${line}`),
};
const machine = machineInfo({ browserPath, extPath, root: ROOT });
console.log(`Shop Doctor bench: ${machineLine(machine)}`);
console.log(
  `extension ${extPath}; simulator over ${SIM_HTTP2 ? 'HTTP/2' : 'HTTP/1.1 (BENCH_HTTP1=1)'}${inNamespace() ? '; in a loopback-only network namespace' : ''}${bench.quick ? '; QUICK (fewer runs)' : ''}`,
);

/** @type {import('./lib/table.mjs').Row[]} */
const rows = [];
const chosen = Object.entries(FIGURES).filter(([id]) => !only.length || only.includes(id));
for (const [i, [id, figure]] of chosen.entries()) {
  const t0 = Date.now();
  console.log(`- [${i + 1}/${chosen.length}] ${id} (${((t0 - started) / 1000).toFixed(0)} s into the run)`);
  try {
    rows.push(...(await figure.run(bench)));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.log(`  failed: ${reason}`);
    rows.push(...figure.rows.map((r) => notMeasured(r, reason ?? 'failed')));
  }
  console.log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  sim.reset();
}
await sim.close();

console.log(`\n${renderTable(rows)}\n`);
const notes = renderNotes(rows);
if (notes) console.log(`${notes}\n`);
for (const r of rows) console.log(`${r.id}: ${r.method}`);

/**
 * The machine's pace in this run: how long the heavy page's main thread ran JavaScript per load in page-cpu's loads
 * (the page's own and the extension's). On a shared VM it moves by half within an hour, and every figure in
 * milliseconds moves with it: the pace lets a reader compare runs.
 */
const pageJs = /** @type {number[] | undefined} */ (rows.find((r) => r.id === 'page-cpu')?.details?.pageJsMs);
const pace = pageJs?.length ? { heavyPageJsMs: median(pageJs), loads: pageJs.length } : undefined;
const paceLine = pace
  ? ` Pace: the heavy page's main thread ran JavaScript for ${pace.heavyPageJsMs.toFixed(0)} ms per load (median of page-cpu's ${pace.loads} loads, the page's and the extension's); figures in ms grow with it in a slower hour.`
  : '';

const outDir = process.env.BENCH_OUT || join(ROOT, 'bench');
const out = join(outDir, 'results.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      machine,
      quick: bench.quick,
      only: only.length ? only : undefined,
      networkNamespace: inNamespace(),
      simulatorProtocol: SIM_HTTP2 ? 'h2' : 'http/1.1',
      durationSeconds: Math.round((Date.now() - started) / 1000),
      pace,
      figures: rows,
    },
    null,
    2,
  )}\n`,
);
writeFileSync(
  join(outDir, 'results.md'),
  `Measured ${machine.date.slice(0, 10)} on ${machineLine(machine)}${bench.quick ? ' (QUICK: fewer runs)' : ''}; the run took ${Math.round((Date.now() - started) / 1000)} s.${paceLine}\n\n${renderMarkdown(rows)}\n${notes ? `\n${notes}\n` : ''}`,
);
const over = rows.filter((r) => r.verdict !== 'ok');
const count = (/** @type {string} */ v) => rows.filter((r) => r.verdict === v).length;
console.log(
  `\nwrote ${out} and results.md in ${((Date.now() - started) / 1000).toFixed(0)} s: ${count('ok')} ok, ${count('OVER')} OVER, ${count('unresolved')} unresolved, ${count('not measured')} not measured, of ${rows.length}`,
);
process.exit(process.env.BENCH_STRICT === '1' && over.length ? 1 : 0);
