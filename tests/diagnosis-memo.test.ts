/**
 * The diagnosis's memoized lookups (utils/diagnosis/memo.ts): the background ranks on every popup open, so per-text
 * answers are kept, bounded, and must be exactly what a fresh lookup gives, in any order of asking.
 */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose } from '@/utils/diagnosis';
import { codeInfo } from '@/utils/diagnosis/codes';
import { memo } from '@/utils/diagnosis/memo';
import { warmRanking } from '@/utils/diagnosis/recent';
import { VARIANT_INDEX } from '@/utils/facts/error-codes.index';
import { codeOn, ev, NOW } from './diagnosis-fixtures';

describe('memo', () => {
  it('computes a key once, and stays bounded by starting over when full', () => {
    let calls = 0;
    const square = memo((n: number) => {
      calls++;
      return n * n;
    }, 3);
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(calls).toBe(2);
    square(4);
    square(5); // full: starts over
    expect(square(2)).toBe(4);
    expect(calls).toBe(5);
  });

  it('keeps undefined answers too', () => {
    let calls = 0;
    const none = memo((_: string) => {
      calls++;
      return undefined;
    });
    none('a');
    none('a');
    expect(calls).toBe(1);
  });
});

describe('memoized code lookups', () => {
  it('tell the variants of one code apart by message, whichever is asked first', () => {
    const [code, words] = VARIANT_INDEX[0] ?? [0, []];
    const other = VARIANT_INDEX.find(([c, w]) => c === code && w[0] !== words[0]);
    const a = codeInfo(code, `xx ${words[0]} yy`);
    const plain = codeInfo(code);
    expect(other, 'a code with two variants').toBeDefined();
    const b = other ? codeInfo(code, `xx ${other[1][0]} yy`) : undefined;
    expect(b).not.toEqual(a);
    // asked again in the other order, the answers are the same
    expect(codeInfo(code)).toEqual(plain);
    if (other) expect(codeInfo(code, `xx ${other[1][0]} yy`)).toEqual(b);
    expect(codeInfo(code, `xx ${words[0]} yy`)).toEqual(a);
    expect(codeInfo(code, 'nothing of the kind')).toEqual(plain);
  });

  it('rank the same with the ranking warmed up first, and on a second pass', () => {
    const events = [
      codeOn(36009004, {}, { count: 3 }),
      ev('toast', { message: 'Payment declined: please update your card', pageHost: 'seller-us.tiktok.com' }),
    ];
    const first = diagnose(CAUSES, events, [], [], NOW);
    warmRanking(CAUSES);
    const again = diagnose(CAUSES, structuredClone(events), [], [], NOW);
    expect(again).toEqual(first);
  });
});
