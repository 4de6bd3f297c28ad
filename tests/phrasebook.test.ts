/**
 * The phrasebook lookup: a generated English text in the reader's language, English where the phrasebook lacks
 * it; the file fetched once per language, never for English, and a missing or broken file read as none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPhrasebook, phrase } from '@/utils/i18n/phrasebook';
import { textId } from '@/utils/i18n/text-id';

const METHOD = 'The request used the wrong HTTP method.';
const book = { [textId(METHOD)]: 'La requête utilise la mauvaise méthode HTTP.' };

describe('phrase', () => {
  it('translates a text the phrasebook has', () => {
    expect(phrase(METHOD, book)).toBe('La requête utilise la mauvaise méthode HTTP.');
  });

  it('keeps the English of a text it lacks, of an empty translation, and without a phrasebook', () => {
    expect(phrase('Try again later.', book)).toBe('Try again later.');
    expect(phrase(METHOD, { [textId(METHOD)]: '' })).toBe(METHOD);
    expect(phrase(METHOD, undefined)).toBe(METHOD);
    expect(phrase(METHOD, {})).toBe(METHOD);
  });

  it('never shows a translation of other words: a changed English text has another id', () => {
    expect(phrase(`${METHOD} `, book)).toBe(`${METHOD} `);
    expect(textId(METHOD)).toMatch(/^[0-9a-z]{1,7}$/);
  });
});

describe('loadPhrasebook', () => {
  const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches nothing for English', async () => {
    const fetch = answer('{}');
    vi.stubGlobal('fetch', fetch);
    expect(await loadPhrasebook('en')).toEqual({});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches a language’s file once, from i18n/codes/', async () => {
    const fetch = answer(JSON.stringify(book));
    vi.stubGlobal('fetch', fetch);
    const [a, b] = await Promise.all([loadPhrasebook('fr'), loadPhrasebook('fr')]);
    expect(await loadPhrasebook('fr')).toBe(a);
    expect(b).toBe(a);
    expect(phrase(METHOD, a)).toBe('La requête utilise la mauvaise méthode HTTP.');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/\/i18n\/codes\/fr\.json$/);
  });

  it('reads a missing, broken or odd file as no phrasebook (English shows)', async () => {
    vi.stubGlobal('fetch', answer('not found', 404));
    expect(await loadPhrasebook('de')).toEqual({});
    vi.stubGlobal('fetch', answer('{"a": "b",'));
    expect(await loadPhrasebook('it')).toEqual({});
    vi.stubGlobal('fetch', answer('["a"]'));
    expect(await loadPhrasebook('ja')).toEqual({});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await loadPhrasebook('th')).toEqual({});
  });

  it('keeps only the texts of a file that also holds other values', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify({ a: 'Texto.', b: 3, c: '  ', d: null })));
    expect(await loadPhrasebook('es')).toEqual({ a: 'Texto.' });
  });
});
