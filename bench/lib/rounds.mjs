/**
 * Rounds raised until the verdicts are resolved: arms measured interleaved (the order rotates every round, so that
 * no arm always goes first), a first batch of rounds, then more in steps while any verdict of the figure is still
 * `unresolved`, until the round limit or the figure's time cap. The cap also cuts the first batch short (after at
 * least `minimum` rounds, 3 unless said) on a machine so busy that it alone would overrun. Progress is printed after every batch.
 */

/**
 * @template {string} K
 * @template T
 * @param {import('./harness.mjs').Bench} bench
 * @param {{
 *   label: string;
 *   arms: readonly K[];
 *   warmup?: number;
 *   initial: number;
 *   step: number;
 *   max: number;
 *   capSeconds: number;
 *   minimum?: number;
 *   measure: (arm: K, round: number) => Promise<T>;
 *   check: (samples: Record<K, T[]>) => { resolved: boolean; text: string };
 * }} o
 * @returns {Promise<{ samples: Record<K, T[]>; rounds: number; seconds: number; stoppedBy: 'resolved' | 'rounds' | 'time' }>}
 */
export async function untilResolved(bench, o) {
  const { arms, warmup = 0 } = o;
  const quick = bench.quick ? 0.4 : 1;
  const initial = Math.max(2, Math.round(o.initial * quick));
  const max = Math.max(initial, Math.round(o.max * quick));
  const capMs = o.capSeconds * 1000 * quick;
  const samples = /** @type {Record<K, T[]>} */ (Object.fromEntries(arms.map((a) => [a, []])));
  const t0 = Date.now();
  for (let round = 0; ; round++) {
    // Rotate, and reverse every other round: A B C, C B A... then B C A, A C B...
    const shift = Math.floor(round / 2) % arms.length;
    const rotated = [...arms.slice(shift), ...arms.slice(0, shift)];
    for (const arm of round % 2 ? rotated.reverse() : rotated) {
      const value = await o.measure(arm, round);
      if (round >= warmup) samples[arm].push(value);
    }
    const kept = round + 1 - warmup;
    const late = kept >= (o.minimum ?? 3) && Date.now() - t0 > capMs;
    if (!late && (kept < initial || (kept - initial) % o.step !== 0)) continue;
    const { resolved, text } = o.check(samples);
    const seconds = (Date.now() - t0) / 1000;
    bench.log(`${o.label}: ${kept} rounds, ${seconds.toFixed(0)} s: ${text}`);
    const stoppedBy = resolved ? 'resolved' : kept >= max ? 'rounds' : late ? 'time' : undefined;
    if (stoppedBy) return { samples, rounds: kept, seconds: Math.round(seconds), stoppedBy };
  }
}

/**
 * The `check` of a figure with several verdicts: resolved when none is `unresolved`, each described in turn.
 * @template S
 * @param {(samples: S) => { verdict: string }[]} judge
 * @param {(verdict: any, index: number) => string} describe
 * @returns {(samples: S) => { resolved: boolean; text: string }}
 */
export const checkAll = (judge, describe) => (samples) => {
  const j = judge(samples);
  return { resolved: j.every((x) => x.verdict !== 'unresolved'), text: j.map(describe).join('; ') };
};
