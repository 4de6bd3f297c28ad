/**
 * How evidence ages: full weight for half an hour, then less, and nothing after a day. Steps rather than a
 * curve so that a verdict can be explained ("seen 2 hours ago, counted at 30%").
 */
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
export function whenPhrase(earliestAt: number, latestAt: number, now: number): string {
  if (now - latestAt <= 30 * MIN) {
    const since = Math.max(earliestAt, now - WINDOW_MS);
    const span = duration(now - since);
    return span === '1 minute' ? 'in the last minute' : `in the last ${span}`;
  }
  return `last seen ${duration(now - latestAt)} ago`;
}

/** A rounded-up span: "1 minute", "12 minutes", "3 hours". */
export function duration(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MIN));
  if (minutes < 120) return plural(minutes, 'minute');
  return plural(Math.min(24, Math.ceil(minutes / 60)), 'hour');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatNumber(n)} ${n === 1 ? word : many}`;
}

/** 12345 -> "12,345": fixed, not locale-dependent, so that tests and bundles read the same everywhere. */
export function formatNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "a, b, c and 4 more": a list kept to one line. */
export function listSome(items: readonly string[], max = 3): string {
  if (items.length <= max) return listPhrase(items);
  return `${items.slice(0, max).join(', ')} and ${formatNumber(items.length - max)} more`;
}

/** "503", "502 and 503", "500, 502 and 503" */
export function listPhrase(items: readonly (string | number)[]): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`;
}

/** "just now", "3 minutes ago", "2 hours ago": when a probe ran. */
export function ago(at: number, now: number): string {
  return now - at < MIN ? 'just now' : `${duration(now - at)} ago`;
}
