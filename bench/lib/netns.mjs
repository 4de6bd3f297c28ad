/**
 * Runs the bench again inside a loopback-only network namespace (unshare -n), like e2e/run.mjs, when the system
 * allows one: then nothing the browser does can reach a real address. BENCH_NO_NETNS=1 skips it.
 */
import { spawn, spawnSync } from 'node:child_process';

const MARK = 'TSD_BENCH_IN_NETNS';

/** unshare's flags for a new network namespace, or undefined when not permitted here. */
function namespaceFlags() {
  const flags = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
  const probe = spawnSync('unshare', [...flags, 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0 ? flags : undefined;
}

/**
 * When this process should move into a namespace: spawn itself there and resolve to its exit code.
 * Resolves to undefined when the caller should just go on (already inside, not permitted, or disabled).
 * @returns {Promise<number | undefined>}
 */
export async function reexecInNamespace() {
  if (process.env[MARK] === '1') return undefined;
  if (process.env.BENCH_NO_NETNS === '1') return undefined;
  const flags = namespaceFlags();
  if (!flags) {
    console.log(
      'note: no loopback-only network namespace here (unshare -n not permitted); every name still resolves to the local simulator',
    );
    return undefined;
  }
  const argv = [
    'unshare',
    ...flags,
    'sh',
    '-c',
    'ip link set lo up && exec "$0" "$@"',
    process.execPath,
    ...process.argv.slice(1),
  ];
  const child = spawn(/** @type {string} */ (argv[0]), argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: '1' },
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

export const inNamespace = () => process.env[MARK] === '1';
