import { beforeEach, describe, expect, it } from 'vitest';
import { isMeasured } from '@/utils/background/probes/metrics';
import { runProbes } from '@/utils/background/probes/run';
import type { ProbeResult } from '@/utils/model';
import { DoctorDb } from '@/utils/store';
import { fakeEnv, fakeNetwork, storageReport } from './helpers/probe-env';

let n = 0;
let database: DoctorDb;
beforeEach(() => {
  database = new DoctorDb(`probes-run-${++n}`);
});

const TIKTOK = ['seller-us.tiktok.com', 'open-api.tiktokglobalshop.com', 'auth.tiktok-shops.com'];
const FAST = { samples: 3, sampleTimeoutMs: 300, hostBudgetMs: 600, deadlineMs: 2000, storageTimeoutMs: 300 };

async function results(runId: string): Promise<ProbeResult[]> {
  return database.probes.where('runId').equals(runId).toArray();
}
const byProbe = (rows: ProbeResult[], probe: string, target?: string) =>
  rows.filter((r) => r.probe === probe && (target === undefined || r.target === target));

describe('a probe run', () => {
  it('measures every probe, writes each result and marks the run finished', async () => {
    const net = fakeNetwork({});
    const { runId, outcomes } = await runProbes(database, fakeEnv({ fetch: net.fetch, netErrors: net.netErrors }), {
      trigger: 'manual',
      ...FAST,
    });
    const rows = await results(runId);
    expect(rows.map((r) => r.probe).sort()).toEqual(
      [
        'browser',
        'clock',
        'connectivity-verdict',
        'cookies',
        'online',
        'reach',
        'reach',
        'reach',
        'reach',
        'reach',
        'region',
        'storage',
      ].sort(),
    );
    expect(outcomes).toEqual({ pass: 12, warn: 0, fail: 0, skip: 0 });
    const verdict = byProbe(rows, 'connectivity-verdict')[0] as ProbeResult;
    expect(isMeasured(verdict, 'connectivity-verdict') && verdict.metrics.verdict).toBe('ok');
    const run = await database.probeRuns.get(runId);
    expect(run?.trigger).toBe('manual');
    expect(run?.finishedAt).toBeGreaterThanOrEqual(run?.startedAt ?? Infinity);
    expect(net.listenerCount()).toBe(0);
  });

  it('DNS failure of the TikTok hosts while the control host answers: tiktok-unreachable', async () => {
    const dns = { kind: 'error', netError: 'net::ERR_NAME_NOT_RESOLVED' } as const;
    const net = fakeNetwork(Object.fromEntries(TIKTOK.map((h) => [h, dns])));
    const { runId, outcomes } = await runProbes(database, fakeEnv({ fetch: net.fetch, netErrors: net.netErrors }), {
      trigger: 'manual',
      ...FAST,
    });
    const rows = await results(runId);
    expect(byProbe(rows, 'connectivity-verdict')[0]?.metrics).toEqual({
      verdict: 'tiktok-unreachable',
      failingTikTokHosts: 3,
      controlOk: true,
    });
    expect(byProbe(rows, 'reach', 'seller-us.tiktok.com')[0]?.metrics).toMatchObject({
      failure: 'dns',
      netError: 'net::ERR_NAME_NOT_RESOLVED',
    });
    // no TikTok Date header: the clock is not measured, and says so
    expect(byProbe(rows, 'clock')[0]).toMatchObject({ outcome: 'skip' });
    expect(outcomes.fail).toBe(4);
  });

  it('a clock 11 minutes behind and 12 KB of cookies fail', async () => {
    const net = fakeNetwork({}, { kind: 'ok', dateOffsetMs: 11 * 60_000 });
    const big = Array.from({ length: 4 }, (_, i) => ({ name: `big${i}`, value: 'x'.repeat(3072) }));
    const { runId } = await runProbes(
      database,
      fakeEnv({ fetch: net.fetch, netErrors: net.netErrors, cookies: async () => big }),
      { trigger: 'manual', ...FAST },
    );
    const rows = await results(runId);
    const clock = byProbe(rows, 'clock')[0] as ProbeResult;
    expect(clock.outcome).toBe('fail');
    expect(clock.metrics.outsideWindow).toBe(true);
    expect(Math.abs((clock.metrics.skewSeconds as number) + 660)).toBeLessThanOrEqual(2);
    const cookies = byProbe(rows, 'cookies', 'seller-us.tiktok.com')[0] as ProbeResult;
    expect(cookies).toMatchObject({ outcome: 'fail', metrics: { count: 4 } });
    expect(cookies.metrics.bytes).toBeGreaterThan(12 * 1024);
  });

  it('reports skip with the reason when a permission, API or seller tab is missing', async () => {
    const net = fakeNetwork({});
    const { runId } = await runProbes(
      database,
      fakeEnv({
        fetch: net.fetch,
        netErrors: undefined,
        cookies: undefined,
        sellerTabs: async () => [],
        recentSellerHosts: async () => ['seller-uk.tiktok.com'],
      }),
      { trigger: 'alarm', ...FAST },
    );
    const rows = await results(runId);
    expect(byProbe(rows, 'storage')[0]).toMatchObject({
      outcome: 'skip',
      message: { key: 'probe.skip.noSellerTab' },
      metrics: { reason: 'no-seller-tab' },
    });
    // No proxy probe any more: the `proxy` permission is not asked for (docs/permissions.md).
    expect(byProbe(rows, 'proxy')).toHaveLength(0);
    expect(byProbe(rows, 'cookies')[0]).toMatchObject({ outcome: 'skip', target: 'seller-uk.tiktok.com' });
    // the seller host came from recent events
    expect(byProbe(rows, 'reach', 'seller-uk.tiktok.com')).toHaveLength(1);
    expect(byProbe(rows, 'region')[0]).toMatchObject({ target: 'seller-uk.tiktok.com', outcome: 'warn' });
  });

  it('a probe that throws is a skip with its error, not a pass', async () => {
    const net = fakeNetwork({});
    const { runId } = await runProbes(
      database,
      fakeEnv({
        fetch: net.fetch,
        measureStorage: () => Promise.reject(new Error('Could not establish connection')),
      }),
      { trigger: 'manual', ...FAST },
    );
    const rows = await results(runId);
    expect(byProbe(rows, 'storage')[0]).toMatchObject({
      outcome: 'skip',
      message: { key: 'probe.skip.tabSilent' },
      metrics: { reason: 'tab-silent' },
    });
  });

  it('is bounded by its deadline when everything hangs: offline, and unfinished probes skipped', async () => {
    const net = fakeNetwork({}, { kind: 'hang' });
    const t0 = performance.now();
    const { runId, outcomes } = await runProbes(
      database,
      fakeEnv({ fetch: net.fetch, netErrors: net.netErrors, measureStorage: () => new Promise(() => {}) }),
      {
        trigger: 'manual',
        samples: 3,
        sampleTimeoutMs: 5000,
        hostBudgetMs: 5000,
        deadlineMs: 300,
        storageTimeoutMs: 5000,
      },
    );
    expect(performance.now() - t0).toBeLessThan(1500);
    const rows = await results(runId);
    expect(byProbe(rows, 'connectivity-verdict')[0]?.metrics.verdict).toBe('offline');
    expect(byProbe(rows, 'storage')[0]).toMatchObject({
      outcome: 'skip',
      message: { key: 'probe.skip.deadline', params: { seconds: 0.3 } },
      metrics: { reason: 'deadline' },
    });
    expect(outcomes.pass + outcomes.warn + outcomes.fail + outcomes.skip).toBe(rows.length);
    expect((await database.probeRuns.get(runId))?.finishedAt).toBeDefined();
  });

  it('writes results as they arrive: a run stopped midway keeps what it measured, the next one runs', async () => {
    const net = fakeNetwork({ 'auth.tiktok-shops.com': { kind: 'ok', delayMs: 250 } });
    const env = fakeEnv({ fetch: net.fetch, netErrors: net.netErrors });
    const running = runProbes(database, env, { trigger: 'manual', ...FAST, samples: 2 });
    await new Promise((r) => setTimeout(r, 150));
    // mid-run: fast probes are on disk, the run is not finished (a stopped worker would leave exactly this)
    const [run] = await database.probeRuns.toArray();
    expect(run?.finishedAt).toBeUndefined();
    const early = await results(run?.runId ?? '');
    expect(early.map((r) => r.probe)).toEqual(expect.arrayContaining(['browser', 'cookies', 'reach']));
    expect(early.some((r) => r.probe === 'connectivity-verdict')).toBe(false);
    await running;

    const next = await runProbes(database, env, { trigger: 'manual', ...FAST, samples: 2 });
    expect(await database.probeRuns.count()).toBe(2);
    expect((await database.probeRuns.get(next.runId))?.finishedAt).toBeDefined();
  });

  it('uses the configured control hosts', async () => {
    const net = fakeNetwork({});
    const { runId } = await runProbes(
      database,
      fakeEnv({ fetch: net.fetch, controlUrls: async () => ['https://ctl.example/ping'] }),
      { trigger: 'manual', ...FAST },
    );
    expect(byProbe(await results(runId), 'reach').map((r) => r.target)).toContain('ctl.example');
    expect(net.calls.some((u) => u.startsWith('https://ctl.example/ping?tsd_probe='))).toBe(true);
  });

  it('measures storage once per open seller origin', async () => {
    const net = fakeNetwork({});
    const asked: number[] = [];
    const { runId } = await runProbes(
      database,
      fakeEnv({
        fetch: net.fetch,
        sellerTabs: async () => [
          { id: 1, url: 'https://seller-us.tiktok.com/homepage' },
          { id: 2, url: 'https://seller-us.tiktok.com/order' },
          { id: 3, url: 'https://seller-mx.tiktok.com/homepage' },
        ],
        measureStorage: async (id) => {
          asked.push(id);
          return storageReport('ignored', 99, 100);
        },
      }),
      { trigger: 'manual', ...FAST },
    );
    expect(asked.sort()).toEqual([1, 3]);
    const storage = byProbe(await results(runId), 'storage');
    expect(storage.map((r) => r.target).sort()).toEqual([
      'https://seller-mx.tiktok.com',
      'https://seller-us.tiktok.com',
    ]);
    expect(storage.every((r) => r.outcome === 'fail')).toBe(true);
  });
});
