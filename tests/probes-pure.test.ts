import { describe, expect, it } from 'vitest';
import { browserMetrics, browserOutcome, detectBrowser } from '@/utils/background/probes/browser-info';
import {
  CLOCK_WINDOW,
  clockMetrics,
  clockOutcome,
  clockSummary,
  pickClockSample,
  skewSeconds,
} from '@/utils/background/probes/clock';
import { cookieHeaderBytes, cookieOutcome, cookieSummary } from '@/utils/background/probes/cookies';
import { classifyFailure, failureKindOfNetError, probeTagOf } from '@/utils/background/probes/net-errors';
import { onlineMetrics, onlineOutcome } from '@/utils/background/probes/online';
import { regionMatch, regionMetrics, regionOutcome } from '@/utils/background/probes/region';
import { jitter, latencyStats, median } from '@/utils/background/probes/stats';
import { learnSellerHosts, reachTargets, usableControlUrls } from '@/utils/background/probes/targets';
import { renderMessage } from '@/utils/diagnosis/render';
import { BROWSER_MINIMUMS } from '@/utils/facts/browser-support';

describe('latency statistics', () => {
  it('median of odd and even counts, null when empty', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });

  it('jitter is the mean absolute difference of consecutive samples', () => {
    expect(jitter([100, 120, 90, 90])).toBeCloseTo((20 + 30 + 0) / 3);
    expect(jitter([5])).toBeNull();
  });

  it('leaves the connection set-up sample out when at least two others remain', () => {
    expect(latencyStats([900, 100, 110, 120])).toEqual({ medianMs: 110, jitterMs: 10 });
    expect(latencyStats([900, 100])).toEqual({ medianMs: 500, jitterMs: 800 });
    expect(latencyStats([])).toEqual({ medianMs: null, jitterMs: null });
  });
});

describe('failure kinds from net::ERR_* strings', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'dns'],
    ['net::ERR_NAME_RESOLUTION_FAILED', 'dns'],
    ['net::ERR_DNS_TIMED_OUT', 'dns'],
    ['net::ERR_CONNECTION_REFUSED', 'refused'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout'],
    ['net::ERR_TIMED_OUT', 'timeout'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'blocked'],
    ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'blocked'],
    ['net::ERR_CONNECTION_RESET', 'blocked'],
    ['NS_ERROR_UNKNOWN_HOST', 'dns'],
    ['NS_ERROR_CONNECTION_REFUSED', 'refused'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'tls'],
    ['net::ERR_SOMETHING_NEW', 'other'],
  ] as const)('%s is %s', (raw, kind) => {
    expect(failureKindOfNetError(raw)).toBe(kind);
  });

  it("the probe's own timeout wins over the ERR_ABORTED it causes", () => {
    expect(classifyFailure({ timedOut: true, netError: 'net::ERR_ABORTED' })).toBe('timeout');
    expect(classifyFailure({ timedOut: false, netError: 'net::ERR_NAME_NOT_RESOLVED' })).toBe('dns');
    expect(classifyFailure({ timedOut: false, netError: null })).toBe('other');
  });

  it('reads the probe tag back from a URL', () => {
    expect(probeTagOf('https://seller-us.tiktok.com/?tsd_probe=ab-1-2')).toBe('ab-1-2');
    expect(probeTagOf('https://seller-us.tiktok.com/')).toBeNull();
    expect(probeTagOf('not a url')).toBeNull();
  });
});

describe('clock skew', () => {
  const at = Date.parse('2026-05-01T12:00:00Z');
  const sample = (offsetMs: number, rtt = 200, date = new Date(at - offsetMs).toUTCString()) => ({
    startedAt: at - rtt / 2,
    endedAt: at + rtt / 2,
    date,
  });

  it('is local minus server, corrected to the round-trip midpoint and the header resolution', () => {
    // server stamped 12:00:00 (truncated) at our midpoint 12:00:00: it was on average half a second past
    expect(skewSeconds(sample(0))).toBeCloseTo(-0.5);
    expect(skewSeconds(sample(11 * 60_000))).toBeCloseTo(659.5);
    expect(skewSeconds({ startedAt: at, endedAt: at, date: null })).toBeNull();
    expect(skewSeconds({ startedAt: at, endedAt: at, date: 'garbage' })).toBeNull();
  });

  it("flags more than 30 s ahead or 5 min behind TikTok's clock", () => {
    // the server said `at`; our midpoint is `skew` seconds (plus the half second of truncation) later
    const m = (skew: number) => {
      const mid = at + 500 + skew * 1000;
      const date = new Date(at).toUTCString();
      const row = {
        host: 'open-api.tiktokglobalshop.com',
        role: 'api' as const,
        status: 200,
        ms: 200,
        failure: null,
        netError: null,
      };
      return clockMetrics({ ...row, startedAt: mid - 100, endedAt: mid + 100, date });
    };
    expect(m(0)).toMatchObject({ skewSeconds: 0, outsideWindow: false, rttMs: 200 });
    expect(clockOutcome(m(0))).toBe('pass');
    expect(clockOutcome(m(29))).toBe('warn');
    expect(m(CLOCK_WINDOW.aheadSeconds + 2).outsideWindow).toBe(true);
    expect(clockOutcome(m(-299))).toBe('warn');
    expect(m(-(CLOCK_WINDOW.behindSeconds + 2)).outsideWindow).toBe(true);
    const behind = m(-660);
    expect(behind).toMatchObject({ skewSeconds: -660, outsideWindow: true });
    expect(clockOutcome(behind)).toBe('fail');
    expect(renderMessage(clockSummary(behind))).toContain('660 s (11 min) behind');
  });

  it('prefers the API host, then the shortest round trip, and never a control host', () => {
    const base = { status: 200, ms: 1, failure: null, netError: null, date: new Date(at).toUTCString() };
    const picked = pickClockSample([
      { ...base, host: 'www.gstatic.com', role: 'control', startedAt: at, endedAt: at + 1 },
      { ...base, host: 'seller-us.tiktok.com', role: 'seller', startedAt: at, endedAt: at + 5 },
      { ...base, host: 'open-api.tiktokglobalshop.com', role: 'api', startedAt: at, endedAt: at + 90 },
      { ...base, host: 'auth.tiktok-shops.com', role: 'api', startedAt: at, endedAt: at + 40 },
    ]);
    expect(picked?.host).toBe('auth.tiktok-shops.com');
    expect(
      pickClockSample([{ ...base, host: 'www.gstatic.com', role: 'control', startedAt: at, endedAt: at }]),
    ).toBeUndefined();
  });
});

describe('cookie bytes', () => {
  it('sums name=value pairs joined by "; " in UTF-8 bytes, as the Cookie header would be', () => {
    expect(cookieHeaderBytes([])).toBe(0);
    expect(cookieHeaderBytes([{ name: 'a', value: '1' }])).toBe('a=1'.length);
    expect(
      cookieHeaderBytes([
        { name: 'a', value: '1' },
        { name: 'bb', value: '22' },
      ]),
    ).toBe('a=1; bb=22'.length);
    expect(cookieHeaderBytes([{ name: 'é', value: '€' }])).toBe(2 + 1 + 3);
    expect(cookieHeaderBytes([{ name: '', value: 'v' }])).toBe(1);
  });

  it('warns above 6 KB and fails above 8 KB', () => {
    const m = (bytes: number) => ({ host: 'seller-us.tiktok.com', bytes, count: 3 });
    expect(cookieOutcome(m(6 * 1024))).toBe('pass');
    expect(cookieOutcome(m(6 * 1024 + 1))).toBe('warn');
    expect(cookieOutcome(m(8 * 1024))).toBe('warn');
    expect(cookieOutcome(m(8 * 1024 + 1))).toBe('fail');
    expect(renderMessage(cookieSummary(m(12 * 1024)))).toContain('12 KB');
  });
});

describe('online', () => {
  it('trusts an offline flag only when no host answered', () => {
    const off = onlineMetrics({ onLine: false });
    expect(off).toEqual({ online: false, effectiveType: null, rttMs: null, downlinkMbps: null });
    expect(onlineOutcome(off, false)).toBe('fail');
    expect(onlineOutcome(off, true)).toBe('pass');
    const slow = onlineMetrics({ onLine: true, connection: { effectiveType: '2g', rtt: 1800, downlink: 0.2 } });
    expect(slow).toEqual({ online: true, effectiveType: '2g', rttMs: 1800, downlinkMbps: 0.2 });
    expect(onlineOutcome(slow, true)).toBe('warn');
    expect(onlineOutcome(onlineMetrics({ onLine: true, connection: { effectiveType: '4g' } }), true)).toBe('pass');
  });
});

describe('browser version', () => {
  const CHROME_UA =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  it('prefers client-hint brands and skips GREASE brands', () => {
    expect(
      detectBrowser({
        userAgent: CHROME_UA,
        userAgentData: {
          brands: [
            { brand: 'Not A(Brand', version: '99' },
            { brand: 'Chromium', version: '131' },
            { brand: 'Microsoft Edge', version: '131' },
          ],
        },
      }),
    ).toEqual({ name: 'Edge', major: 131 });
  });

  it.each([
    [CHROME_UA, 'Chrome', 131],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox', 128],
    [`${CHROME_UA} OPR/115.0.0.0`, 'Opera', 115],
    [`${CHROME_UA} Edg/131.0.0.0`, 'Edge', 131],
    ['curl/8', 'unknown', 0],
  ] as const)('%s', (ua, name, major) => {
    expect(detectBrowser({ userAgent: ua })).toEqual({ name, major });
  });

  it('fails below the minimum kept as data with its source', () => {
    for (const row of BROWSER_MINIMUMS) expect(row.source.length).toBeGreaterThan(10);
    const old = browserMetrics({ userAgent: CHROME_UA.replace('131', '100') }, '0.1.0');
    expect(old).toEqual({ name: 'Chrome', major: 100, minimum: 109, extensionVersion: '0.1.0' });
    expect(browserOutcome(old)).toBe('fail');
    expect(browserOutcome(browserMetrics({ userAgent: CHROME_UA }, '0.1.0'))).toBe('pass');
    expect(browserOutcome(browserMetrics({ userAgent: 'curl/8' }, '0.1.0'))).toBe('skip');
  });
});

describe('region', () => {
  it('matches the market by time zone or locale region', () => {
    expect(regionMatch('US', 'America/Chicago', 'fr-FR')).toBe(true);
    expect(regionMatch('US', 'America/Indiana/Indianapolis', 'en')).toBe(true);
    expect(regionMatch('US', 'UTC', 'en-US')).toBe(true);
    expect(regionMatch('UK', 'Europe/London', 'en')).toBe(true);
    expect(regionMatch('UK', 'Asia/Tokyo', 'en-GB')).toBe(true);
    expect(regionMatch('US', 'Asia/Jakarta', 'id-ID')).toBe(false);
    expect(regionMatch('ID', 'Asia/Jakarta', 'id-ID')).toBe(true);
    expect(regionMatch('GLOBAL', 'Asia/Jakarta', 'id-ID')).toBeNull();
  });

  it('a mismatch is at most a warning, an unknown market a skip', () => {
    expect(regionOutcome(regionMetrics('seller-us.tiktok.com', 'US', 'Asia/Jakarta', 'id-ID'))).toBe('warn');
    expect(regionOutcome(regionMetrics('seller-us.tiktok.com', 'US', 'America/New_York', 'en-US'))).toBe('pass');
    expect(regionOutcome(regionMetrics('seller.tiktokglobalshop.com', 'GLOBAL', 'UTC', 'en'))).toBe('skip');
  });
});

describe('targets', () => {
  it('learns seller hosts from tabs first, then events, US by default', () => {
    expect(learnSellerHosts([], [])).toEqual(['seller-us.tiktok.com']);
    expect(
      learnSellerHosts(
        ['https://seller-uk.tiktok.com/homepage', 'https://example.com/', 'bad url'],
        ['seller-id.tiktok.com', 'www.tiktok.com', 'seller-uk.tiktok.com'],
      ),
    ).toEqual(['seller-uk.tiktok.com', 'seller-id.tiktok.com']);
  });

  it('keeps https control URLs, falls back to the defaults', () => {
    expect(usableControlUrls(['http://x.test/', 'nope', 3])).toEqual([
      'https://www.gstatic.com/generate_204',
      'https://cp.cloudflare.com/generate_204',
    ]);
    expect(usableControlUrls(['https://ctl.example/ok'])).toEqual(['https://ctl.example/ok']);
  });

  it('measures the seller host, both global hosts and every control host', () => {
    const t = reachTargets('seller-us.tiktok.com', ['https://www.gstatic.com/generate_204']);
    expect(t.map((x) => [x.host, x.role])).toEqual([
      ['seller-us.tiktok.com', 'seller'],
      ['open-api.tiktokglobalshop.com', 'api'],
      ['auth.tiktok-shops.com', 'api'],
      ['www.gstatic.com', 'control'],
    ]);
  });
});
