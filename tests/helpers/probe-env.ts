/** A small fake network for probe tests: per-host behaviours, tagged webRequest errors, an abortable hang. */

import type { NetErrorSource } from '@/utils/background/probes/net-errors';
import type { ProbeEnv } from '@/utils/background/probes/run';
import type { SiteStorageReport } from '@/utils/model';

export type HostBehaviour =
  | { kind: 'ok'; status?: number; delayMs?: number; dateOffsetMs?: number }
  | { kind: 'error'; netError: string; delayMs?: number; reportAfterMs?: number }
  | { kind: 'hang' }
  /** fails before the network, unseen by webRequest (Chromium's extension request throttle) */
  | { kind: 'silent' };

export function fakeNetwork(behaviours: Record<string, HostBehaviour>, fallback: HostBehaviour = { kind: 'ok' }) {
  const listeners = new Set<(d: { url: string; error: string }) => void>();
  const netErrors: NetErrorSource = {
    addListener: (cb) => listeners.add(cb),
    removeListener: (cb) => listeners.delete(cb),
  };
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    const host = new URL(url).hostname;
    const b = behaviours[host] ?? fallback;
    const signal = init?.signal ?? undefined;
    const wait = (ms: number) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const t = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
          clearTimeout(t);
          // Chrome reports the abort through webRequest too; the probe must not take it for the cause.
          for (const l of listeners) l({ url, error: 'net::ERR_ABORTED' });
          reject(signal.reason);
        });
      });
    if (b.kind === 'silent') throw new TypeError('Failed to fetch');
    if (b.kind === 'hang') {
      await wait(1e9);
      throw new Error('unreachable');
    }
    await wait(b.delayMs ?? 0);
    if (b.kind === 'error') {
      const report = () => {
        for (const l of listeners) l({ url, error: b.netError });
      };
      if (b.reportAfterMs) setTimeout(report, b.reportAfterMs);
      else report();
      throw new TypeError('Failed to fetch');
    }
    const date = new Date(Date.now() + (b.dateOffsetMs ?? 0)).toUTCString();
    return new Response(b.status === 204 ? null : 'ok', { status: b.status ?? 200, headers: { date } });
  }) as typeof globalThis.fetch;
  return { fetch, netErrors, calls, listenerCount: () => listeners.size };
}

export const storageReport = (origin: string, usage: number, quota: number): SiteStorageReport => ({
  origin,
  at: Date.now(),
  usage,
  quota,
  cacheNames: 2,
  indexedDbs: 3,
  serviceWorkers: 1,
  localStorageKeys: 4,
});

export function fakeEnv(over: Partial<ProbeEnv> & Pick<ProbeEnv, 'fetch'>): ProbeEnv {
  return {
    navigator: {
      onLine: true,
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      language: 'en-US',
      connection: { effectiveType: '4g', rtt: 50, downlink: 10 },
    },
    timeZone: 'America/New_York',
    extensionVersion: '0.1.0',
    controlUrls: async () => null,
    sellerTabs: async () => [{ id: 1, url: 'https://seller-us.tiktok.com/homepage' }],
    recentSellerHosts: async () => [],
    cookies: async () => [{ name: 'sessionid', value: 'x'.repeat(40) }],
    measureStorage: async () => storageReport('https://seller-us.tiktok.com', 5e6, 1e9),
    ...over,
  };
}
