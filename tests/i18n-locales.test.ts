/**
 * Every language has every key, with the same placeholders and the plural forms it needs, and no message in a
 * non-English language is left in English (brand and product words excepted).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/utils/i18n/locales';
import { placeholdersOf } from '@/utils/i18n/translate';
import { buildI18nAssets, readSources } from '../scripts/i18n-assets';

const ROOT = new URL('..', import.meta.url).pathname;
const { messages } = readSources(ROOT);
const en = messages.en;
const keys = Object.keys(en);

/** Words that stay as they are in every language: names of products, companies, standards and codes. */
const SAME_EVERYWHERE = [
  'TikTok Shop',
  'TikTok',
  'Seller Center',
  'Partner Center',
  'Partner API',
  'Chrome',
  'Edge',
  'Firefox',
  'HAR',
  'JSON',
  'HTML',
  'HTTP',
  'URL',
  'API',
  'VPN',
  'DNS',
  'QUIC',
  'OK',
  'ID',
  'curl',
  'request_id',
  'shop_cipher',
  'app_key',
];

/** Messages that are spelt the same as in English by right (cognates), per language: checked by a person. */
const COGNATES: Partial<Record<string, string[]>> = {
  fr: ['status.possible', 'report.label.extension', 'report.timeline.code', 'report.col.code'],
  es: ['report.value.no'],
  de: ['report.label.browser', 'report.label.online', 'report.col.details', 'report.col.code', 'report.col.host'],
  it: ['report.label.browser', 'report.value.no'],
};

function textOf(m: unknown): string {
  return typeof m === 'string' ? m : Object.values(m as Record<string, string>).join(' ');
}

/** What is left of an English message once names, placeholders, numbers and punctuation are removed. */
function translatable(text: string): string {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const w of SAME_EVERYWHERE) rest = rest.split(w).join(' ');
  return rest.replace(/[^\p{L}]+/gu, ' ').trim();
}

describe('locales', () => {
  it('has English sources', () => {
    expect(keys.length).toBeGreaterThan(0);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const dict = messages[locale];
      it('has every key and no extra one', () => {
        expect(Object.keys(dict).sort()).toEqual([...keys].sort());
      });
      it('keeps every placeholder', () => {
        const wrong = keys.filter((k) => {
          const m = dict[k];
          const base = en[k];
          return m !== undefined && base !== undefined && placeholdersOf(m).join() !== placeholdersOf(base).join();
        });
        expect(wrong).toEqual([]);
      });
      it('has the plural forms the language uses', () => {
        const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        const missing = keys.filter((k) => {
          const m = dict[k];
          return typeof en[k] === 'object' && (typeof m !== 'object' || needed.some((c) => !(c in m)));
        });
        expect(missing).toEqual([]);
      });
      it('leaves nothing in English', () => {
        const same = keys.filter((k) => {
          const m = dict[k];
          const base = en[k];
          if (COGNATES[locale]?.includes(k)) return false;
          return (
            base !== undefined && m !== undefined && textOf(m) === textOf(base) && translatable(textOf(base)) !== ''
          );
        });
        expect(same).toEqual([]);
      });
    });
  }

  it('builds one dictionary per language and the manifest strings', () => {
    const files = buildI18nAssets(ROOT).map((f) => f.relativeDest);
    for (const l of LOCALES) expect(files).toContain(`i18n/${l}.json`);
    if (messages.en['manifest.name']) expect(files).toContain('_locales/zh_CN/messages.json');
  });
});
