/** Realistic history rows for the bundle tests: event groups, failed/slow requests, probes, sessions, clears. */
import type { BundleData, Environment } from '@/utils/bundle';
import type { ClearRecord, EventGroup, EventKind, ProbeResult, RequestRecord, TroubleSession } from '@/utils/model';

export const NOW = Date.parse('2025-06-01T12:00:00.000Z');
export const REQUEST_ID = '20250601115900010203040506ABCDEF12';

const KINDS: EventKind[] = [
  'http-error',
  'api-error',
  'network-failure',
  'slow-api',
  'js-error',
  'toast',
  'console-error',
];

export function eventGroup(i: number, over: Partial<EventGroup['sample']> = {}): EventGroup {
  const kind = over.kind ?? KINDS[i % KINDS.length] ?? 'http-error';
  const at = NOW - (i + 1) * 1_000;
  return {
    fingerprint: `${kind}:fp${i.toString(36)}`,
    kind,
    count: 1 + (i % 17),
    firstAt: at - 60_000,
    lastAt: at,
    sample: {
      kind,
      at,
      source: 'page',
      pageHost: 'seller-us.tiktok.com',
      url: `https://seller-us.tiktok.com/api/v1/product/local/products/${100000 + i}/list?page=${i % 9}&shop_cipher=GCP_XF90`,
      method: 'GET',
      status: kind === 'http-error' ? 503 : kind === 'api-error' ? 200 : undefined,
      code: kind === 'api-error' ? 36009004 : undefined,
      message: kind === 'js-error' ? `TypeError: cannot read properties of undefined (reading 'sku_${i}')` : undefined,
      requestId: kind === 'api-error' ? REQUEST_ID : undefined,
      durationMs: kind === 'slow-api' ? 2_400 : 120,
      ...over,
    },
    requestIds: kind === 'api-error' ? [REQUEST_ID] : [],
  };
}

export function requestRecord(i: number, over: Partial<RequestRecord> = {}): RequestRecord {
  const failed = i % 3 === 0;
  return {
    id: i + 1,
    at: NOW - (i + 1) * 2_000,
    method: i % 4 === 0 ? 'POST' : 'GET',
    url: `https://seller-us.tiktok.com/api/v2/order/list?page=${i}&page_size=20&shop_cipher=GCP_XF90`,
    status: failed ? 0 : i % 3 === 1 ? 502 : 200,
    durationMs: failed ? 5_000 : 900 + (i % 50),
    netError: failed ? 'net::ERR_NAME_NOT_RESOLVED' : undefined,
    code: i % 3 === 2 ? 36009003 : undefined,
    message: i % 3 === 2 ? 'Internal error, please retry' : undefined,
    requestId: failed ? undefined : REQUEST_ID,
    pageHost: 'seller-us.tiktok.com',
    mimeType: failed ? undefined : 'application/json',
    source: failed ? 'webrequest' : 'page',
    ...over,
  };
}

export function probe(i: number, over: Partial<ProbeResult> = {}): ProbeResult {
  return {
    id: i + 1,
    runId: `run-${Math.floor(i / 9)}`,
    at: NOW - i * 60_000,
    probe: 'reach',
    target: 'seller-us.tiktok.com',
    outcome: i % 5 === 0 ? 'fail' : 'pass',
    message: {
      key: 'probe.reach.ok',
      params: {
        host: 'seller-us.tiktok.com',
        status: '200',
        latency: { key: 'probe.reach.median', params: { ms: 80 + i } },
        ok: 3,
        samples: 3,
      },
    },
    metrics: { host: 'seller-us.tiktok.com', role: 'seller', status: 200, samples: 3, okSamples: 3, medianMs: 80 + i },
    ...over,
  };
}

export const clockProbe: ProbeResult = {
  runId: 'run-0',
  at: NOW - 30_000,
  probe: 'clock',
  target: 'open-api.tiktokglobalshop.com',
  outcome: 'warn',
  message: {
    key: 'probe.clock.aheadOutside',
    params: {
      host: 'open-api.tiktokglobalshop.com',
      skew: { key: 'probe.clock.skew', params: { count: 42 } },
      ahead: 30,
      behind: 5,
    },
  },
  metrics: { host: 'open-api.tiktokglobalshop.com', skewSeconds: 42, rttMs: 90, outsideWindow: true },
};

export function session(i: number, over: Partial<TroubleSession> = {}): TroubleSession {
  return {
    id: i + 1,
    startedAt: NOW - 3_600_000 - i * 1_000,
    updatedAt: NOW - 3_000_000 - i * 1_000,
    topCause: 'connectivity',
    answers: [{ questionId: 'vpn', answer: 'no', at: NOW - 3_500_000 }],
    steps: [{ stepId: 'restart-router', at: NOW - 3_400_000, note: 'Restarted the router' }],
    outcome: 'escalated',
    ...over,
  };
}

export function clear(i: number, over: Partial<ClearRecord> = {}): ClearRecord {
  return {
    id: i + 1,
    at: NOW - 1_800_000 - i * 1_000,
    ok: true,
    origins: ['https://seller-us.tiktok.com'],
    includeCookies: false,
    dataTypes: ['cache', 'serviceWorkers'],
    durationMs: 850,
    ...over,
  };
}

export function bundleData(events: number, requests: number): BundleData {
  const data: BundleData = {
    events: Array.from({ length: events }, (_, i) => eventGroup(i)),
    requests: Array.from({ length: requests }, (_, i) => requestRecord(i)),
    probes: [clockProbe, ...Array.from({ length: 18 }, (_, i) => probe(i))],
    probeRuns: [{ runId: 'run-0', startedAt: NOW - 40_000, finishedAt: NOW - 38_000, trigger: 'manual' }],
    sessions: [session(0)],
    clears: [clear(0)],
    totals: { events, requests, probes: 19, probeRuns: 1, sessions: 1, clears: 1 },
  };
  return data;
}

export const environment: Environment = {
  browser: 'Chrome',
  version: '126.0.6478.126',
  os: 'Windows 11',
  locale: 'en-US',
  languages: ['en-US', 'en'],
  timeZone: 'America/Los_Angeles',
  clockSkewSeconds: 42,
  clockSkewHost: 'open-api.tiktokglobalshop.com',
  clockSkewMeasuredAt: new Date(NOW - 30_000).toISOString(),
  clockOutsideWindow: true,
  online: true,
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  extensionVersion: '0.1.0',
};
