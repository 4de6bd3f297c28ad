/**
 * `npm run demo -- <scenario> [--screenshot] [--out <dir>]` (`--list` lists the scenarios).
 * Starts the TikTok Shop simulator with one fault scenario, opens Chromium with the extension on the simulated
 * Seller Center page plus the popup in a tab. Without a display, --screenshot runs headless and saves PNGs.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { requireBrowser } from './find-browser.mjs';
import {
  closedPort,
  extensionPath,
  extensionWorker,
  hasBuild,
  launchWithExtension,
  ROOT,
  resolverRules,
  tempProfileDir,
} from './sim/browser.mjs';
import { SCENARIO_NAMES, SCENARIOS } from './sim/scenarios.mjs';
import { startSim } from './sim/server.mjs';

const USAGE = 'usage: npm run demo -- <scenario> [--screenshot] [--out <dir>]   (npm run demo -- --list)';

function listScenarios(print = console.log) {
  const width = Math.max(...SCENARIO_NAMES.map((n) => n.length));
  for (const name of SCENARIO_NAMES) print(`  ${name.padEnd(width)}  ${SCENARIOS[name].description}`);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      list: { type: 'boolean' },
      screenshot: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help || values.list) {
  if (values.help) console.log(USAGE);
  console.log('Scenarios:');
  listScenarios();
  process.exit(0);
}
const name = positionals[0] ?? 'healthy';
const scenario = SCENARIOS[name];
if (!scenario) {
  console.error(`Unknown scenario "${name}". ${USAGE}\nScenarios:`);
  listScenarios(console.error);
  process.exit(2);
}

const screenshot = Boolean(values.screenshot);
if (!screenshot && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    `No display (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open.\n` +
      `Save screenshots instead: npm run demo -- ${name} --screenshot [--out <dir>]`,
  );
  process.exit(1);
}

const executablePath = requireBrowser();
const extPath = extensionPath();
if (!hasBuild(extPath)) {
  console.error(`No extension build at ${extPath}: run \`npm run build\` first (or set EXT_PATH)`);
  process.exit(1);
}

const sim = await startSim({ scenario: name });
const refusedPort = await closedPort();
const rules = resolverRules({ simPort: sim.port, refusedPort, ...scenario.network });
const userDataDir = tempProfileDir('tsd-demo-');
console.log(`Scenario "${name}": ${scenario.description}`);
console.log(`Simulator on 127.0.0.1:${sim.port}; every host name resolves to it.`);

const context = await launchWithExtension(chromium, {
  executablePath,
  userDataDir,
  extPath,
  rules,
  headless: screenshot,
  viewport: screenshot ? { width: 1280, height: 800 } : null,
});
let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  await context.close().catch(() => undefined);
  await sim.close();
  rmSync(userDataDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => finish(0));
process.on('SIGTERM', () => finish(0));

try {
  const { extensionId } = await extensionWorker(context);
  const seller = context.pages()[0] ?? (await context.newPage());
  await seller.goto(scenario.page, { waitUntil: 'domcontentloaded' }).catch((err) => {
    console.log(`The seller page did not load (as the scenario intends?): ${String(err.message).split('\n')[0]}`);
  });
  await seller
    .locator('html[data-sim-ready="done"]')
    .waitFor({ state: 'attached', timeout: 8_000 })
    .catch(() => undefined);

  const popup = await context.newPage();
  if (screenshot) await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const runChecks = popup.locator('[data-action="run-checks"]');
  if (await runChecks.isEnabled({ timeout: 3_000 }).catch(() => false)) await runChecks.click();
  await popup
    .locator('[data-diagnosis="ready"]')
    .waitFor({ timeout: 15_000 })
    .catch(() => console.log('The popup did not reach data-diagnosis="ready" within 15 s.'));

  if (screenshot) {
    const out = resolve(ROOT, values.out ?? 'docs/screenshots');
    mkdirSync(out, { recursive: true });
    const sellerPng = resolve(out, `${name}-seller.png`);
    const popupPng = resolve(out, `${name}-popup.png`);
    await seller.screenshot({ path: sellerPng });
    await popup.screenshot({ path: popupPng, fullPage: true });
    console.log(`Saved ${sellerPng}\nSaved ${popupPng}`);
    await finish(0);
  } else {
    await popup.bringToFront();
    console.log('Browser open: the seller page and the popup are in tabs. Close the browser or press Ctrl-C to end.');
    context.on('close', () => finish(0));
  }
} catch (err) {
  console.error(`Demo failed: ${err instanceof Error ? err.message : String(err)}`);
  await finish(1);
}
