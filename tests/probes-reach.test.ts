import { describe, expect, it } from 'vitest';
import { NetErrorLog } from '@/utils/background/probes/net-errors';
import {
  type ReachTarget,
  reachSummary,
  sampleHost,
  summarizeReach,
  THROTTLED,
  taggedUrl,
} from '@/utils/background/probes/reach';
import { storageMetrics, storageOutcome, storageSummary } from '@/utils/background/probes/site-storage';
import { measureSiteStorage } from '@/utils/content/site-storage';
import { renderMessage } from '@/utils/diagnosis/render';
import { fakeNetwork } from './helpers/probe-env';
import { UNMEASURED } from './helpers/storage-report';

const target: ReachTarget = { host: 'seller-us.tiktok.com', role: 'seller', url: 'https://seller-us.tiktok.com/' };
const opts = (net: ReturnType<typeof fakeNetwork>, over = {}) => ({
  samples: 4,
  sampleTimeoutMs: 300,
  hostBudgetMs: 1000,
  tag: 'run1-0',
  fetch: net.fetch,
  netErrors: new NetErrorLog(net.netErrors, ['https://seller-us.tiktok.com/*']),
  ...over,
});

describe('sampling a host', () => {
  it('tags each request, takes every sample, reads status and Date', async () => {
    const net = fakeNetwork({});
    const samples = await sampleHost(target, opts(net));
    expect(net.calls).toEqual([0, 1, 2, 3].map((i) => `https://seller-us.tiktok.com/?tsd_probe=run1-0-${i}`));
    expect(samples).toHaveLength(4);
    expect(samples.every((s) => s.status === 200 && s.date !== null && s.failure === null)).toBe(true);
    const m = summarizeReach(target, samples);
    expect(m).toMatchObject({ status: 200, samples: 4, okSamples: 4, failure: null, netError: null });
    expect(m.medianMs).not.toBeNull();
  });

  it('keeps a URL query while tagging', () => {
    expect(taggedUrl('https://h.test/generate_204?a=1', 'x')).toBe('https://h.test/generate_204?a=1&tsd_probe=x');
  });

  it('tells DNS from refused by the webRequest error of the tagged request, keeping the raw string', async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'error', netError: 'net::ERR_NAME_NOT_RESOLVED' } });
    const m = summarizeReach(target, await sampleHost(target, opts(net)));
    expect(m).toMatchObject({ status: null, okSamples: 0, failure: 'dns', netError: 'net::ERR_NAME_NOT_RESOLVED' });

    const late = fakeNetwork({
      'seller-us.tiktok.com': { kind: 'error', netError: 'net::ERR_CONNECTION_REFUSED', reportAfterMs: 20 },
    });
    const r = summarizeReach(target, await sampleHost(target, opts(late, { samples: 1 })));
    expect(r).toMatchObject({ failure: 'refused', netError: 'net::ERR_CONNECTION_REFUSED' });
  });

  it('without webRequest a failure is `other`, never a pass', async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'error', netError: 'net::ERR_NAME_NOT_RESOLVED' } });
    const m = summarizeReach(
      target,
      await sampleHost(target, opts(net, { netErrors: new NetErrorLog(undefined, []) })),
    );
    expect(m).toMatchObject({ okSamples: 0, failure: 'other' });
  });

  it('bounds a hanging host by its own timeout and stops sampling it', async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'hang' } });
    const t0 = performance.now();
    const samples = await sampleHost(target, opts(net));
    expect(performance.now() - t0).toBeLessThan(900);
    expect(samples).toHaveLength(1);
    // the ERR_ABORTED our own abort causes is not taken for the cause
    expect(summarizeReach(target, samples)).toMatchObject({ failure: 'timeout', okSamples: 0 });
  });

  it('stops at the run deadline', async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'hang' } });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 30);
    const t0 = performance.now();
    const samples = await sampleHost(target, opts(net, { sampleTimeoutMs: 5000, signal: ctl.signal }));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(samples[0]?.failure).toBe('timeout');
  });

  it('5xx is an HTTP failure, not reachable, and is not asked again (the browser would back off)', async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'ok', status: 503 } });
    const samples = await sampleHost(target, opts(net));
    expect(samples).toHaveLength(1);
    expect(summarizeReach(target, samples)).toMatchObject({ status: 503, okSamples: 0, failure: 'http' });
  });

  it("a failure webRequest never saw, on an observed host, is the browser's 5xx throttle", async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'silent' } });
    const observed = { ...target, observed: true };
    const m = summarizeReach(observed, await sampleHost(observed, opts(net)));
    expect(m).toMatchObject({ okSamples: 0, failure: 'http', netError: THROTTLED });
    expect(renderMessage(reachSummary(m))).toContain('500/503');
    // on a host webRequest cannot see, nothing can be inferred
    const unseen = summarizeReach(target, await sampleHost(target, opts(net)));
    expect(unseen).toMatchObject({ failure: 'other', netError: null });
  });

  it('keeps sampling within the host budget only', async () => {
    const net = fakeNetwork({ 'seller-us.tiktok.com': { kind: 'ok', delayMs: 200 } });
    const samples = await sampleHost(target, opts(net, { hostBudgetMs: 500 }));
    expect(samples.length).toBeLessThan(4);
  });
});

describe('webRequest error log', () => {
  it('unsubscribes when disposed', () => {
    const net = fakeNetwork({});
    const log = new NetErrorLog(net.netErrors, ['https://x/*']);
    expect(net.listenerCount()).toBe(1);
    log.dispose();
    expect(net.listenerCount()).toBe(0);
  });

  it('survives a webRequest that refuses the filter', async () => {
    const log = new NetErrorLog(
      {
        addListener: () => {
          throw new Error('no permission');
        },
        removeListener: () => {},
      },
      ['https://x/*'],
    );
    expect(log.available).toBe(false);
    expect(await log.wait('t')).toBeNull();
  });
});

describe('site storage, measured in the page', () => {
  it('reads usage, quota, caches, databases, workers and local keys from the globals given', async () => {
    const report = await measureSiteStorage(
      {
        origin: 'https://seller-us.tiktok.com',
        navigator: {
          storage: { estimate: async () => ({ usage: 900, quota: 1000 }) },
          serviceWorker: { getRegistrations: async () => [{}, {}] },
        },
        caches: { keys: async () => ['a', 'b', 'c'] },
        indexedDB: { databases: async () => [{}] },
        localStorage: () => ({ length: 7 }),
      },
      42,
    );
    expect(report).toEqual({
      origin: 'https://seller-us.tiktok.com',
      at: 42,
      usage: 900,
      quota: 1000,
      cacheNames: 3,
      indexedDbs: 1,
      serviceWorkers: 2,
      localStorageKeys: 7,
    });
    const m = storageMetrics(report);
    expect(m.ratio).toBe(0.9);
    expect(storageOutcome(m)).toBe('warn');
    expect(renderMessage(storageSummary(m))).toContain('nearly full');
  });

  it('gives null for what is missing or refused, never a failed report', async () => {
    const report = await measureSiteStorage({
      origin: 'https://seller-us.tiktok.com',
      navigator: { storage: { estimate: () => Promise.reject(new Error('denied')) } },
      localStorage: () => {
        throw new DOMException('no', 'SecurityError');
      },
    });
    expect(report).toMatchObject(UNMEASURED);
    expect(storageOutcome(storageMetrics(report))).toBe('skip');
  });

  it('fails near the quota', () => {
    const m = storageMetrics({ ...baseReport, usage: 990, quota: 1000 });
    expect(storageOutcome(m)).toBe('fail');
    expect(storageOutcome(storageMetrics({ ...baseReport, usage: 10, quota: 1000 }))).toBe('pass');
  });
});

const baseReport = {
  origin: 'https://seller-us.tiktok.com',
  at: 1,
  usage: 0,
  quota: 0,
  cacheNames: 0,
  indexedDbs: 0,
  serviceWorkers: 0,
  localStorageKeys: 0,
};
