/**
 * Which market a piece of evidence comes from. A seller with several Seller Center markets open (US and UK, say)
 * must know which one failed, so when the events span more than one market each finding names its own.
 */
import { marketOfHost } from '../facts/hosts';
import type { EventGroup } from '../model';
import { list } from './age';
import { memo } from './memo';
import { type DxMessage, dx } from './message';
import type { RuleContext } from './types';

const marketOf = memo(marketOfHost, 256);

/** The markets (US, UK, GLOBAL...) of the Seller Center pages the groups were seen on, sorted. */
export function marketsOf(groups: readonly EventGroup[]): string[] {
  const found = new Set<string>();
  for (const g of groups) {
    const market = marketOf(g.sample.pageHost ?? '');
    if (market) found.add(market);
  }
  return [...found].sort();
}

/** The finding's sentence, with its market(s) named when the evidence comes from more than one market. */
export function located(ctx: RuleContext, groups: readonly EventGroup[], message: DxMessage): DxMessage {
  if (ctx.markets.length < 2) return message;
  const mine = marketsOf(groups);
  return mine.length > 0 ? dx('dx.in-market', { text: message, market: list(mine) }) : message;
}
