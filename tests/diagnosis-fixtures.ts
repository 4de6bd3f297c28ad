/** Builders for diagnosis tests: event groups and probe results relative to a fixed "now". */

import type { ProbeMetrics } from '@/utils/background/probes/metrics';
import type { EventGroup, ObservedEvent, ProbeOutcome, ProbeResult } from '@/utils/model';

export const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
export const MIN = 60_000;
export const HOST = 'seller-us.tiktok.com';

let seq = 0;

export interface EvOpts {
  count?: number;
  /** minutes since the last sighting */
  ageMin?: number;
  /** minutes the group spans */
  spanMin?: number;
  requestIds?: string[];
}

export function ev(kind: ObservedEvent['kind'], sample: Partial<ObservedEvent> = {}, o: EvOpts = {}): EventGroup {
  const lastAt = NOW - (o.ageMin ?? 2) * MIN;
  const firstAt = lastAt - (o.spanMin ?? 3) * MIN;
  return {
    fingerprint: `${kind}|${sample.url ?? ''}|${sample.status ?? ''}|${sample.code ?? ''}|${sample.message ?? ''}|${++seq}`,
    kind,
    count: o.count ?? 1,
    firstAt,
    lastAt,
    requestIds: o.requestIds ?? [],
    sample: { kind, at: lastAt, source: 'page', pageHost: HOST, ...sample },
  };
}

export const api = (path: string) => `https://${HOST}/api/v1/${path}`;

/** HTTP status on n distinct endpoints */
export function httpOn(n: number, status: number, extra: Partial<ObservedEvent> = {}, o: EvOpts = {}): EventGroup[] {
  return Array.from({ length: n }, (_, i) => ev('http-error', { url: api(`e${i}`), status, ...extra }, o));
}

export function codeOn(code: number, extra: Partial<ObservedEvent> = {}, o: EvOpts = {}): EventGroup {
  return ev('api-error', { url: api(`c${code}`), status: 200, code, ...extra }, o);
}

export function probe<K extends keyof ProbeMetrics>(
  kind: K,
  metrics: ProbeMetrics[K],
  outcome: ProbeOutcome = 'pass',
  ageMin = 1,
  target?: string,
): ProbeResult {
  return {
    runId: 'run-1',
    at: NOW - ageMin * MIN,
    probe: kind,
    outcome,
    message: { key: 'probe.legacy' },
    metrics,
    target,
  };
}

export const reach = (
  host: string,
  role: ProbeMetrics['reach']['role'],
  ok: boolean,
  extra: Partial<ProbeMetrics['reach']> = {},
  ageMin = 1,
) =>
  probe(
    'reach',
    {
      host,
      role,
      status: ok ? 200 : null,
      samples: 3,
      okSamples: ok ? 3 : 0,
      medianMs: ok ? 120 : null,
      jitterMs: ok ? 10 : null,
      failure: ok ? null : 'other',
      netError: null,
      ...extra,
    },
    ok ? 'pass' : 'fail',
    ageMin,
    host,
  );

export const verdict = (
  v: ProbeMetrics['connectivity-verdict']['verdict'],
  controlOk = true,
  failing = 0,
  ageMin = 1,
) =>
  probe(
    'connectivity-verdict',
    { verdict: v, controlOk, failingTikTokHosts: failing },
    v === 'ok' ? 'pass' : 'fail',
    ageMin,
  );

/** A full healthy probe run: every probe passes. */
export function healthyRun(ageMin = 1): ProbeResult[] {
  return [
    reach(HOST, 'seller', true, {}, ageMin),
    reach('open-api.tiktokglobalshop.com', 'api', true, {}, ageMin),
    reach('www.gstatic.com', 'control', true, {}, ageMin),
    verdict('ok', true, 0, ageMin),
    probe('clock', { host: HOST, skewSeconds: 1.2, rttMs: 80, outsideWindow: false }, 'pass', ageMin),
    probe('online', { online: true, effectiveType: '4g', rttMs: 50, downlinkMbps: 10 }, 'pass', ageMin),
    probe('cookies', { host: HOST, bytes: 2100, count: 14 }, 'pass', ageMin, HOST),
    probe(
      'storage',
      {
        origin: `https://${HOST}`,
        usage: 5e6,
        quota: 1e9,
        ratio: 0.005,
        cacheNames: 1,
        indexedDbs: 2,
        serviceWorkers: 1,
      },
      'pass',
      ageMin,
      `https://${HOST}`,
    ),
    probe('browser', { name: 'Chrome', major: 131, minimum: 110, extensionVersion: '0.1.0' }, 'pass', ageMin),
    probe(
      'region',
      { host: HOST, market: 'US', timeZone: 'America/New_York', locale: 'en-US', match: true },
      'pass',
      ageMin,
    ),
  ];
}

/** Replace the probes of a healthy run with the given ones (same kind and target). */
export function withProbes(...over: ProbeResult[]): ProbeResult[] {
  const key = (p: ProbeResult) => `${p.probe}|${p.target ?? ''}`;
  const keys = new Set(over.map(key));
  return [...healthyRun().filter((p) => !keys.has(key(p))), ...over];
}
