import type { CauseId, EventGroup } from '../model';
import { formatNumber, listPhrase } from './age';
import { ofKind } from './context';
import { LIKELY } from './diagnose';
import { gather, sortedStatuses, spread, type WeightRule, weigh, when } from './groups';
import { scriptStatement, toastCause } from './phrases';
import type { Signal } from './signals';
import type { Finding, RuleContext } from './types';

/**
 * Toasts (error messages shown to the seller) whose wording points at this cause; one finding per signal (and
 * directness). A message
 * in which Seller Center states the problem itself (a direct phrase) weighs `LIKELY` on its own: one fresh direct
 * toast makes its cause likely. Script errors count only when their wording is as plain as such a statement.
 */
export function toastFindings(ctx: RuleContext, cause: CauseId, perMessage = 0.6): Finding[] {
  // direct statements and ordinary words stay apart even when they establish the same fact
  const found = new Map<string, { signal: Signal; direct: boolean; groups: EventGroup[] }>();
  for (const g of ofKind(ctx, 'toast', 'console-error', 'js-error', 'unhandled-rejection')) {
    const m = g.sample.message ?? '';
    const hit = g.kind === 'toast' ? toastCause(m, ctx.toastCause) : scriptStatement(m, ctx.toastCause);
    if (hit?.cause !== cause) continue;
    const direct = hit.direct === true;
    const key = `${hit.signal}:${direct}`;
    const seen = found.get(key) ?? { signal: hit.signal, direct, groups: [] };
    found.set(key, { ...seen, groups: [...seen.groups, g] });
  }
  return [...found.values()].map(({ signal, direct, groups }) => {
    const per = direct ? Math.max(perMessage, LIKELY) : perMessage;
    const set = gather(groups);
    const messages = [...new Set(groups.map((g) => g.sample.message ?? ''))];
    return {
      signal,
      source: 'event',
      weight: weigh(set, ctx.now, { perEndpoint: per, cap: per * 2 }, (g) => g.sample.message ?? ''),
      at: set.latestAt,
      ref: groups[0]?.fingerprint,
      text: `Seller Center showed "${clip(messages[0] ?? '')}"${
        messages.length > 1
          ? ` and ${formatNumber(messages.length - 1)} similar ${messages.length === 2 ? 'message' : 'messages'}`
          : ''
      } ${when(set, ctx.now)}`,
    };
  });
}

/** One finding from a set of HTTP error groups. */
export function statusFinding(
  ctx: RuleContext,
  groups: EventGroup[],
  signal: Signal,
  rule: WeightRule,
  sentence: (statuses: string, where: string) => string,
): Finding[] {
  if (groups.length === 0) return [];
  const set = gather(groups);
  return [
    {
      signal,
      source: 'event',
      weight: weigh(set, ctx.now, rule),
      at: set.latestAt,
      ref: groups[0]?.fingerprint,
      text: sentence(listPhrase(sortedStatuses(groups)), `${spread(set)} ${when(set, ctx.now)}`),
    },
  ];
}

export function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
