/**
 * Launching Chromium with the extension against the simulator, shared by the Playwright fixture and the demo.
 * Every host name goes to the simulator through --host-resolver-rules; fault rules come first because the
 * first matching rule wins. No test may reach a real address, so never use IP-literal URLs (they bypass the rules).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The unpacked extension: EXT_PATH, else the default build output. */
export function extensionPath(env = process.env) {
  return resolve(ROOT, env.EXT_PATH || '.output/chrome-mv3');
}

export function hasBuild(dir = extensionPath()) {
  return existsSync(join(dir, 'manifest.json'));
}

/** A loopback port that nothing listens on (connections to it are refused). */
export async function closedPort() {
  const server = net.createServer();
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * @param {{ simPort: number; refusedPort?: number; notFound?: readonly string[]; refused?: readonly string[] }} o
 */
export function resolverRules({ simPort, refusedPort, notFound = [], refused = [] }) {
  const rules = [];
  for (const host of notFound) rules.push(`MAP ${host} ~NOTFOUND`);
  if (refused.length > 0) {
    if (!refusedPort) throw new Error('resolverRules: refused hosts need a refusedPort');
    for (const host of refused) rules.push(`MAP ${host} 127.0.0.1:${refusedPort}`);
  }
  rules.push(`MAP * 127.0.0.1:${simPort}`);
  return rules.join(', ');
}

/**
 * @param {{ extPath?: string; rules: string; headless?: boolean; extraArgs?: readonly string[] }} o
 */
export function chromiumArgs({ extPath, rules, headless = true, extraArgs = [] }) {
  return [
    ...(headless ? ['--headless=new'] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    // No extPath: a baseline browser without the extension (benchmarks).
    ...(extPath ? [`--disable-extensions-except=${extPath}`, `--load-extension=${extPath}`] : []),
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    ...extraArgs,
  ];
}

export function tempProfileDir(prefix = 'tsd-profile-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Launch a persistent context with the extension loaded. Playwright's own --disable-extensions is dropped;
 * headless is passed as --headless=new (Playwright then treats the browser as headed, which extensions need).
 * @param {typeof import('playwright-core').chromium} chromium
 * @param {{ executablePath: string; userDataDir: string; extPath?: string; rules: string; headless?: boolean;
 *   extraArgs?: readonly string[]; viewport?: { width: number; height: number } | null }} o
 */
export function launchWithExtension(chromium, o) {
  return chromium.launchPersistentContext(o.userDataDir, {
    executablePath: o.executablePath,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(o),
    ignoreHTTPSErrors: true,
    viewport: o.viewport === undefined ? { width: 1280, height: 800 } : o.viewport,
  });
}

/**
 * The extension's id from its service worker URL (waits for the worker if it has not started yet).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function extensionWorker(context, timeout = 15_000) {
  const isOurs = (w) => w.url().startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find(isOurs);
  if (!worker) worker = await context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
  return { worker, extensionId: new URL(worker.url()).host };
}
