import type { CauseId, EventGroup } from '../model';
import { formatNumber, listPhrase } from './age';
import { ofKind } from './context';
import { gather, sortedStatuses, spread, type WeightRule, weigh, when } from './groups';
import { SCRIPT_MESSAGES, toastCause } from './phrases';
import type { Signal } from './signals';
import type { Finding, RuleContext } from './types';

/** Toasts (error messages shown to the seller) whose wording points at this cause; one finding per signal. */
export function toastFindings(ctx: RuleContext, cause: CauseId, perMessage = 0.6): Finding[] {
  const bySignal = new Map<Signal, EventGroup[]>();
  for (const g of ofKind(ctx, 'toast', 'console-error', 'js-error', 'unhandled-rejection')) {
    const m = g.sample.message ?? '';
    // Toasts are worded for the seller; script errors count only where their wording is unmistakable.
    const hit = g.kind === 'toast' ? toastCause(m, ctx.toastCause) : SCRIPT_MESSAGES.find((p) => p.re.test(m));
    if (hit?.cause === cause) bySignal.set(hit.signal, [...(bySignal.get(hit.signal) ?? []), g]);
  }
  return [...bySignal].map(([signal, groups]) => {
    const set = gather(groups);
    const messages = [...new Set(groups.map((g) => g.sample.message ?? ''))];
    return {
      signal,
      source: 'event',
      weight: weigh(set, ctx.now, { perEndpoint: perMessage, cap: perMessage * 2 }, (g) => g.sample.message ?? ''),
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
