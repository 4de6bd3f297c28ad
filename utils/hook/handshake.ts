/**
 * How the MAIN-world hook and the content script find each other without the page: both are document_start
 * content scripts, so both run before any page script, in either order. The content script offers a private
 * element (attached only for the instant of a bubbling event) with the nonce; the hook takes the first offer
 * and acknowledges it (an attribute on the element); a hook that runs first asks for the offer. Afterwards nobody
 * listens on the document, so a page script can neither ask again nor see the element or the nonce.
 */
import { pageEvent } from '../product';
import type { ChannelOffer } from './wire';

export const OFFER_EVENT = pageEvent('offer');
export const REQUEST_EVENT = pageEvent('request');
/**
 * The hook's acknowledgement: an attribute it sets on the offered element while the offer is being dispatched
 * (synchronously, so the content script reads it as soon as its dispatch returns). An attribute, not an event: one
 * event fewer crossing the two worlds in every Seller Center load.
 */
export const ACK_ATTRIBUTE = 'data-ack';

/**
 * The offer as it crosses worlds: a JSON string (a string detail reaches the other world in every browser, an
 * object may not). Written and read only here, so both sides see a typed `ChannelOffer`.
 */
function encodeOffer(offer: ChannelOffer): string {
  const { nonce, slowMs, budgets, otherMs } = offer;
  return JSON.stringify({ nonce, slowMs, budgets, otherMs });
}

const ms = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v < 1e7;
/** At most 16 rules of a pattern (at most 400 characters) and a budget; anything else is dropped. */
const rulesOf = (v: unknown): [string, number][] | undefined =>
  Array.isArray(v)
    ? v
        .filter(
          (r): r is [string, number] => Array.isArray(r) && typeof r[0] === 'string' && r[0].length <= 400 && ms(r[1]),
        )
        .slice(0, 16)
    : undefined;

/** The offer from a detail, or undefined when it is not one (a page may forge offers before ours). */
export function decodeOffer(detail: unknown): ChannelOffer | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const o = JSON.parse(detail) as Partial<ChannelOffer> | null;
    const { nonce, slowMs, budgets, otherMs } = o ?? {};
    if (typeof nonce !== 'string' || !nonce || typeof slowMs !== 'number' || !(slowMs >= 0)) return undefined;
    return { nonce, slowMs, budgets: rulesOf(budgets), otherMs: ms(otherMs) ? otherMs : undefined };
  } catch {
    return undefined;
  }
}

/** Content script side: offer `channel` with the nonce and the slow threshold until the hook acknowledges. */
export function offerChannel(doc: Document, channel: Element, offer: ChannelOffer, signal: AbortSignal): void {
  const detail = encodeOffer(offer);
  /** One offer; true when the hook took it (it sets the acknowledgement during the dispatch). */
  const send = () => {
    doc.documentElement.append(channel);
    channel.dispatchEvent(new CustomEvent(OFFER_EVENT, { bubbles: true, detail }));
    channel.remove();
    return channel.hasAttribute(ACK_ATTRIBUTE);
  };
  const stop = () => doc.removeEventListener(REQUEST_EVENT, onRequest);
  const onRequest = () => {
    stop();
    send();
  };
  if (send()) return;
  doc.addEventListener(REQUEST_EVENT, onRequest, { signal });
  // By DOMContentLoaded the hook (document_start) has run, or it never will: stop listening to the page.
  doc.addEventListener('DOMContentLoaded', stop, { once: true, signal });
}

/** Hook side: take the first offer, acknowledge it, and hand its element and offer over. */
export function acceptChannel(doc: Document, onChannel: (target: EventTarget, offer: ChannelOffer) => void): void {
  const onOffer = (e: Event) => {
    const offer = decodeOffer((e as CustomEvent<unknown>).detail);
    const target = e.target;
    if (!target || !offer) return;
    doc.removeEventListener(OFFER_EVENT, onOffer, true);
    (target as Element).setAttribute?.(ACK_ATTRIBUTE, '');
    onChannel(target, offer);
  };
  doc.addEventListener(OFFER_EVENT, onOffer, true);
  doc.dispatchEvent(new CustomEvent(REQUEST_EVENT));
}
