import { describe, expect, it } from 'vitest';
import type { FailureKind, HostRole, ProbeMetrics } from '@/utils/background/probes/metrics';
import { reachOutcome, reachSummary, THROTTLED } from '@/utils/background/probes/reach';
import { connectivityVerdict, verdictOutcome, verdictSummary } from '@/utils/background/probes/verdict';
import { renderMessage } from '@/utils/diagnosis/render';

type Reach = ProbeMetrics['reach'];

const up = (host: string, role: HostRole, over: Partial<Reach> = {}): Reach => ({
  host,
  role,
  status: role === 'control' ? 204 : 200,
  samples: 4,
  okSamples: 4,
  medianMs: 40,
  jitterMs: 5,
  failure: null,
  netError: null,
  ...over,
});
const down = (
  host: string,
  role: HostRole,
  failure: FailureKind,
  netError: string | null,
  status: number | null = null,
) =>
  up(host, role, {
    status,
    okSamples: 0,
    samples: failure === 'timeout' ? 1 : 4,
    medianMs: null,
    jitterMs: null,
    failure,
    netError,
  });

const SELLER = 'seller-us.tiktok.com';
const API = 'open-api.tiktokglobalshop.com';
const AUTH = 'auth.tiktok-shops.com';
const tiktok = (f: (host: string, role: HostRole) => Reach) => [f(SELLER, 'seller'), f(API, 'api'), f(AUTH, 'api')];
const controls = (f: (host: string, role: HostRole) => Reach) => [
  f('www.gstatic.com', 'control'),
  f('cp.cloudflare.com', 'control'),
];

describe('connectivity verdict', () => {
  it('ok when everything answers quickly', () => {
    const rows = [...tiktok(up), ...controls(up)];
    const v = connectivityVerdict(rows);
    expect(v).toEqual({ verdict: 'ok', failingTikTokHosts: 0, controlOk: true });
    expect(verdictOutcome(v)).toBe('pass');
    expect(rows.map((r) => reachOutcome(r))).toEqual(Array(5).fill('pass'));
  });

  it('offline when the control hosts fail too', () => {
    const dns = (h: string, r: HostRole) => down(h, r, 'dns', 'net::ERR_NAME_NOT_RESOLVED');
    const v = connectivityVerdict([...tiktok(dns), ...controls(dns)]);
    expect(v).toEqual({ verdict: 'offline', failingTikTokHosts: 3, controlOk: false });
    expect(verdictOutcome(v)).toBe('fail');
    expect(renderMessage(verdictSummary(v, []))).toMatch(/^Offline/);
  });

  it('offline when everything times out', () => {
    const t = (h: string, r: HostRole) => down(h, r, 'timeout', null);
    expect(connectivityVerdict([...tiktok(t), ...controls(t)]).verdict).toBe('offline');
  });

  it.each([
    ['dns', 'net::ERR_NAME_NOT_RESOLVED'],
    ['refused', 'net::ERR_CONNECTION_REFUSED'],
    ['tls', 'net::ERR_CERT_AUTHORITY_INVALID'],
    ['blocked', 'net::ERR_BLOCKED_BY_ADMINISTRATOR'],
  ] as const)('tiktok-unreachable when TikTok fails by %s while a control host answers', (kind, raw) => {
    const rows = [
      ...tiktok((h, r) => down(h, r, kind, raw)),
      up('www.gstatic.com', 'control'),
      down('cp.cloudflare.com', 'control', 'dns', raw),
    ];
    const v = connectivityVerdict(rows);
    expect(v).toEqual({ verdict: 'tiktok-unreachable', failingTikTokHosts: 3, controlOk: true });
    expect(verdictOutcome(v)).toBe('fail');
    expect(renderMessage(verdictSummary(v, rows))).toContain(raw);
  });

  it('tiktok-unreachable when only the seller host does not resolve', () => {
    const rows = [
      down(SELLER, 'seller', 'dns', 'net::ERR_NAME_NOT_RESOLVED'),
      up(API, 'api'),
      up(AUTH, 'api'),
      ...controls(up),
    ];
    expect(connectivityVerdict(rows)).toMatchObject({ verdict: 'tiktok-unreachable', failingTikTokHosts: 1 });
  });

  it('platform when TikTok answers 5xx while the control host answers', () => {
    const rows = [...tiktok((h, r) => down(h, r, 'http', null, 503)), ...controls(up)];
    const v = connectivityVerdict(rows);
    expect(v).toEqual({ verdict: 'platform', failingTikTokHosts: 3, controlOk: true });
    expect(verdictOutcome(v)).toBe('fail');
    expect(renderMessage(verdictSummary(v, rows))).toContain('HTTP 503');
    expect(renderMessage(reachSummary(rows[0] as Reach))).toContain('HTTP 503');
  });

  it('platform when the browser holds TikTok requests back after 5xx answers', () => {
    const rows = [...tiktok((h, r) => down(h, r, 'http', THROTTLED)), ...controls(up)];
    expect(connectivityVerdict(rows).verdict).toBe('platform');
  });

  it('platform when TikTok times out while the control host answers', () => {
    const rows = [...tiktok((h, r) => down(h, r, 'timeout', null)), ...controls(up)];
    expect(connectivityVerdict(rows).verdict).toBe('platform');
  });

  it('slow when the median latency is high', () => {
    const v = connectivityVerdict([...tiktok((h, r) => up(h, r, { medianMs: 1800 })), ...controls(up)]);
    expect(v.verdict).toBe('slow');
    expect(verdictOutcome(v)).toBe('warn');
  });

  it('unstable when some attempts fail or latency varies a lot', () => {
    const lossy = [
      up(SELLER, 'seller', { okSamples: 2, failure: 'timeout' }),
      up(API, 'api'),
      up(AUTH, 'api'),
      ...controls(up),
    ];
    expect(connectivityVerdict(lossy).verdict).toBe('unstable');
    expect(reachOutcome(lossy[0] as Reach)).toBe('warn');
    const jittery = [...tiktok((h, r) => up(h, r, { jitterMs: 600, medianMs: 400 })), ...controls(up)];
    const v = connectivityVerdict(jittery);
    expect(v.verdict).toBe('unstable');
    expect(verdictOutcome(v)).toBe('warn');
  });

  it('a failing control host alone is no alarm', () => {
    const rows = [...tiktok(up), ...controls((h, r) => down(h, r, 'dns', 'net::ERR_NAME_NOT_RESOLVED'))];
    expect(connectivityVerdict(rows)).toEqual({ verdict: 'ok', failingTikTokHosts: 0, controlOk: false });
    expect(reachOutcome(rows[3] as Reach)).toBe('warn');
  });

  it('an unmeasured host (deadline) counts for nothing and is skipped', () => {
    const rows = [
      ...tiktok(up),
      up('www.gstatic.com', 'control', { samples: 0, okSamples: 0 }),
      up('cp.cloudflare.com', 'control'),
    ];
    expect(connectivityVerdict(rows).verdict).toBe('ok');
    expect(reachOutcome(rows[3] as Reach)).toBe('skip');
  });
});
