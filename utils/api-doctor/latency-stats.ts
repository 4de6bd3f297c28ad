/**
 * Observed latency per kind of API call, from history: failed or slow requests (`requests.durationMs`) and the
 * samples of grouped events that carry an `apiKind`. Pure; the page reads the tables and passes the rows in.
 */
import { apiKindOf, LATENCY_BUDGETS } from '../facts/latency-budgets';
import { API_KINDS, type ApiKind, type EventGroup, type RequestRecord } from '../model';

export interface KindLatency {
  kind: ApiKind;
  budgetMs: number;
  budgetSource: string;
  /** number of durations seen */
  n: number;
  p50: number | null;
  p95: number | null;
  /** p95 over the budget; null with no data */
  overBudget: boolean | null;
}

/** Nearest-rank percentile (q in 0..1) of unsorted values; null when empty. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

const okDuration = (ms: unknown): ms is number =>
  typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms < 3_600_000;

export function latencyByKind(
  requests: readonly Pick<RequestRecord, 'at' | 'url' | 'status' | 'durationMs'>[],
  groups: readonly Pick<EventGroup, 'sample'>[],
  classify: (url: string) => ApiKind = (url) => apiKindOf(url),
): KindLatency[] {
  const byKind = new Map<ApiKind, number[]>(API_KINDS.map((k) => [k, []]));
  // A slow call may be both a request record and an event sample: count it once.
  const seen = new Set<string>();
  for (const r of requests) {
    // Failures below HTTP (status 0) measure a timeout or a refusal, not the API's speed.
    if (r.status <= 0 || !okDuration(r.durationMs)) continue;
    seen.add(`${r.at}|${r.url}`);
    byKind.get(classify(r.url))?.push(r.durationMs);
  }
  for (const { sample } of groups) {
    if (!sample.apiKind || !okDuration(sample.durationMs) || sample.status === 0) continue;
    if (sample.url && seen.has(`${sample.at}|${sample.url}`)) continue;
    byKind.get(sample.apiKind)?.push(sample.durationMs);
  }
  return API_KINDS.map((kind) => {
    const values = byKind.get(kind) ?? [];
    const p95 = percentile(values, 0.95);
    const budget = LATENCY_BUDGETS[kind];
    return {
      kind,
      budgetMs: budget.budgetMs,
      budgetSource: budget.source,
      n: values.length,
      p50: percentile(values, 0.5),
      p95,
      overBudget: p95 === null ? null : p95 > budget.budgetMs,
    };
  });
}
