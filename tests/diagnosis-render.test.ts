/**
 * The diagnosis' sentences are data rendered per language: every situation reads in all twelve languages with no
 * placeholder or key left over, English reads as before, diagnosis.json keeps the message next to English text,
 * and evidence names its market when several Seller Center markets are open.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/utils/bundle';
import { CAUSES } from '@/utils/causes/registry';
import { type DiagnosisResult, diagnose } from '@/utils/diagnosis';
import { codeInfo } from '@/utils/diagnosis/codes';
import { findingText, type Reader, renderMessage, whyText } from '@/utils/diagnosis/render';
import { CODE_SHORT, VARIANT_INDEX } from '@/utils/facts/error-codes.index';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import { translatorFor } from '@/utils/i18n/translate';
import type { EventGroup, ProbeResult } from '@/utils/model';
import { readSources } from '../scripts/i18n-assets';
import { api, codeOn, ev, healthyRun, httpOn, MIN, NOW, probe, reach, verdict, withProbes } from './diagnosis-fixtures';
import { bundleData, environment } from './helpers/bundle-fixtures';

const ROOT = new URL('..', import.meta.url).pathname;
const { messages } = readSources(ROOT);
const reader = (locale: Locale): Reader => ({
  translate: translatorFor(locale, messages[locale], messages.en),
  locale,
});

/** Situations that between them produce most kinds of evidence line, why and checked/unknown text. */
const situations: [string, EventGroup[], ProbeResult[]][] = [
  ['nothing', [], []],
  ['healthy checks', [], healthyRun()],
  [
    'outage with codes and toasts',
    [
      ...httpOn(3, 503),
      codeOn(36009044, {}, { count: 3, requestIds: ['20260501120000ABC', '20260501120000ABD'] }),
      codeOn(12052220),
      ev('toast', { message: 'Payment failed, please try again' }),
      ev('toast', { message: 'Payment failed: card declined' }),
      ev('js-error', { message: 'ChunkLoadError: Loading chunk 12 failed' }, { ageMin: 200 }),
      ev('js-error', { message: 'TypeError: x is undefined' }),
      ev('http-error', { url: api('upload'), status: 413, apiKind: 'product' }),
      ev('checkout-failure', { url: api('pay'), status: 402, apiKind: 'checkout' }),
      ev('slow-api', { url: api('slow'), durationMs: 9000 }),
      ev('http-error', { url: api('limited'), status: 429 }),
      ev('http-error', { url: api('legal'), status: 451 }),
      ev('network-failure', { url: api('dns'), status: 0, netError: 'net::ERR_NAME_NOT_RESOLVED' }),
    ],
    withProbes(
      verdict('platform', true, 2),
      reach('seller-us.tiktok.com', 'seller', false, { status: 503 }),
      probe('browser', { name: 'Chrome', major: 96, minimum: 110, extensionVersion: '0.1.0' } as never, 'fail'),
      probe('clock', { skewSeconds: 432, outsideWindow: true } as never, 'fail'),
    ),
  ],
  [
    'unreachable',
    [],
    withProbes(verdict('tiktok-unreachable', true, 2), reach('seller-us.tiktok.com', 'seller', false)),
  ],
  ['offline', [], withProbes(verdict('offline', false, 2))],
];

const diagnoses = situations.map(
  ([name, events, probes]) => [name, diagnose(CAUSES, events, probes, [], NOW)] as const,
);

function allTexts(d: DiagnosisResult, r: Reader): string[] {
  return d.causes.flatMap((c) => [whyText(c, r), ...c.evidence.map((f) => findingText(f, r))]);
}

describe('rendering the diagnosis', () => {
  it.each(LOCALES)('%s: every line renders, with no placeholder or key left', (locale) => {
    for (const [name, d] of diagnoses) {
      for (const text of allTexts(d, reader(locale))) {
        expect(text, `${name}: ${text}`).not.toMatch(/\{\w+\}|\b(?:dx|code\.short)\.[a-z]|undefined|\[object/);
        expect(text.trim().length, name).toBeGreaterThan(3);
      }
    }
  });

  it('reads in the chosen language, with its numbers, spans and lists', () => {
    const d = diagnose(CAUSES, httpOn(4, 503), healthyRun(), [], NOW);
    const platform = d.causes.find((c) => c.id === 'platform');
    expect(platform && whyText(platform, reader('en'))).toBe(
      'Seller Center API answered 503 on 4 endpoints in the last 5 minutes while the control host answered',
    );
    expect(platform && whyText(platform, reader('de'))).toBe(
      'Die Seller-Center-API antwortete 503 auf 4 Endpunkten in den letzten 5 Minuten, während der Kontroll-Host antwortete',
    );
    expect(platform && whyText(platform, reader('ja'))).toContain('過去 5 分間に');
    const older = diagnose(CAUSES, httpOn(4, 500, {}, { ageMin: 180 }), [], [], NOW).causes.find(
      (c) => c.id === 'platform',
    );
    expect(older && whyText(older, reader('fr'))).toMatch(/vu pour la dernière fois il y a 3\sheures$/);
    const list = {
      key: 'dx.platform.server',
      params: { statuses: { list: ['500', '502', '503'] }, where: '', control: '' },
    };
    expect(renderMessage(list as never, reader('en'))).toBe('Seller Center API answered 500, 502 and 503 ');
    expect(renderMessage(list as never, reader('es'))).toContain('500, 502 y 503');
  });

  it('names the market of each line when several Seller Center markets are open', () => {
    const uk = (g: EventGroup) => ({ ...g, sample: { ...g.sample, pageHost: 'seller-uk.tiktok.com' } });
    const one = diagnose(CAUSES, httpOn(2, 503), [], [], NOW).causes.find((c) => c.id === 'platform');
    expect(one && whyText(one, reader('en'))).not.toContain('market');
    const both = diagnose(CAUSES, [...httpOn(2, 503), uk(codeOn(36009044))], [], [], NOW);
    const platform = both.causes.find((c) => c.id === 'platform');
    const account = both.causes.find((c) => c.id === 'account');
    expect(platform && whyText(platform, reader('en'))).toMatch(/\(market: US\)$/);
    expect(account && whyText(account, reader('en'))).toMatch(/\(market: UK\)$/);
    expect(account && whyText(account, reader('th'))).toMatch(/\(ตลาด: UK\)$/);
  });

  it("quotes the seller's answer in their language when the question is a message key", () => {
    const d = diagnose(CAUSES, [], [], [{ questionId: 'policy.notice', answer: 'yes', at: NOW - MIN }], NOW);
    const why = d.causes[0] ? whyText(d.causes[0], reader('de')) : '';
    expect(why).toMatch(/^Sie haben „.+“ auf „.+“ geantwortet$/);
  });
});

/** A small bundle of `d`, English beside the report's language. */
const bundleOf = (d: ReturnType<typeof diagnose>) =>
  buildBundle({ data: bundleData(2, 2), diagnosis: d, environment, now: new Date(NOW), english: reader('en') });

describe('diagnosis.json', () => {
  it('keeps each sentence as a message key with values, and its English text for support', async () => {
    const german = reader('de');
    const d = diagnose(CAUSES, httpOn(4, 503), healthyRun(), [], NOW);
    const bundle = await bundleOf(d);
    const platform = bundle.diagnosis.causes.find((c) => c.id === 'platform');
    expect(platform?.why).toMatch(/^Seller Center API answered 503 on 4 endpoints/);
    expect(platform?.whyMessage.key).toBe('dx.platform.server');
    expect(platform && renderMessage(platform.whyMessage, german)).toMatch(/^Die Seller-Center-API antwortete 503/);
    expect(platform?.evidence[0]?.message.key).toBe('dx.platform.server');
    const json = JSON.parse(bundle.files['diagnosis.json'] ?? '{}');
    expect(JSON.stringify(json.causes)).not.toMatch(/Seller-Center-API/);
  });
});

describe("codes' short meanings", () => {
  const shortsEn = JSON.parse(readFileSync(join(ROOT, 'locales/code-shorts/en.json'), 'utf8')) as Record<
    string,
    string
  >;
  const inIndex = [...Object.values(CODE_SHORT), ...VARIANT_INDEX.map((v) => v[3]).filter((k) => k !== '')];
  const evidence = (code: number, message: string | undefined, locale: Locale) => {
    const d = diagnose(CAUSES, [codeOn(code, message ? { message } : {})], [], [], NOW);
    return d.causes.flatMap((c) => c.evidence.map((f) => findingText(f, reader(locale))));
  };

  it('are message keys of locales/code-shorts/en.json in the index, and every key there is used', () => {
    expect(inIndex.length).toBeGreaterThan(40);
    for (const key of inIndex) expect(shortsEn[key], key).toEqual(expect.any(String));
    expect(Object.keys(shortsEn).sort()).toEqual([...new Set(inIndex)].sort());
    // a key is about as long as its text: the index ships in the popup
    for (const [key, text] of Object.entries(shortsEn)) expect(key.length, key).toBeLessThan(text.length + 24);
  });

  it('render in the reader’s language in evidence lines', () => {
    const key = CODE_SHORT[36009044];
    expect(codeInfo(36009044)?.meaning).toBe(key);
    const ja = key ? messages.ja[key] : undefined;
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(evidence(36009044, undefined, 'ja')).toContainEqual(expect.stringContaining(`36009044（${ja}）`));
    expect(evidence(36009044, undefined, 'en')).toContainEqual(
      expect.stringContaining(`36009044 (${key ? shortsEn[key] : ''})`),
    );
    expect(evidence(36009044, undefined, 'ja').join(' ')).not.toContain(key ? shortsEn[key] : '-');
    // a message variant's own short goes the same way
    const variant = codeInfo(36009004, 'Invalid access_token');
    expect(variant?.meaning).toMatch(/^code\.short\./);
    const de = variant ? messages.de[variant.meaning] : undefined;
    expect(de).toMatch(/Access Token/);
    expect(evidence(36009004, 'Invalid access_token', 'de')).toContainEqual(expect.stringContaining(`(${de})`));
  });

  it('stay keys in diagnosis.json, next to the English text', async () => {
    const d = diagnose(CAUSES, [codeOn(36009044)], [], [], NOW);
    const bundle = await bundleOf(d);
    const account = bundle.diagnosis.causes.find((c) => c.id === 'account');
    const key = CODE_SHORT[36009044] ?? '';
    expect(JSON.stringify(account?.evidence.map((e) => e.message))).toContain(`"label":"${key}"`);
    expect(account?.evidence.map((e) => e.text).join(' ')).toContain(`36009044 (${shortsEn[key]})`);
  });
});

describe('the dx messages', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
    });
  const code = [...sources(join(ROOT, 'utils')), ...sources(join(ROOT, 'components'))].join('\n');

  it('are each used by the code (no dead sentence to translate)', () => {
    const unused = Object.keys(messages.en).filter((k) => k.startsWith('dx.') && !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});
