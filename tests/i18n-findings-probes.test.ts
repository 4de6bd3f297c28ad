/**
 * Issue 15, the last English pieces: the request checker's findings and the probes' results are data (a message key
 * and its values) and read in the reader's language; the bundle keeps them language-neutral and the report renders
 * them in its language.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkRequest, type Finding, findingWords } from '@/utils/api-doctor/check-request';
import { clockSummary } from '@/utils/background/probes/clock';
import { cookieSummary } from '@/utils/background/probes/cookies';
import { reachSummary } from '@/utils/background/probes/reach';
import { storageSummary } from '@/utils/background/probes/site-storage';
import { connectivityVerdict, verdictSummary } from '@/utils/background/probes/verdict';
import { buildBundle } from '@/utils/bundle';
import type { DxMessage } from '@/utils/diagnosis/message';
import { type Reader, renderMessage } from '@/utils/diagnosis/render';
import type { Locale } from '@/utils/i18n/locales';
import { translatorFor } from '@/utils/i18n/translate';
import { readSources } from '../scripts/i18n-assets';
import { bundleData, environment, NOW } from './helpers/bundle-fixtures';
import { reportLanguage } from './helpers/report-language';

const { messages } = readSources(new URL('..', import.meta.url).pathname);
const reader = (locale: Locale): Reader => ({
  locale,
  translate: translatorFor(locale, messages[locale], messages.en),
});
const en = reader('en');
const de = reader('de');
const ja = reader('ja');

/** A text fully rendered: no key left, no placeholder left. */
const rendered = (text: string) => {
  // the path shape is written with braces by the docs: a value, not a placeholder left
  const rest = text.replaceAll('/{category}/{version}/{resource}', '');
  return !/\b(apicheck|probe|apidoc)\.[\w.]+/.test(rest) && !/\{\w+\}/.test(rest);
};

const NOW_S = Math.floor(Date.parse('2025-06-15T12:00:00Z') / 1000);
/** Requests that between them raise most of the checker's findings. */
const REQUESTS = [
  'https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=a&timestamp=1&sign=XYZ&shop_cipher=c',
  'http://api.tiktokshop.com/api/orders/search?access_token=ROW_abcdefghijklmnopqrstuv&app_secret=s&shop_id=1',
  `curl -X GET 'https://open-api.tiktokglobalshop.com/product/209913/products/search?app_key=a&timestamp=${NOW_S - 3600}000&sign=${'A'.repeat(64)}&sign=b' -H 'Authorization: Bearer x' -H 'Content-Type: text/plain' -d 'not json'`,
  'https://auth.tiktok-shops.com/api/v2/token/get?app_key=a&grant_type=refresh_token',
  'https://open-api.tiktokglobalshop.com:8443/v1/orders',
  'https://seller-us.tiktok.com/order/202309/orders/search',
  'https://xn--pen-api-3ve.tiktokglobalshop.com/order/202309/orders/search',
  `https://open-api.tiktokglobalshop.com/authorization/202309/shops?app_key=a&timestamp=${NOW_S + 600}&sign=${'a'.repeat(64)}&shop_cipher=c`,
  'open-api.tiktokglobalshop.com/order/202313/orders/search?app_key=a\nsecond line',
];

describe('request checker findings in the reader language', () => {
  const findings: Finding[] = REQUESTS.flatMap((r) => checkRequest(r, { now: NOW_S * 1000 }).findings);

  it('are data: every title and detail is a message key with values, no English', () => {
    expect(findings.length).toBeGreaterThan(40);
    for (const f of findings) {
      expect(f.title.key).toMatch(/^(apicheck|apidoc)\./);
      if (f.detail) expect(f.detail.key).toMatch(/^(apicheck|apidoc)\./);
    }
  });

  it('render in English and in German, fully, and the two differ', () => {
    for (const f of findings) {
      const e = findingWords(f, en);
      const d = findingWords(f, de);
      for (const text of [e.title, e.detail ?? '', d.title, d.detail ?? '']) expect(rendered(text), text).toBe(true);
      expect(d.title).not.toBe(e.title);
      expect(d.id).toBe(f.id);
    }
  });

  it('German words for a missing signature, a wrong host and a duplicate parameter', () => {
    const r = checkRequest(
      'https://open-api.us.tiktokshop.com/order/202309/orders/search?app_key=a&timestamp=1&timestamp=2&shop_cipher=c',
      { now: NOW_S * 1000 },
    );
    const words = (id: string) => r.findings.filter((f) => f.id === id).map((f) => findingWords(f, de));
    expect(words('param-sign')[0]?.title).toBe('sign fehlt in der Query.');
    expect(words('host')[0]?.title).toBe(
      'Falscher Host open-api.us.tiktokshop.com: kein Partner-API-Host; jeder Markt, auch die USA, verwendet open-api.tiktokglobalshop.com.',
    );
    expect(words('duplicate-param')[0]?.title).toBe('Der Query-Parameter timestamp kommt 2-mal vor.');
    expect(words('param-sign')[0]?.detail).toContain('Der Doctor kann das nicht prüfen');
  });

  it('an unreadable request says why in the reader language', () => {
    const { error } = checkRequest('错误代码 🤷');
    expect(error && renderMessage(error, ja)).toContain('URL でも curl コマンドでもありません');
    expect(error && renderMessage(error, en)).toMatch(/^This is neither a URL nor a curl command/);
  });

  it('a timestamp off by hours names the span in words of the language', () => {
    const r = checkRequest(
      `https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=a&sign=${'a'.repeat(64)}&shop_cipher=c&timestamp=${NOW_S - 3 * 3600}`,
      { now: NOW_S * 1000, skewSeconds: 0 },
    );
    const ts = r.findings.find((f) => f.id === 'timestamp') as Finding;
    expect(findingWords(ts, en).title).toContain("is 3 h behind TikTok's clock (from the clock check)");
    expect(findingWords(ts, de).title).toContain('liegt 3 Stunden hinter der Uhr von TikTok');
  });
});

describe('probe results in the reader language', () => {
  const text = (m: DxMessage, r: Reader) => renderMessage(m, r);

  it('the clock: English and French, with plural seconds and minutes', () => {
    const m = clockSummary({
      host: 'open-api.tiktokglobalshop.com',
      skewSeconds: -660,
      rttMs: 80,
      outsideWindow: true,
    });
    expect(m.key).toBe('probe.clock.behindOutside');
    expect(text(m, en)).toContain("This computer's clock is 660 s (11 min) behind open-api.tiktokglobalshop.com");
    expect(text(m, reader('fr'))).toContain(
      'a 660 secondes (soit 11 minutes) de retard sur open-api.tiktokglobalshop.com',
    );
    const one = clockSummary({ host: 'h', skewSeconds: 1, rttMs: 80, outsideWindow: false });
    expect(text(one, reader('fr'))).toContain('a 1 seconde d’avance sur h');
  });

  it('cookies: plural forms and the decimal separator of the language', () => {
    const m = cookieSummary({ host: 'seller-de.tiktok.com', bytes: 4812, count: 1 });
    expect(text(m, en)).toBe('1 cookie, 4.7 KB sent to seller-de.tiktok.com.');
    expect(text(m, de)).toBe('1 Cookie, 4,7 KB an seller-de.tiktok.com gesendet.');
    const big = cookieSummary({ host: 'h', bytes: 12 * 1024, count: 40 });
    expect(text(big, de)).toMatch(/^40 Cookies, 12 KB an h gesendet: über 8 KB/);
  });

  it('storage: its parts as a list in the language', () => {
    const m = storageSummary({
      origin: 'https://seller-us.tiktok.com',
      usage: 1_048_576 * 95,
      quota: 1_048_576 * 100,
      ratio: 0.95,
      cacheNames: 2,
      indexedDbs: 1,
      serviceWorkers: 0,
    });
    expect(text(m, en)).toBe(
      'https://seller-us.tiktok.com: 95 MB used of 100 MB (95%), 2 caches, 1 IndexedDB database and 0 service workers. Storage is nearly full: pages may fail to save data (QuotaExceededError); clearing site data frees it.',
    );
    expect(text(m, ja)).toContain('100 MB 中 95 MB 使用（95%）');
    expect(rendered(text(m, ja))).toBe(true);
  });

  it('reach and the verdict name the failing host and the raw error, in any language', () => {
    const row = {
      host: 'seller-us.tiktok.com',
      role: 'seller' as const,
      status: null,
      samples: 3,
      okSamples: 0,
      medianMs: null,
      jitterMs: null,
      failure: 'dns' as const,
      netError: 'net::ERR_NAME_NOT_RESOLVED',
    };
    const control = {
      ...row,
      host: 'example.com',
      role: 'control' as const,
      okSamples: 3,
      failure: null,
      netError: null,
    };
    const verdict = verdictSummary(connectivityVerdict([row, control]), [row, control]);
    expect(text(verdict, en)).toBe(
      'TikTok is unreachable from this network while the control host answers: seller-us.tiktok.com (net::ERR_NAME_NOT_RESOLVED). A DNS problem, firewall or filter is likely.',
    );
    expect(text(verdict, de)).toContain('seller-us.tiktok.com (net::ERR_NAME_NOT_RESOLVED)');
    expect(text(reachSummary(row), de)).toBe(
      'seller-us.tiktok.com nicht erreichbar: der Name wurde nicht aufgelöst (DNS) (net::ERR_NAME_NOT_RESOLVED).',
    );
  });
});

describe('probe results in the bundle', () => {
  const unzip = (zip: Uint8Array) =>
    Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));

  it('diagnosis.json keeps the message, no English sentence; each report renders it in its language', async () => {
    const b = await buildBundle({
      data: bundleData(5, 5),
      environment,
      now: new Date(NOW),
      language: reportLanguage('de'),
    });
    const clock = b.diagnosis.probes.find((p) => p.name === 'clock');
    expect(clock?.message.key).toBe('probe.clock.aheadOutside');
    expect(clock && 'summary' in clock).toBe(false);
    const json = b.files['diagnosis.json'] ?? '';
    expect(json).not.toContain('ahead of open-api');
    const files = unzip(b.zip);
    expect(files['report.html']).toContain(
      'Die Uhr dieses Computers geht gegenüber open-api.tiktokglobalshop.com 42 Sekunden vor',
    );
    expect(files['report.en.html']).toContain("This computer's clock is 42 s ahead of open-api.tiktokglobalshop.com");
  });

  it('a row stored before results carried a message is shipped without its English text', async () => {
    const data = bundleData(1, 1);
    const legacy = {
      ...data.probes[0],
      summary: 'seller-us.tiktok.com answered',
    } as unknown as (typeof data.probes)[0];
    delete (legacy as { message?: unknown }).message;
    const b = await buildBundle({ data: { ...data, probes: [legacy] }, environment, now: new Date(NOW) });
    expect(b.diagnosis.probes[0]?.message).toEqual({ key: 'probe.legacy' });
    expect(b.files['diagnosis.json']).not.toContain('seller-us.tiktok.com answered');
  });
});
