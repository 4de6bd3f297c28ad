/** What the figures were measured on: they mean little without the machine, the browser and the load on it. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';

/**
 * @param {{ browserPath: string; userAgent?: string; extPath: string; root: string }} o
 */
export function machineInfo({ browserPath, userAgent, extPath, root }) {
  const cpus = os.cpus();
  const version = spawnSync(browserPath, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', timeout: 5_000 });
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8', timeout: 10_000 });
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: version.stdout?.trim() || userAgent || 'unknown',
    browserPath,
    extPath,
    commit:
      git.status === 0 ? `${git.stdout.trim()}${dirty.stdout?.trim() ? ' (with uncommitted changes)' : ''}` : 'unknown',
  };
}

/** @param {ReturnType<typeof machineInfo>} m */
export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.chromium}; Node ${m.node}; load ${m.loadAverage.join(' ')}; ${m.date}`;
}
