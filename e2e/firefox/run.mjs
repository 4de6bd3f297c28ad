/**
 * `npm run test:firefox`: the Firefox build in real Firefox ESR (Debian's firefox-esr), driven by puppeteer-core
 * over WebDriver BiDi. Installs .output/firefox-mv3 as a temporary add-on, opens the simulator's Seller Center with
 * TikTok's APIs failing (scenario platform-5xx), checks that the popup renders, that Run checks ranks the
 * platform first as likely, and that the bundle exports as a zip of three files.
 *
 * Isolation: like e2e/run.mjs, it re-runs itself in a loopback-only network namespace (`unshare -r -n`), where it
 * may bind port 443: the simulator listens on 127.0.0.1:443 and the pref `network.dns.forceResolve` sends every
 * host name there. Nothing can reach a real address. FIREFOX_PATH overrides /usr/bin/firefox-esr.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = join(import.meta.dirname, '..', '..');
const EXT = join(process.env.EXT_OUT_DIR ?? join(ROOT, '.output'), 'firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'shop-doctor@tiktok-shop-doctor.local';
const UUID = '6d3f1a52-7c1b-4f0e-9a57-5a0c1d2e3f40';

if (!existsSync(FIREFOX)) {
  console.error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  process.exit(1);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error(`No Firefox build at ${EXT}: run \`npx wxt build -b firefox --mv3\` first`);
  process.exit(1);
}

if (process.env.TSD_FIREFOX_INNER !== '1') {
  // Outer: into a loopback-only namespace where we are root (port 443), then run again.
  const flags = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
  const args = [...flags, 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, import.meta.filename];
  const child = spawn('unshare', args, { stdio: 'inherit', env: { ...process.env, TSD_FIREFOX_INNER: '1' } });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await inner();
}

async function inner() {
  const { default: puppeteer } = await import('puppeteer-core');
  const { startSim } = await import('../sim/server.mjs');
  const { SCENARIOS } = await import('../sim/scenarios.mjs');

  const scenario = 'platform-5xx';
  const sim = await startSim({ scenario, port: 443 });
  const downloads = mkdtempSync(join(tmpdir(), 'tsd-ff-dl-'));
  const failures = [];
  const step = async (name, fn) => {
    const t = Date.now();
    try {
      await fn();
      console.log(`  ok   ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      failures.push(name);
      console.log(`  FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // every host name to the simulator on 127.0.0.1:443
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5,
      // a known moz-extension:// host for the add-on
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // downloads land in a folder without asking
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/zip',
    },
  });
  try {
    console.log(`Firefox ${await browser.version()}, add-on ${EXT}`);
    await step('installs the Firefox build as a temporary add-on', async () => {
      const id = await browser.installExtension(EXT);
      if (id !== GECKO_ID) throw new Error(`installed as ${id}`);
    });

    /** @type {{ events?: { kind: string }[]; probes?: { name: string; outcome: string }[] } | undefined} */
    let stored;
    const seller = await browser.newPage();
    await step('the simulated Seller Center loads with the hook in place', async () => {
      await seller.goto(SCENARIOS[scenario].page, { waitUntil: 'load' });
      await seller.waitForSelector('html[data-sim-ready="done"]', { timeout: 15_000 });
      // what the page saw reaches the background in batches: the hook's (0.5 s), then the content script's (1 s)
      await new Promise((r) => setTimeout(r, 2_500));
    });

    /** A tab for the popup, with what its page logs or throws shown (the popup logs nothing when all is well). */
    const popupTab = async () => {
      const tab = await browser.newPage();
      tab.on('console', (m) => console.error(`  (popup console ${m.type()}: ${m.text().slice(0, 300)})`));
      tab.on('pageerror', (e) => console.error(`  (popup error: ${String(e).slice(0, 300)})`));
      return tab;
    };
    let popup = await popupTab();
    await step('the popup renders nine causes', async () => {
      // Over BiDi the navigation to a moz-extension:// page never reports done to puppeteer (Firefox 153): start
      // it and wait for the popup's root instead.
      // A navigation that BiDi loses now and then (CI, about one run in five this evening: the tab stayed on another
      // document, so the later steps failed too) is started again, in a fresh tab, up to twice.
      for (let attempt = 1; ; attempt++) {
        popup.goto(`moz-extension://${UUID}/popup.html`, { timeout: 20_000 }).catch(() => undefined);
        try {
          await popup.waitForSelector('[data-diagnosis]', { timeout: 15_000 });
          break;
        } catch (err) {
          const where = await popup
            .evaluate(() => `${location.href} (${document.readyState})`)
            .catch((e) => `unreadable: ${String(e).slice(0, 120)}`);
          if (attempt >= 3) throw new Error(`${String(err).slice(0, 200)}; the tab is at ${where}`);
          console.error(`  (the popup did not render in 15 s, the tab is at ${where}: navigating again in a new tab)`);
          await popup.close().catch(() => undefined);
          popup = await popupTab();
        }
      }
      const n = await popup.$$eval('[data-cause]', (els) => els.length);
      if (n !== 9) throw new Error(`${n} causes`);
    });

    await step('Run checks ranks the platform first as likely', async () => {
      await popup.waitForSelector('[data-action="run-checks"]:not([disabled])', { timeout: 15_000 });
      await popup.click('[data-action="run-checks"]');
      // the check ran: its time is shown
      await popup.waitForFunction(() => /Checks ran/.test(document.querySelector('#run-hint')?.textContent ?? ''), {
        timeout: 20_000,
      });
      const deadline = Date.now() + 30_000;
      let first;
      while (Date.now() < deadline) {
        first = await popup.$eval('[data-cause]', (el) => `${el.dataset.cause}:${el.dataset.status}`).catch(() => '');
        if (first === 'platform:likely') return;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`first cause ${first}`);
    });

    await step('the bundle exports: a zip with report.html, diagnosis.json, network.har', async () => {
      await popup.click('[data-action="export-bundle"]');
      const deadline = Date.now() + 30_000;
      let zip;
      while (Date.now() < deadline && !zip) {
        zip = readdirSync(downloads).find((f) => f.endsWith('.zip'));
        if (!zip) await new Promise((r) => setTimeout(r, 500));
      }
      if (!zip) throw new Error('no zip downloaded');
      await new Promise((r) => setTimeout(r, 500)); // the file is complete once renamed from .part
      const unzipped = unzipSync(readFileSync(join(downloads, zip)));
      const files = Object.keys(unzipped).sort();
      if (files.join() !== 'diagnosis.json,network.har,report.html') throw new Error(`zip holds ${files.join()}`);
      stored = JSON.parse(new TextDecoder().decode(unzipped['diagnosis.json']));
    });

    // What only Firefox itself can tell: the content script reaches the background through Firefox's own
    // `browser` (looked up when first used: utils/content/lazy-browser.ts), and the background measures the
    // Seller Center tab's storage by injecting the measurement (scripting.executeScript, utils/background/site-data/).
    await step("the page's failed calls reached the background through the content script", async () => {
      const kinds = (stored?.events ?? []).map((e) => e.kind);
      if (!kinds.some((k) => k === 'http-error' || k === 'api-error'))
        throw new Error(`events: ${kinds.join() || 'none'}`);
    });
    await step("the check measured the Seller Center tab's storage in the tab", async () => {
      const storage = (stored?.probes ?? []).filter((p) => p.name === 'storage');
      if (!storage.some((p) => p.outcome === 'pass')) throw new Error(`storage probes: ${JSON.stringify(storage)}`);
    });
  } finally {
    await browser.close().catch(() => undefined);
    await sim.close();
    rmSync(downloads, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`Firefox: ${failures.length} step(s) failed`);
    process.exit(1);
  }
  console.log('Firefox: all steps passed');
}
