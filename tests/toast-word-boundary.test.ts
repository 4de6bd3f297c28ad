/**
 * compileWords matches word sets as plain text, with word starts, whole-word ends and `…` gaps checked in code
 * (utils/diagnosis/toast-words.ts), where it used to build one regular expression per set: it must answer exactly
 * as those expressions did. The oracle below is the former expression, built from the same word sets.
 */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { TOAST_LANGUAGES, type ToastLanguage } from '@/utils/diagnosis/toast-cause';
import {
  compileWordSets,
  compileWords,
  ERROR_WORDS,
  foldText,
  SUCCESS_WORDS,
  UNDONE_WORDS,
  type Words,
} from '@/utils/diagnosis/toast-words';

const literal = (w: string) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&');
/** An entry as the former pattern did it: escaped, `…` standing for up to 24 characters of anything (the shortest). */
const entryPattern = (w: string) => w.split('…').map(literal).join('[\\s\\S]{0,24}?');

/** The former alternatives: a whole word (`=`) followed by a lookahead. */
const alternatives = (list: string) =>
  list
    .split('|')
    .filter(Boolean)
    .map((w) => (w.endsWith('=') ? `${entryPattern(w.slice(0, -1))}(?![\\p{L}\\p{N}\\p{M}])` : entryPattern(w)))
    .join('|');

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
    const entries = Object.entries(table ?? {}).filter(([, w]) => w) as [ToastLanguage, string][];
    // every language read as spaced (word starts checked everywhere), and as the matcher reads them
    if (entries.length) sets.push({ spaced: entries.map(([, w]) => w).join('|') });
    const of = (kind: string) =>
      entries
        .filter(([lang]) => TOAST_LANGUAGES[lang] === kind)
        .map(([, w]) => w)
        .join('|');
    if (entries.length) sets.push({ spaced: of('spaced'), unspaced: of('unspaced') });
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

/** Every set against every text, each answer compared with the set's former expression; returns how many. */
function agreeOn(sets: readonly Words[], texts: readonly string[]): number {
  let checked = 0;
  for (const w of sets) {
    const now = compileWords(w);
    const before = oracle(w);
    for (const text of texts) {
      expect(now.test(text), `${text} (${w.spaced} / ${w.unspaced})`).toBe(before.test(text));
      checked++;
    }
  }
  return checked;
}

describe('word sets matched as plain text answer as the former expressions did', () => {
  it(`on ${sets.length} word sets, every word in ten positions`, () => {
    const checked = sets.reduce((n, w) => n + agreeOn([w], probes(w)), 0);
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

  it('whole words (`=`) end where the lookahead said, in spaced and unspaced lists, with and without a gap', () => {
    const synthetic: Words[] = [
      { spaced: 'stock=|stocks=|stockag', unspaced: '在庫=|品切れ' },
      { spaced: 'rete=|konto…gesperrt=|net', unspaced: 'ระงับ=|บัญชี…ถูกระงับ=' },
      { spaced: 'a=|b=' },
      { spaced: '', unspaced: 'x=' },
    ];
    const texts = [
      'stock',
      'out of stock',
      'stocks',
      'stockage',
      'stockage stock',
      'stockage, stocks',
      'restock',
      'stock1',
      'stock\u0301',
      'stock𝐀',
      'stock😀',
      'stock-out',
      '(stock)',
      'destock stock',
      'stock stockag',
      'rete',
      'la rete è giù',
      'retention',
      'internet',
      'net',
      'konto wurde gesperrt',
      'konto gesperrt!',
      'konto gesperrtes',
      'konto x gesperrt gesperrt',
      '在庫',
      '在庫数',
      '品切れです',
      'ระงับ',
      'ระงับแล้ว',
      'บัญชีของคุณถูกระงับ',
      'บัญชีถูกระงับชั่วคราว',
      'a',
      'ab',
      'a b',
      'ba',
      'x',
      'xy',
      'yx',
      'yx z',
      '',
    ].map(foldText);
    expect(agreeOn(synthetic, texts)).toBe(synthetic.length * texts.length);
    expect(compileWords(synthetic[0] as Words).test('stockage')).toBe(true); // a prefix entry at the same start
    expect(compileWords({ spaced: 'stock=' }).test('stockage stock')).toBe(true); // a later whole occurrence
    expect(compileWords({ spaced: 'stock=' }).test('stock\u0301')).toBe(false); // a combining mark continues the word
  });

  it('a `…` gap spans at most 24 characters, astral ones counted once, and every way to place the parts is tried', () => {
    const pad = (n: number, ch = 'x') => ch.repeat(n);
    const synthetic: Words[] = [
      { spaced: 'konto…gesperrt|a…b…c', unspaced: 'บัญชี…ถูกระงับ' },
      { spaced: 'konto…gesperrt=|ab…ab=' },
      { spaced: '', unspaced: '账号…冻结=|账号…冻结…解除' },
    ];
    const texts = [
      'konto gesperrt',
      'kontogesperrt',
      `konto${pad(24)}gesperrt`,
      `konto${pad(25)}gesperrt`,
      `konto${pad(23)}😀gesperrt`,
      `konto${pad(12, '😀')}gesperrt`,
      `konto${pad(13, '😀')}gesperrt`,
      `konto${pad(30)} konto gesperrt`,
      'konto gesperrtes konto gesperrt',
      'konto gesperrtes',
      'xkonto gesperrt',
      'konto gesperrt gesperrt',
      'konto gesperrtx gesperrt',
      `a${pad(24)}b${pad(24)}c`,
      `a${pad(24)}b${pad(25)}c`,
      `a b ${pad(30)} b c`,
      'abab',
      'ab ab',
      'ab abx ab',
      'ab ab ab',
      'abxab',
      'บัญชีของคุณถูกระงับ',
      `บัญชี${pad(25)}ถูกระงับ`,
      '账号已被冻结',
      '账号已被冻结了',
      '账号冻结',
      '账号已冻结，已解除',
      `账号${pad(20)}冻结${pad(24)}解除`,
    ].map(foldText);
    expect(agreeOn(synthetic, texts)).toBe(synthetic.length * texts.length);
    expect(compileWords({ spaced: 'konto…gesperrt' }).test(`konto${pad(24)}gesperrt`)).toBe(true);
    expect(compileWords({ spaced: 'konto…gesperrt' }).test(`konto${pad(25)}gesperrt`)).toBe(false);
  });

  it('an entry with an empty part, or a part that starts with an astral character, is refused when the set is built', () => {
    expect(() => compileWords({ spaced: 'a||b' })).not.toThrow(); // an empty entry is skipped, as before
    expect(() => compileWords({ spaced: 'konto……gesperrt' })).toThrow(/empty part/);
    expect(() => compileWords({ spaced: '…gesperrt' })).toThrow(/empty part/);
    expect(() => compileWords({ spaced: '😀ok' })).toThrow(/astral/);
    expect(() => compileWords({ spaced: 'ok…😀' })).toThrow(/astral/);
    expect(() => compileWords({ spaced: 'ok😀' })).not.toThrow(); // inside a part it is plain text
  });

  it('read together, every set answers as its own expression did', () => {
    const together = compileWordSets(sets);
    const oracles = sets.map(oracle);
    const texts = sets.flatMap((w) => probes(w).filter((_, i) => i % 7 === 0));
    for (const text of texts) expect(together(text), text).toEqual(oracles.map((re) => re.test(text)));
    expect(texts.length * sets.length).toBeGreaterThan(10_000);
    expect(together('').every((x) => x === false)).toBe(true);
  });

  it('random texts built from the words, separators, marks and astral characters: the same answers (seeded)', () => {
    let seed = 0x2f6e2b1;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const words = sets.flatMap((w) => `${w.spaced ?? ''}|${w.unspaced ?? ''}`.split('|').filter(Boolean));
    const bits = [' ', ' ', '-', '.', ', ', '(', 'x', 'é', 'a\u0301', '9', '𝐀', '😀', 'ß', 'ı', '\u0e31', '已', ': '];
    const piece = () => {
      if (rand(3) > 0) return bits[rand(bits.length)] as string;
      const w = (words[rand(words.length)] as string).replace(/=$/, '');
      const parts = w.split('…');
      // a gap of 0 to 30 characters where the word has one
      return parts.map((p, i) => (i ? 'z'.repeat(rand(31)) + p : p)).join('');
    };
    const together = compileWordSets(sets);
    const oracles = sets.map(oracle);
    for (let n = 0; n < 1500; n++) {
      const text = foldText(Array.from({ length: 1 + rand(8) }, piece).join(''));
      expect(together(text), text).toEqual(oracles.map((re) => re.test(text)));
    }
  });
});
