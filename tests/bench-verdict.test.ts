import { describe, expect, it } from 'vitest';
import {
  absolute,
  bootstrap,
  compare,
  diffOfMedians,
  judge,
  ratioOfMedians,
  trimmedMeanOfDiffs,
} from '../bench/lib/verdict.mjs';

// The bench's verdicts: `unresolved` whenever the run's own noise could put the figure on either side of its budget.
describe('bench verdicts', () => {
  it('a ratio whose A/A twin is as far from 1 as the budget margin is unresolved, whatever the figure', () => {
    const j = judge({ value: 1.2, budget: 1.03, noise: 0.05, nullValue: 1, aa: 0.95 });
    expect(j.verdict).toBe('unresolved');
  });

  it('a ratio clearly over or under its budget, with a quiet twin, is OVER or ok', () => {
    expect(judge({ value: 1.1, budget: 1.03, noise: 0.01, nullValue: 1, aa: 1.01 }).verdict).toBe('OVER');
    expect(judge({ value: 1.0, budget: 1.03, noise: 0.01, nullValue: 1, aa: 0.99 }).verdict).toBe('ok');
  });

  it('a figure within the noise of its budget is unresolved even when the noise is inside the margin', () => {
    expect(judge({ value: 1.025, budget: 1.03, noise: 0.01, nullValue: 1, aa: 1.01 }).verdict).toBe('unresolved');
    expect(judge({ value: 160, budget: 150, noise: 20 }).verdict).toBe('unresolved');
    expect(judge({ value: 100, budget: 150, noise: 20 }).verdict).toBe('ok');
  });

  it('compare takes the wider of the twin and the bootstrap as its noise', () => {
    const ref = [100, 101, 99, 100, 102, 98, 100, 101];
    const twin = ref.map((x) => x * 1.1); // a twin 10% off: this run cannot resolve 3%
    const test = ref.map((x) => x * 1.01);
    const j = compare({ test, ref, twin }, ratioOfMedians, { budget: 1.03, nullValue: 1 });
    expect(j.aa).toBeCloseTo(1.1, 5);
    expect(j.noise).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(j.verdict).toBe('unresolved');
    const quiet = compare({ test, ref, twin: ref }, ratioOfMedians, { budget: 1.03, nullValue: 1 });
    expect(quiet.verdict).toBe('ok');
  });

  it('ms added per request: difference of medians over the count', () => {
    expect(diffOfMedians(100)([300, 310, 320], [200, 210, 220])).toBeCloseTo(1, 9);
  });

  it('ms added, paired: trimmed mean of per-round differences, a spoiled round cut off', () => {
    const without = [4, 3.5, 4.2, 3.8, 3.9, 4.1, 3.7, 4, 3.6, 4.3, 3.4, 4.4, 3.9, 3.8, 4, 4.1, 3.6, 3.7, 4.2, 3.9];
    const withIt = without.map((x, i) => x + (i === 2 ? 5 : 0.03)); // a drift both arms share; one spoiled round
    expect(trimmedMeanOfDiffs(1)(withIt, without)).toBeCloseTo(0.03, 9);
    expect(trimmedMeanOfDiffs(2)([2, 4], [1, 1])).toBeCloseTo(1, 9); // 2 rounds: nothing cut
    // The drift makes the difference of medians miss what a paired figure sees.
    const drifting = withIt.map((x, i) => x + i * 0.1);
    const base = without.map((x, i) => x + i * 0.1 + 0.05);
    const tight = compare({ test: drifting, ref: base, twin: base }, trimmedMeanOfDiffs(1), {
      budget: 0.05,
      nullValue: 0,
    });
    expect(tight.value).toBeCloseTo(-0.02, 9);
    expect(tight.ci.half).toBeLessThan(0.01);
  });

  it('bootstrap is deterministic and brackets the median; one sample gives infinite noise', () => {
    const xs = [10, 12, 11, 13, 9, 10, 11, 12, 10, 11];
    const a = bootstrap([xs], (c) => [...c].sort((p, q) => p - q)[c.length >> 1] ?? Number.NaN);
    const b = bootstrap([xs], (c) => [...c].sort((p, q) => p - q)[c.length >> 1] ?? Number.NaN);
    expect(a).toEqual(b);
    expect(a.lo).toBeLessThanOrEqual(11);
    expect(a.hi).toBeGreaterThanOrEqual(10);
    expect(absolute([5], 10).noise).toBe(Number.POSITIVE_INFINITY);
    expect(absolute([5], 10).verdict).toBe('unresolved');
  });
});
