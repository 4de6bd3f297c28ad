/**
 * What a watch notification says: which cause, where (the Seller Center host and its market) and the first
 * step of its guided walk, in the seller's language (the background activates it: utils/background/language.ts).
 */

import { causeTitle } from '../causes/titles';
import { findQuestion, findSubCause } from '../causes/tree';
import { signalsOf, type Verdict } from '../diagnosis';
import { whyText } from '../diagnosis/render';
import { isSellerHost, marketOfHost } from '../facts/hosts';
import { t } from '../i18n/translate';
import type { CauseVerdict, EventGroup } from '../model';
import { startWalk } from '../walk/walk';

/** Read when a notice is built, in the active language. */
export const WATCH_TEXT = {
  title: (cause: string) => t('background.watch.title', { cause }),
  where: (host: string, market?: string) =>
    market ? t('background.watch.whereMarket', { host, market }) : t('background.watch.where', { host }),
  more: (n: number) => t('background.watch.more', { count: n }),
  askFirst: (question: string) => t('background.watch.first', { step: question }),
  firstStep: (step: string) => t('background.watch.first', { step }),
  open: () => t('background.watch.open'),
} as const;

export interface Notice {
  title: string;
  message: string;
}

/** The host the newest evidence came from: the latest Seller Center event, else any latest event. */
export function whereOf(events: readonly Pick<EventGroup, 'lastAt' | 'sample'>[]): string | undefined {
  let best: Pick<EventGroup, 'lastAt' | 'sample'> | undefined;
  for (const g of events) {
    const seller = isSellerHost(g.sample.pageHost);
    const bestSeller = best ? isSellerHost(best.sample.pageHost) : false;
    if (!best || (seller && !bestSeller) || (seller === bestSeller && g.lastAt > best.lastAt)) best = g;
  }
  return best?.sample.pageHost || undefined;
}

/** The first thing the guided walk would have the seller do or answer for this cause. */
export function firstStep(verdict: CauseVerdict, now: number): string | undefined {
  const walk = startWalk(verdict.id, [...signalsOf(verdict as Verdict)], now);
  const node = walk.node;
  if (node.kind === 'fix') {
    const step = findSubCause(node.id)?.fixes[0]?.steps[0];
    return step ? WATCH_TEXT.firstStep(t(step)) : undefined;
  }
  if (node.kind === 'question') {
    const q = findQuestion(node.id);
    return q ? WATCH_TEXT.askFirst(t(q.text)) : undefined;
  }
  return undefined;
}

/** `notify` holds the newly likely causes, most likely first: the notification names the first. */
export function noticeOf(
  notify: readonly CauseVerdict[],
  events: readonly EventGroup[],
  now: number,
): Notice | undefined {
  const [top, ...rest] = notify;
  if (!top) return undefined;
  const host = whereOf(events);
  const lines = [
    host ? `${WATCH_TEXT.where(host, marketOfHost(host))}: ${whyText(top)}` : whyText(top),
    firstStep(top, now),
    rest.length ? WATCH_TEXT.more(rest.length) : undefined,
    WATCH_TEXT.open(),
  ];
  return { title: WATCH_TEXT.title(causeTitle(top.id)), message: lines.filter(Boolean).join('\n') };
}
