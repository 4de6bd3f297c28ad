/**
 * Verdicts a figure's own noise supports. A comparison figure (a ratio with / without, or ms added) is measured
 * beside its A/A twin: the same estimator between two browsers of the same kind (no extension vs no extension),
 * in the same run, interleaved with the real comparison. What the twin shows is pure noise (it should be exactly 1
 * for a ratio, 0 for a difference), and a bootstrap over the rounds gives how far the figure itself could move.
 *
 *   noise = max(|A/A - null|, half-width of the figure's 90% bootstrap interval)
 *
 * The verdict is `unresolved` when that noise is wider than the budget's margin (budget - null: 0.03 for a ratio
 * budget of 1.03, the budget itself for "ms added"), or when the figure lies within the noise of its budget (it could
 * be on either side); otherwise `ok` or `OVER`. Absolute figures (a popup render time) have no twin: their noise is
 * the bootstrap half-width alone and only the second rule applies.
 */

import { rng } from './rng.mjs';
import { median, trimmedMean } from './stats.mjs';

/**
 * Percentile bootstrap of an estimator over rounds: `columns` are per-arm sample lists of equal length, resampled
 * by round (a round's arms stay together, as they were measured side by side).
 * @param {readonly (readonly number[])[]} columns
 * @param {(...cols: number[][]) => number} estimator
 * @returns {{ lo: number; hi: number; half: number }}
 */
export function bootstrap(columns, estimator, { iterations = 1000, level = 0.9 } = {}) {
  const n = Math.min(...columns.map((c) => c.length));
  if (!(n > 1)) return { lo: Number.NaN, hi: Number.NaN, half: Number.POSITIVE_INFINITY };
  const next = rng(0x7e5d); // fixed seed: the same samples always give the same interval
  const stats = [];
  for (let it = 0; it < iterations; it++) {
    const idx = Array.from({ length: n }, () => Math.floor(next() * n));
    const v = estimator(...columns.map((c) => idx.map((i) => /** @type {number} */ (c[i]))));
    if (Number.isFinite(v)) stats.push(v);
  }
  stats.sort((x, y) => x - y);
  const at = (/** @type {number} */ q) => stats[Math.min(stats.length - 1, Math.max(0, Math.floor(q * stats.length)))];
  const lo = at((1 - level) / 2) ?? Number.NaN;
  const hi = at(1 - (1 - level) / 2) ?? Number.NaN;
  return { lo, hi, half: (hi - lo) / 2 };
}

/** Median with / median without. @param {number[]} a @param {number[]} b */
export const ratioOfMedians = (a, b) => median(a) / median(b);

/** (median with - median without) / per. @param {number} per */
export const diffOfMedians =
  (per = 1) =>
  (/** @type {number[]} */ a, /** @type {number[]} */ b) =>
    (median(a) - median(b)) / per;

/**
 * Paired: the trimmed mean (20% off each end) over rounds of (with - without) / per, each round's two values measured
 * side by side, so that a slow stretch of the machine, which moves both, cancels out. The bootstrap of `compare`
 * resamples whole rounds, so it keeps the pairs.
 * @param {number} per
 */
export const trimmedMeanOfDiffs =
  (per = 1) =>
  (/** @type {number[]} */ a, /** @type {number[]} */ b) => {
    const n = Math.min(a.length, b.length);
    return trimmedMean(Array.from({ length: n }, (_, i) => ((a[i] ?? Number.NaN) - (b[i] ?? Number.NaN)) / per));
  };

/**
 * @typedef {object} Judged
 * @property {'ok' | 'OVER' | 'unresolved'} verdict
 * @property {number} noise the spread the verdict was held against
 * @property {string} why one line: what decided
 */

/**
 * @param {{ value: number; budget: number; noise: number; nullValue?: number; aa?: number }} o nullValue and aa
 *   for comparison figures (their margin rule applies); without them the figure is absolute.
 * @returns {Judged}
 */
export function judge({ value, budget, noise, nullValue, aa }) {
  const fmt = (/** @type {number} */ x) => (Math.abs(x) < 1 ? x.toPrecision(2) : x.toFixed(3));
  if (!Number.isFinite(value)) return { verdict: 'unresolved', noise, why: 'no value' };
  if (nullValue !== undefined) {
    const margin = budget - nullValue;
    if (!(noise <= margin))
      return {
        verdict: 'unresolved',
        noise,
        why: `noise ${fmt(noise)} (A/A ${aa === undefined ? '-' : fmt(aa)}) wider than the budget's margin ${fmt(margin)}`,
      };
  }
  if (Math.abs(value - budget) <= noise)
    return { verdict: 'unresolved', noise, why: `${fmt(value)} is within the noise ${fmt(noise)} of the budget` };
  return {
    verdict: value <= budget ? 'ok' : 'OVER',
    noise,
    why: `${fmt(value)} vs budget ${fmt(budget)}, noise ${fmt(noise)}`,
  };
}

/**
 * A comparison figure and its twin from per-round samples of three arms: `test` (with the extension), `ref` (without)
 * and `twin` (a second browser without). `estimator(test, ref)` is the figure; `estimator(twin, ref)` the A/A.
 * @param {{ test: number[]; ref: number[]; twin: number[] }} s
 * @param {(a: number[], b: number[]) => number} estimator
 * @param {{ budget: number; nullValue: number }} o
 */
export function compare(s, estimator, { budget, nullValue }) {
  const value = estimator(s.test, s.ref);
  const aa = estimator(s.twin, s.ref);
  const ci = bootstrap([s.test, s.ref], estimator);
  const noise = Math.max(Math.abs(aa - nullValue), ci.half);
  return { value, aa, ci, ...judge({ value, budget, noise, nullValue, aa }) };
}

/**
 * An absolute figure (no twin) against its budget: median, and the bootstrap interval of the median as its noise.
 * @param {number[]} xs
 * @param {number} budget
 */
export function absolute(xs, budget) {
  const value = median(xs);
  const ci = bootstrap([xs], (a) => median(a));
  return { value, ci, ...judge({ value, budget, noise: ci.half }) };
}
