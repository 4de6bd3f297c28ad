import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber } from '@/utils/i18n/format';
import { LOCALES, negotiateLocale } from '@/utils/i18n/locales';
import { currentLocale, placeholdersOf, renderIn, setDictionaries, t, translatorFor } from '@/utils/i18n/translate';

describe('negotiateLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['id', 'id'],
    ['in-ID', 'id'],
    ['ms-MY', 'ms'],
    ['th-TH', 'th'],
    ['vi', 'vi'],
    ['zh-TW', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ja-JP', 'ja'],
    ['es-MX', 'es'],
    ['pt-PT', 'pt-BR'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['it-IT', 'it'],
    ['ko-KR', 'en'],
    ['', 'en'],
  ])('%s -> %s', (tag, want) => {
    expect(negotiateLocale(tag)).toBe(want);
  });

  it('a choice in settings wins over the browser, an invalid one does not', () => {
    expect(negotiateLocale('en-US', 'th')).toBe('th');
    expect(negotiateLocale('de-DE', 'xx')).toBe('de');
    expect(negotiateLocale('de-DE', '')).toBe('de');
  });
});

describe('t', () => {
  it('fills placeholders, picks plural forms by the language, falls back to English', () => {
    const en = { 'status.likely': 'Likely', n: { one: '{count} cause', other: '{count} causes' } };
    setDictionaries('de', { 'status.likely': 'Wahrscheinlich' }, en);
    expect(t('status.likely')).toBe('Wahrscheinlich');
    // biome-ignore lint/suspicious/noExplicitAny: an ad-hoc key for the plural test
    expect(t('n' as any, { count: 1 })).toBe('1 cause');
    // biome-ignore lint/suspicious/noExplicitAny: an ad-hoc key for the plural test
    expect(t('n' as any, { count: 1200 })).toBe('1.200 causes');
    const ja = translatorFor('ja', { n: { other: '{count}件' } });
    // biome-ignore lint/suspicious/noExplicitAny: an ad-hoc key for the plural test
    expect(ja('n' as any, { count: 3 })).toBe('3件');
    setDictionaries('en', en);
  });

  it('an unknown key renders as itself instead of throwing', () => {
    setDictionaries('en', {});
    // biome-ignore lint/suspicious/noExplicitAny: an unknown key on purpose
    expect(t('nope.key' as any)).toBe('nope.key');
  });

  it('lists placeholders across plural forms', () => {
    expect(placeholdersOf({ one: '{count} in {market}', other: '{count} in {market}s' })).toEqual(['count', 'market']);
  });
});

describe('format', () => {
  it('numbers and durations follow the locale', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatDuration(45_000, 'en')).toMatch(/45\s?sec/);
    expect(formatDuration(125 * 60_000, 'en')).toMatch(/2\s?hr.*5\s?min/);
    for (const l of LOCALES) expect(formatDuration(90 * 60_000, l).length).toBeGreaterThan(0);
  });
});

describe('renderIn', () => {
  it('renders in another language and restores the active one, even when the render throws', () => {
    setDictionaries('en', { 'status.likely': 'Likely' });
    expect(renderIn('de', { 'status.likely': 'Wahrscheinlich' }, {}, () => t('status.likely'))).toBe('Wahrscheinlich');
    expect(t('status.likely')).toBe('Likely');
    expect(() =>
      renderIn('th', {}, {}, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(currentLocale()).toBe('en');
  });
});
