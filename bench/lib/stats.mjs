/**
 * Small statistics for benchmarks: medians and ranges of samples taken in one run, never single absolute times,
 * and interleaved arms so that the machine's drift hits every arm alike.
 */

/** @param {readonly number[]} xs */
export function median(xs) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const hi = s[mid] ?? Number.NaN;
  return s.length % 2 ? hi : ((s[mid - 1] ?? Number.NaN) + hi) / 2;
}

/**
 * Mean of the middle of the samples: a fraction `trim` of them cut from each end (0.2: the middle 60%). Robust to a
 * few rounds a busy neighbour spoiled, like a median, but it uses more of the samples, so it moves less by chance.
 * @param {readonly number[]} xs
 */
export function trimmedMean(xs, trim = 0.2) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const cut = Math.floor(s.length * trim);
  const kept = s.slice(cut, s.length - cut);
  return kept.reduce((sum, x) => sum + x, 0) / kept.length;
}

/** @param {readonly number[]} xs */
export const min = (xs) => (xs.length ? Math.min(...xs) : Number.NaN);
/** @param {readonly number[]} xs */
export const max = (xs) => (xs.length ? Math.max(...xs) : Number.NaN);

/**
 * Median and range of samples.
 * @param {readonly number[]} xs
 * @returns {{ median: number; min: number; max: number; n: number }}
 */
export function summarize(xs) {
  return { median: median(xs), min: min(xs), max: max(xs), n: xs.length };
}

/**
 * Pairwise values of two equally long sample lists (run i of arm A against run i of arm B).
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 * @param {(a: number, b: number) => number} f
 */
export function pairwise(a, b, f) {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, i) => f(/** @type {number} */ (a[i]), /** @type {number} */ (b[i])));
}

/**
 * Run `measure` for every arm, `runs` times, interleaved: A B, then B A, then A B... so that neither arm always
 * goes first (a warm cache or a busy neighbour then hits both alike). The first `warmup` rounds are not kept.
 * @template {string} K
 * @template T
 * @param {readonly K[]} arms
 * @param {{ runs: number; warmup?: number }} o
 * @param {(arm: K, round: number) => Promise<T>} measure
 * @returns {Promise<Record<K, T[]>>}
 */
export async function interleave(arms, { runs, warmup = 0 }, measure) {
  const out = /** @type {Record<K, T[]>} */ (Object.fromEntries(arms.map((a) => [a, []])));
  for (let round = 0; round < warmup + runs; round++) {
    const order = round % 2 ? [...arms].reverse() : arms;
    for (const arm of order) {
      const value = await measure(arm, round);
      if (round >= warmup) out[arm].push(value);
    }
  }
  return out;
}
