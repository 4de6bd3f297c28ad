/**
 * Toasts the content script saw, sorted at intake: the page side reads only structure (utils/content/toasts.ts),
 * so here the words of the twelve languages decide whether a message reports an error. Success and info messages
 * are dropped before anything is stored; the in-transit `neutral` mark is never stored.
 */
import { reportsError } from '../causes/toasts';
import type { EventGroupDelta } from '../model';

/** The deltas to keep: everything not seen in the DOM, and the DOM's messages that report an error. */
export function errorMessagesOnly(groups: EventGroupDelta[]): EventGroupDelta[] {
  const out: EventGroupDelta[] = [];
  for (const g of groups) {
    if (g.sample.source !== 'dom') {
      out.push(g);
      continue;
    }
    const { neutral, ...sample } = g.sample;
    if (reportsError(sample.message ?? '', neutral === true)) out.push({ ...g, sample });
  }
  return out;
}
