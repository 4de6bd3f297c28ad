/** The engine as a whole: healthy shops, ageing, ranking, determinism, answers. */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose, signalsOf } from '@/utils/diagnosis';
import { recency, whenPhrase } from '@/utils/diagnosis/age';
import { codeInfo, isKnownCode } from '@/utils/diagnosis/codes';
import { renderMessage, whyText } from '@/utils/diagnosis/render';
import { SIGNALS } from '@/utils/diagnosis/signals';
import { ERROR_CATALOG, lookupCode } from '@/utils/facts/error-catalog';
import { CAUSE_IDS, type CauseStatus } from '@/utils/model';
import { codeOn, ev, HOST, healthyRun, httpOn, MIN, NOW, probe, withProbes } from './diagnosis-fixtures';

const HOUR = 60 * MIN;
const statusOf = (d: ReturnType<typeof diagnose>, id: string) => d.causes.find((c) => c.id === id)?.status;

describe('a healthy shop', () => {
  it('has nothing likely or possible, and is clear where a probe checked', () => {
    const d = diagnose(CAUSES, [], healthyRun(), [], NOW);
    expect(d.healthy).toBe(true);
    const by = Object.fromEntries(d.causes.map((c) => [c.id, c.status]));
    expect(by).toEqual({
      connectivity: 'clear',
      platform: 'clear',
      'app-version': 'clear',
      geo: 'clear',
      cache: 'clear',
      policy: 'unknown',
      payment: 'unknown',
      listing: 'unknown',
      account: 'unknown',
    });
  });

  it('stays healthy with everyday noise', () => {
    const noise = [
      ev(
        'network-failure',
        { url: `https://${HOST}/api/track`, status: 0, netError: 'net::ERR_ABORTED' },
        { count: 30 },
      ),
      ev('js-error', { message: "TypeError: Cannot read properties of undefined (reading 'x')" }),
      ev('slow-api', { url: `https://${HOST}/api/v1/orders/list`, apiKind: 'orders', durationMs: 1100 }),
    ];
    const probes = withProbes(
      probe('region', { host: HOST, market: 'US', timeZone: 'Europe/Berlin', locale: 'de-DE', match: false }, 'warn'),
    );
    const d = diagnose(CAUSES, noise, probes, [], NOW);
    expect(d.causes.filter((c) => c.status === 'likely' || c.status === 'possible')).toEqual([]);
    expect(d.healthy).toBe(true);
  });

  it('is unknown everywhere with no data at all', () => {
    const d = diagnose(CAUSES, [], [], [], NOW);
    expect(d.healthy).toBe(true);
    expect(new Set(d.causes.map((c) => c.status))).toEqual(new Set(['unknown']));
    for (const c of d.causes) expect(whyText(c).length).toBeGreaterThan(10);
  });
});

describe('structure', () => {
  it('lists all nine causes once, ranked likely, possible, unknown, clear', () => {
    const events = [codeOn(36009044), ...httpOn(1, 500)];
    const d = diagnose(CAUSES, events, healthyRun(), [], NOW);
    expect(d.causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
    const rank: Record<CauseStatus, number> = { likely: 0, possible: 1, unknown: 2, clear: 3 };
    const ranks = d.causes.map((c) => rank[c.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(d.causes[0]).toMatchObject({ id: 'account', status: 'likely' });
    expect(d.causes[1]).toMatchObject({ id: 'platform', status: 'possible' });
  });

  it('orders evidence by weight and gives every likely or possible cause a why with numbers', () => {
    const d = diagnose(CAUSES, [...httpOn(3, 503), codeOn(36009003)], healthyRun(), [], NOW);
    const p = d.causes[0];
    expect(p?.id).toBe('platform');
    const weights = p?.evidence.map((e) => e.weight) ?? [];
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(p && whyText(p)).toMatch(/\d/);
    expect(p && whyText(p)).toMatch(/\(\+1 more\)$/);
  });

  it('is deterministic and independent of input order', () => {
    const events = [
      codeOn(12052931),
      ...httpOn(3, 503),
      ev('js-error', { message: 'ChunkLoadError: Loading chunk 9 failed' }),
    ];
    const probes = healthyRun();
    const a = diagnose(CAUSES, events, probes, [], NOW);
    const b = diagnose(CAUSES, [...events].reverse(), [...probes].reverse(), [], NOW);
    expect(b).toEqual(a);
    expect(diagnose(CAUSES, events, probes, [], NOW)).toEqual(a);
  });

  it('exposes signals for the guided walk', () => {
    const d = diagnose(CAUSES, [codeOn(36009044)], [], [], NOW);
    expect(signalsOf(d.causes[0])).toContain('account-deactivated');
  });
});

describe('ageing', () => {
  it.each([
    [10, 'likely'],
    [45, 'possible'],
    [3 * 60, 'possible'],
    [8 * 60, 'unknown'],
    [25 * 60, 'unknown'],
  ] as const)('a deactivation code seen %i minutes ago is %s', (ageMin, status) => {
    const d = diagnose(CAUSES, [codeOn(36009044, {}, { ageMin })], [], [], NOW);
    expect(statusOf(d, 'account')).toBe(status);
  });

  it('ignores probe results older than a day', () => {
    const d = diagnose(CAUSES, [], healthyRun(25 * 60), [], NOW);
    expect(statusOf(d, 'connectivity')).toBe('unknown');
  });

  it('takes the newest result of each probe', () => {
    const old = probe('browser', { name: 'Chrome', major: 96, minimum: 110, extensionVersion: '0.1.0' }, 'fail', 30);
    const d = diagnose(CAUSES, [], [old, ...healthyRun(1)], [], NOW);
    expect(statusOf(d, 'app-version')).toBe('clear');
  });

  it('steps down with age', () => {
    expect([10, 45, 120, 600, 1500].map((m) => recency(NOW - m * MIN, NOW))).toEqual([1, 0.6, 0.3, 0.1, 0]);
  });

  it('says when, in words', () => {
    const when = (from: number, to: number) => renderMessage(whenPhrase(from, to, NOW));
    expect(when(NOW - 10 * MIN, NOW - 1 * MIN)).toBe('in the last 10 minutes');
    expect(when(NOW - 5 * HOUR, NOW - 3 * HOUR)).toBe('last seen 3 hours ago');
    expect(when(NOW - 3 * 24 * HOUR, NOW - MIN)).toBe('in the last 24 hours');
    expect(when(NOW - 30_000, NOW - 10_000)).toBe('in the last minute');
  });
});

describe("the seller's answers", () => {
  it('make a cause likely when they say so', () => {
    const d = diagnose(CAUSES, [], [], [{ questionId: 'policy.notice', answer: 'yes', at: NOW - MIN }], NOW);
    expect(d.causes[0]).toMatchObject({ id: 'policy', status: 'likely' });
    expect(d.causes[0] && whyText(d.causes[0])).toMatch(
      /You answered "Yes" to "Has Seller Center shown a violation notice/,
    );
  });

  it('clear a cause nothing automatic can tell', () => {
    const d = diagnose(CAUSES, [], [], [{ questionId: 'account.health', answer: 'no', at: NOW - MIN }], NOW);
    expect(statusOf(d, 'account')).toBe('clear');
  });

  it('do not overrule direct evidence', () => {
    const d = diagnose(
      CAUSES,
      [codeOn(36009044)],
      [],
      [{ questionId: 'account.health', answer: 'no', at: NOW - MIN }],
      NOW,
    );
    expect(statusOf(d, 'account')).toBe('likely');
  });

  it('ignore unknown questions and answers older than a day', () => {
    const d = diagnose(
      CAUSES,
      [],
      [],
      [
        { questionId: 'nope.nope', answer: 'yes', at: NOW },
        { questionId: 'policy.notice', answer: 'yes', at: NOW - 25 * HOUR },
      ],
      NOW,
    );
    expect(d.healthy).toBe(true);
  });
});

describe('error codes', () => {
  it('reads every catalog code and variant through the generated index, with a signal of its cause', () => {
    for (const e of ERROR_CATALOG) {
      expect(isKnownCode(e.code), String(e.code)).toBe(true);
      const info = codeInfo(e.code, e.variant ? e.message : undefined);
      if (e.cause === 'integration') {
        expect(info, `${e.code} ${e.variant ?? ''}`).toBeUndefined();
        continue;
      }
      expect(info?.cause, `${e.code} ${e.variant ?? ''}`).toBe(e.cause);
      expect(SIGNALS).toContain(info?.signal);
      expect(info?.meaning.length).toBeGreaterThan(3);
    }
  });

  it('derives signals from cause and area, not from a list of codes', () => {
    expect(codeInfo(105001)).toMatchObject({ cause: 'account', signal: 'app-auth-expired' });
    expect(codeInfo(105005)?.signal).toBe('app-scope');
    expect(codeInfo(36009002)?.signal).toBe('rate-limited');
    expect(codeInfo(36009033)?.signal).toBe('ip-allowlist');
    expect(codeInfo(36009044)?.signal).toBe('account-deactivated');
    expect(codeInfo(12052201)?.signal).toBe('brand-unauthorized');
    expect(codeInfo(12052023)?.signal).toBe('listing-code');
    expect(codeInfo(12052995)?.signal).toBe('onboarding-incomplete');
  });

  it('reads 36009004 "shop_cipher not required" and Create Product\'s "invalid param error" right', () => {
    const notRequired = 'Unexpected identifier. The `shop_cipher` query parameter is not required for this request.';
    expect(codeInfo(36009004, notRequired)).toBeUndefined(); // a request-shape problem: no seller-side cause
    expect(codeInfo(36009004, 'invalid param error')).toMatchObject({ cause: 'listing', signal: 'listing-code' });
  });

  it('counts per-item codes of a batch response as evidence', () => {
    const d = diagnose(
      CAUSES,
      [codeOn(12052023, { message: 'Per-item error in a batch response' }), codeOn(12052931)],
      [],
      [],
      NOW,
    );
    expect(d.causes[0]?.id).toBe('listing');
  });

  it.each([
    'Invalid timestamp. The value of the `timestamp` query parameter must not exceed the current time by more than 30 seconds.',
    'Missing signature.',
    'Invalid app_key.',
    'Invalid access token.',
    'Invalid shop_cipher.',
    'Invalid version.',
    'Something else entirely.',
  ])('reads 36009004 "%s" as the catalog does', (message) => {
    expect(codeInfo(36009004, message)?.cause).toBe(lookupCode(36009004, message)?.cause);
  });

  it('tells the timestamp variant of 36009004 by its message', () => {
    const msg = 'Invalid timestamp. The value of the timestamp query parameter must not be earlier than 5 minutes';
    expect(codeInfo(36009004, msg)).toMatchObject({ cause: 'connectivity', signal: 'clock-skew' });
    const d = diagnose(CAUSES, [codeOn(36009004, { message: msg })], [], [], NOW);
    expect(d.causes[0]).toMatchObject({ id: 'connectivity', status: 'likely' });
  });

  it('leaves codes TikTok does not use to the API kind', () => {
    expect(codeInfo(10002)).toBeUndefined();
  });
});
