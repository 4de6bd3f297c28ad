/**
 * How evidence ages: full weight for half an hour, then less, and nothing after a day. Steps rather than a
 * curve so that a verdict can be explained ("seen 2 hours ago, counted at 30%").
 */
import { type DxMessage, type DxValue, dx } from './message';

const MIN = 60_000;
const HOUR = 60 * MIN;
export const WINDOW_MS = 24 * HOUR;

const STEPS: [maxAgeMs: number, factor: number][] = [
  [30 * MIN, 1],
  [HOUR, 0.6],
  [6 * HOUR, 0.3],
  [WINDOW_MS, 0.1],
];

export function recency(at: number, now: number): number {
  const age = now - at;
  for (const [max, factor] of STEPS) if (age <= max) return factor;
  return 0;
}

/** "in the last 10 minutes" for fresh evidence, "last seen 3 hours ago" for older. */
export function whenPhrase(earliestAt: number, latestAt: number, now: number): DxMessage {
  if (now - latestAt <= 30 * MIN) {
    const { unit, count } = roundSpan(now - Math.max(earliestAt, now - WINDOW_MS));
    return dx(unit === 'minute' ? 'dx.when.last.minutes' : 'dx.when.last.hours', { count });
  }
  return dx('dx.when.seen', { span: { span: now - latestAt } });
}

/** A span rounded up, as the evidence says it: minutes under 2 hours, else hours (at most 24: the window). */
export function roundSpan(ms: number): { unit: 'minute' | 'hour'; count: number } {
  const minutes = Math.max(1, Math.ceil(ms / MIN));
  return minutes < 120
    ? { unit: 'minute', count: minutes }
    : { unit: 'hour', count: Math.min(24, Math.ceil(minutes / 60)) };
}

/** "just now", "3 minutes ago", "2 hours ago": when a probe ran. */
export function ago(at: number, now: number): DxMessage {
  return now - at < MIN ? dx('dx.ago.now') : dx('dx.ago', { span: { span: now - at } });
}

/** "a, b and c"; with `max`, "a, b, c and 4 more": a list kept to one line. */
export function list(items: readonly DxValue[], max?: number): DxValue {
  return max === undefined ? { list: [...items] } : { list: [...items], max };
}
