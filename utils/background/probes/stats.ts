/** Latency statistics over a handful of samples. */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * Jitter as the mean absolute difference between consecutive samples (the idea of RFC 3550's interarrival
 * jitter, without its smoothing): it measures how much the latency moves, not how high it is.
 */
export function jitter(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  let sum = 0;
  for (let i = 1; i < values.length; i++) sum += Math.abs((values[i] as number) - (values[i - 1] as number));
  return sum / (values.length - 1);
}

/**
 * Median and jitter of the successful samples, in whole ms. The first sample pays for DNS, TCP and TLS set-up,
 * so it is left out whenever at least two others remain.
 */
export function latencyStats(okDurations: readonly number[]): { medianMs: number | null; jitterMs: number | null } {
  const timed = okDurations.length >= 3 ? okDurations.slice(1) : okDurations;
  const m = median(timed);
  const j = jitter(timed);
  return { medianMs: m === null ? null : Math.round(m), jitterMs: j === null ? null : Math.round(j) };
}
