import type { MessageKey } from '../i18n/keys';
import type { CauseId, EventGroup } from '../model';
import { list } from './age';
import { ofKind } from './context';
import { LIKELY } from './diagnose';
import { gather, sortedStatuses, type WeightRule, weigh, when, where } from './groups';
import { located } from './market';
import { type DxParams, dx } from './message';
import { scriptStatement, toastCause } from './phrases';
import type { Signal } from './signals';
import type { ToastHit } from './toast-cause';
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
  for (const [g, hit] of messageHits(ctx)) {
    if (hit.cause !== cause) continue;
    const direct = hit.direct === true;
    const key = `${hit.signal}:${direct}`;
    const seen = found.get(key);
    if (seen) seen.groups.push(g);
    else found.set(key, { signal: hit.signal, direct, groups: [g] });
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
      message: located(
        ctx,
        groups,
        messages.length > 1
          ? dx('dx.toast.similar', {
              message: clip(messages[0] ?? ''),
              count: messages.length - 1,
              when: when(set, ctx.now),
            })
          : dx('dx.toast', { message: clip(messages[0] ?? ''), when: when(set, ctx.now) }),
      ),
    };
  });
}

/**
 * What each toast and script error of a ranking states, read once for all the rules that ask (seven do, each
 * about its own cause): the groups with a hit, in the context's order. Kept per context, so a new ranking reads anew.
 */
const hitsByContext = new WeakMap<RuleContext, [EventGroup, ToastHit][]>();
function messageHits(ctx: RuleContext): [EventGroup, ToastHit][] {
  let hits = hitsByContext.get(ctx);
  if (!hits) {
    hits = [];
    for (const g of ofKind(ctx, 'toast', 'console-error', 'js-error', 'unhandled-rejection')) {
      const m = g.sample.message ?? '';
      const hit = g.kind === 'toast' ? toastCause(m, ctx.toastCause) : scriptStatement(m, ctx.toastCause);
      if (hit) hits.push([g, hit]);
    }
    hitsByContext.set(ctx, hits);
  }
  return hits;
}

/**
 * One finding from a set of HTTP error groups, worded by `key` with `{statuses}` (the HTTP statuses), `{where}`
 * ("on 2 endpoints in the last 10 minutes") and any `extra` values.
 */
export function statusFinding(
  ctx: RuleContext,
  groups: EventGroup[],
  signal: Signal,
  rule: WeightRule,
  key: MessageKey,
  extra?: DxParams,
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
      message: located(
        ctx,
        groups,
        dx(key, { statuses: list(sortedStatuses(groups).map(String)), where: where(set, ctx.now), ...extra }),
      ),
    },
  ];
}

export function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
