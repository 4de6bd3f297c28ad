/**
 * The error catalog's phrasebooks (utils/facts/code-texts/): the English one is exactly the catalog's per-code texts
 * (run with UPDATE_CODE_TEXTS=1 after `npm run gen:catalog` to rewrite it), and every other language translates
 * every text, keeping code spans, identifiers, numbers and URLs, and leaves none in English.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_ROWS } from '@/utils/facts/error-codes.data';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import { buildCodeTextAssets, CODE_TEXTS_DIR, readCodeTexts } from '../scripts/code-text-assets';
import { catalogTexts, englishPhrasebook, lostTokens, phrasebookFile, translatable } from './helpers/code-texts';

const ROOT = new URL('..', import.meta.url).pathname;
const EN_FILE = join(ROOT, CODE_TEXTS_DIR, 'en.json');
const texts = catalogTexts(CODE_ROWS);
const expected = englishPhrasebook(texts);
if (process.env.UPDATE_CODE_TEXTS === '1') writeFileSync(EN_FILE, phrasebookFile(expected));
const en = JSON.parse(readFileSync(EN_FILE, 'utf8')) as Record<string, string>;
const ids = Object.keys(en);

/** Texts spelt the same as in English by right, per language (ids): each checked by a person. */
const COGNATES: Partial<Record<Locale, string[]>> = {};

describe('English phrasebook', () => {
  it('is the catalog’s per-code texts, exactly (UPDATE_CODE_TEXTS=1 rewrites it)', () => {
    expect(en).toEqual(expected);
    expect(readFileSync(EN_FILE, 'utf8')).toBe(phrasebookFile(expected));
  });

  it('gives every text an id of its own', () => {
    expect(Object.keys(expected)).toHaveLength(texts.length);
    expect(texts.length).toBeGreaterThan(1000);
  });
});

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  describe(`${locale} phrasebook`, () => {
    const book = readCodeTexts(ROOT, locale) ?? {};

    it('has every text of the English one and no other', () => {
      expect(Object.keys(book).sort()).toEqual([...ids].sort());
    });

    it('keeps code spans, identifiers, numbers and URLs', () => {
      const lost = ids.flatMap((id) => {
        const text = book[id];
        const tokens = text === undefined ? [] : lostTokens(en[id] ?? '', text);
        return tokens.length ? [`${id}: ${tokens.join(' ')}`] : [];
      });
      expect(lost).toEqual([]);
    });

    it('leaves nothing in English', () => {
      const same = ids.filter(
        (id) => book[id] === en[id] && translatable(en[id] ?? '') !== '' && !COGNATES[locale]?.includes(id),
      );
      expect(same.map((id) => `${id}: ${en[id]}`)).toEqual([]);
    });
  });
}

describe('phrasebook files', () => {
  const root = mkdtempSync(join(tmpdir(), 'code-texts-'));
  const dir = join(root, CODE_TEXTS_DIR);
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('ships each language that has a file, minified, and neither English nor the missing ones', () => {
    writeFileSync(join(dir, 'en.json'), phrasebookFile({ a: 'Check the token.' }));
    writeFileSync(join(dir, 'fr.json'), phrasebookFile({ a: 'Vérifiez le jeton.' }));
    const files = buildCodeTextAssets(root);
    expect(files).toEqual([{ relativeDest: 'i18n/codes/fr.json', contents: '{"a":"Vérifiez le jeton."}' }]);
  });

  it('fails the build on a file that is not an object of texts', () => {
    writeFileSync(join(dir, 'de.json'), '{"a": ["Prüfen"]}');
    expect(() => buildCodeTextAssets(root)).toThrow(/de\.json: "a" is not a string/);
    writeFileSync(join(dir, 'de.json'), '{"a": "Prüfen",');
    expect(() => buildCodeTextAssets(root)).toThrow();
  });
});

describe('translation checks', () => {
  it('finds lost code spans, identifiers, numbers and URLs', () => {
    const english = 'Send `x-tts-access-token` with shop_cipher (202309+), see https://partner.tiktokshop.com/doc.';
    expect(
      lostTokens(
        english,
        'Senden Sie `x-tts-access-token` mit shop_cipher (202309+): https://partner.tiktokshop.com/doc.',
      ),
    ).toEqual([]);
    expect(
      lostTokens(english, '`x-tts-access-token` と shop_cipher（202309+）: https://partner.tiktokshop.com/doc。'),
    ).toEqual([]);
    expect(lostTokens(english, 'Senden Sie das Token mit shop cipher (202308+).')).toEqual([
      '`x-tts-access-token`',
      'shop_cipher',
      'https://partner.tiktokshop.com/doc',
      '202309',
    ]);
  });

  it('tells a text with words to translate from one of names and codes only', () => {
    expect(translatable('Use `Get Order Detail` with app_key and shop_cipher.')).toBe('Use with and');
    expect(translatable('`product_id` (TikTok Shop API, 10 MB)')).toBe('');
  });
});
