/**
 * How the MAIN-world hook and the content script find each other without the page: both are document_start
 * content scripts, so both run before any page script, in either order. The content script offers a private
 * element (attached only for the instant of a bubbling event) with the nonce; the hook takes the first offer
 * and acknowledges it; a hook that runs first asks for the offer. Afterwards nobody listens on the document, so
 * a page script can neither ask again nor see the element or the nonce.
 */
export const OFFER_EVENT = 'tsd:offer/1';
export const REQUEST_EVENT = 'tsd:request/1';
export const ACK_EVENT = 'tsd:ack/1';

/** Content script side. `detail` is `<nonce> <slowMs>`. */
export function offerChannel(doc: Document, channel: Element, detail: string, signal: AbortSignal): void {
  let acked = false;
  const offer = () => {
    doc.documentElement.append(channel);
    channel.dispatchEvent(new CustomEvent(OFFER_EVENT, { bubbles: true, detail }));
    channel.remove();
  };
  const stop = () => doc.removeEventListener(REQUEST_EVENT, onRequest);
  const onRequest = () => {
    stop();
    if (!acked) offer();
  };
  channel.addEventListener(
    ACK_EVENT,
    () => {
      acked = true;
      stop();
    },
    { once: true, signal },
  );
  offer();
  if (acked) return;
  doc.addEventListener(REQUEST_EVENT, onRequest, { signal });
  // By DOMContentLoaded the hook (document_start) has run, or it never will: stop listening to the page.
  doc.addEventListener('DOMContentLoaded', stop, { once: true, signal });
}

/** Hook side: take the first offer, acknowledge it, and hand its element and detail over. */
export function acceptChannel(doc: Document, onChannel: (target: EventTarget, detail: string) => void): void {
  const onOffer = (e: Event) => {
    const detail = (e as CustomEvent<unknown>).detail;
    const target = e.target;
    if (!target || typeof detail !== 'string') return;
    doc.removeEventListener(OFFER_EVENT, onOffer, true);
    target.dispatchEvent(new CustomEvent(ACK_EVENT));
    onChannel(target, detail);
  };
  doc.addEventListener(OFFER_EVENT, onOffer, true);
  doc.dispatchEvent(new CustomEvent(REQUEST_EVENT));
}
