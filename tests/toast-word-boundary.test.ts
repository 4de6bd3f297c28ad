/**
 * compileWords checks the word start of spaced languages in code (utils/diagnosis/toast-words.ts) instead of a
 * Unicode lookbehind in every expression: it must answer exactly as that lookbehind did. The oracle below is the
 * former expression, built from the same word sets and the same alternatives.
 */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import {
  alternatives,
  compileWords,
  ERROR_WORDS,
  foldText,
  SUCCESS_WORDS,
  UNDONE_WORDS,
  type Words,
} from '@/utils/diagnosis/toast-words';

/** The former compileWords: one expression, a lookbehind in front of the spaced words. */
function oracle(w: Words): RegExp {
  const alts = [];
  if (w.spaced) alts.push(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives(w.spaced)})`);
  if (w.unspaced) alts.push(alternatives(w.unspaced));
  return new RegExp(alts.join('|') || '$^', 'u');
}

const sets: Words[] = [ERROR_WORDS, SUCCESS_WORDS, UNDONE_WORDS];
for (const cause of CAUSES) {
  for (const table of [cause.words?.byLanguage, cause.words?.direct]) {
    const spaced = Object.values(table ?? {}).filter(Boolean) as string[];
    if (spaced.length) sets.push({ spaced: spaced.join('|') });
  }
}

/** Texts around each word: at the start, after a space, inside a word, after a mark or an astral letter. */
function probes(w: Words): string[] {
  const words = `${w.spaced ?? ''}|${w.unspaced ?? ''}`
    .split('|')
    .filter(Boolean)
    .map((x) => x.replace(/=$/, '').split('…').join(' your '));
  const out: string[] = [];
  for (const word of words.slice(0, 60)) {
    out.push(
      word,
      `x ${word}`,
      `x${word}`,
      `9${word}`,
      `é${word}`,
      `a\u0301${word}`,
      `𝐀${word}`,
      `(${word})`,
      `${word}s`,
      `${word}e tail`,
    );
  }
  return out.map(foldText);
}

describe('word starts checked in code answer as the lookbehind did', () => {
  it(`on ${sets.length} word sets, every word in ten positions`, () => {
    let checked = 0;
    for (const w of sets) {
      const now = compileWords(w);
      const before = oracle(w);
      for (const text of probes(w)) {
        expect(now.test(text), `${text} (${(w.spaced ?? '').slice(0, 40)})`).toBe(before.test(text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a word inside another word is not one; after a space or at the start it is', () => {
    const w = compileWords({ spaced: 'stock=|failed' });
    expect(w.test('failed')).toBe(true);
    expect(w.test('upload failed')).toBe(true);
    expect(w.test('unfailed')).toBe(false);
    expect(w.test('unfailed, then failed')).toBe(true); // a later start counts
    expect(w.test('stockage plein')).toBe(false);
    expect(w.test('out of stock')).toBe(true);
  });
});
