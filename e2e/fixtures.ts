/**
 * Playwright fixtures: a Chromium with the built extension, every host name resolved to the local TikTok Shop
 * simulator (nothing reaches the real network), and page objects for the popup and a Seller Center tab.
 *
 *   import { expect, test } from './fixtures';
 *   test.use({ scenario: 'platform-5xx' });                        // simulator faults + resolver extras
 *   test.use({ network: { notFound: ['seller-us.tiktok.com'] } });  // DNS failure for some names
 *   test('...', async ({ sim, popup, sellerTab, serviceWorker, relaunch }) => { ... });
 */
import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { SELLER_HOSTS } from '../utils/facts/hosts';
import { requireBrowser } from './find-browser.mjs';
import { PopupPage } from './pages/popup';
import { SellerTab } from './pages/seller-tab';
import { ExtensionSession } from './pages/session';
import { closedPort, extensionPath, resolverRules } from './sim/browser.mjs';
import { getScenario, type NetworkFaults, type ScenarioName } from './sim/scenarios.mjs';
import { type Sim, startSim } from './sim/server.mjs';

export { SECRET_MARK, SIM_EMAIL, SIM_PHONE, SIM_TOKEN } from './sim/pages/html.mjs';
export type { NetworkFaults, ScenarioName } from './sim/scenarios.mjs';
export { SCENARIO_NAMES, SCENARIOS } from './sim/scenarios.mjs';
export type { Fault, LoggedRequest, Sim } from './sim/server.mjs';
export { ExtensionSession, PopupPage, SellerTab };

export interface HarnessOptions {
  /** resolver faults added to the scenario's: names that fail DNS / whose connections are refused */
  network: NetworkFaults;
  /** a named scenario (e2e/sim/scenarios.mjs): its faults are set before the browser starts */
  scenario: ScenarioName;
  /** the unpacked extension; default EXT_PATH or .output/chrome-mv3 (Playwright's own `headless`, or --headed, applies) */
  extPath: string;
  /** extra Chromium switches, e.g. --disable-extensions-http-throttling (see e2e/sim/README.md) */
  launchArgs: string[];
  /**
   * "Record network failures" on (the optional webRequest permission) before the test: granted by a click in the
   * popup's Settings, then the browser restarts (Chromium routes requests to listeners added after a runtime
   * grant only from the next start). Off by default, as on a fresh install.
   */
  networkRecording: boolean;
}

interface WorkerFixtures {
  /** the simulator, shared by the worker's tests; use `sim` in tests (it is reset per test) */
  simServer: Sim;
  /** a loopback port nothing listens on, for refused connections */
  refusedPort: number;
  browserPath: string;
  /** serve the worker's simulator over HTTP/2 (SimOptions.http2); default false, HTTP/1.1 */
  simHttp2: boolean;
}

export interface HarnessFixtures {
  /** the simulator, reset for this test, with the scenario's faults set */
  sim: Sim;
  /** the browser profile; outlives relaunch() */
  session: ExtensionSession;
  context: BrowserContext;
  extensionId: string;
  /** the extension's service worker at start (after relaunch: session.serviceWorker / session.worker()) */
  serviceWorker: Worker;
  popup: PopupPage;
  sellerTab: SellerTab;
  /** close the browser and start it again with the same profile; returns the new context */
  relaunch: () => Promise<BrowserContext>;
}

export const test = base.extend<HarnessFixtures & HarnessOptions, WorkerFixtures>({
  network: [{}, { option: true }],
  scenario: ['healthy', { option: true }],
  extPath: [extensionPath(), { option: true }],
  launchArgs: [[], { option: true }],
  networkRecording: [false, { option: true }],

  browserPath: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern
    async ({}, use) => use(requireBrowser()),
    { scope: 'worker' },
  ],
  refusedPort: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern
    async ({}, use) => use(await closedPort()),
    { scope: 'worker' },
  ],
  simHttp2: [false, { option: true, scope: 'worker' }],
  simServer: [
    async ({ simHttp2 }, use) => {
      const sim = await startSim({ sellerHosts: SELLER_HOSTS.map((h) => h.host), http2: simHttp2 });
      await use(sim);
      await sim.close();
    },
    { scope: 'worker' },
  ],

  sim: async ({ simServer, scenario }, use) => {
    simServer.reset();
    simServer.set(getScenario(scenario).faults);
    await use(simServer);
    simServer.reset();
  },

  session: async (
    { sim, refusedPort, browserPath, network, scenario, extPath, headless, launchArgs, networkRecording },
    use,
  ) => {
    const extra = getScenario(scenario).network;
    const rules = resolverRules({
      simPort: sim.port,
      refusedPort,
      notFound: [...(extra.notFound ?? []), ...(network.notFound ?? [])],
      refused: [...(extra.refused ?? []), ...(network.refused ?? [])],
    });
    const session = new ExtensionSession({
      executablePath: browserPath,
      extPath,
      rules,
      headless,
      extraArgs: launchArgs,
    });
    try {
      await session.launch();
      if (networkRecording) {
        const popup = new PopupPage(session);
        await popup.open();
        await popup.recordNetworkFailures(true);
        await session.relaunch();
      }
      await use(session);
    } finally {
      await session.close();
    }
  },

  context: async ({ session }, use) => use(session.context),
  extensionId: async ({ session }, use) => use(session.extensionId),
  serviceWorker: async ({ session }, use) => use(session.serviceWorker),
  popup: async ({ session }, use) => use(new PopupPage(session)),
  sellerTab: async ({ session }, use) => use(new SellerTab(session)),
  relaunch: async ({ session }, use) => use(() => session.relaunch()),
});

export const expect = test.expect;
