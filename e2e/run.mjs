/**
 * `npm run test:e2e [-- playwright args]`: checks the browser and the build, then runs Playwright inside a
 * loopback-only network namespace when the system allows one, so that no test can reach a real address.
 * E2E_NO_NETNS=1 skips the namespace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireBrowser } from './find-browser.mjs';
import { extensionPath, hasBuild, ROOT } from './sim/browser.mjs';

const browser = requireBrowser();
const ext = extensionPath();
if (!hasBuild(ext)) {
  console.error(
    `No extension build at ${ext}: run \`npm run build\` first (or set EXT_PATH to a built chrome-mv3 folder)`,
  );
  process.exit(1);
}

const cli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
if (!existsSync(cli)) {
  console.error('@playwright/test is not installed: run `npm install`');
  process.exit(1);
}
const command = [process.execPath, cli, 'test', ...process.argv.slice(2)];

/** unshare's flags for a new network namespace: root needs none extra; others try a user namespace too. */
function namespaceFlags() {
  if (process.env.E2E_NO_NETNS === '1') return undefined;
  const flags = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
  const probe = spawnSync('unshare', [...flags, 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0 ? flags : undefined;
}

const flags = namespaceFlags();
let argv;
if (flags) {
  argv = ['unshare', ...flags, 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', ...command];
} else {
  if (process.env.E2E_NO_NETNS !== '1') {
    console.log(
      'note: no loopback-only network namespace (unshare -n not permitted here); tests still resolve every name to the local simulator',
    );
  }
  argv = command;
}

const child = spawn(argv[0], argv.slice(1), {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser, EXT_PATH: ext },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
