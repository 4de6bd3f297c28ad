/**
 * The handshake between the hook and the content script, in either start order, on a minimal fake DOM: a
 * document and an element whose events bubble to the document only while the element is attached.
 */
import { describe, expect, it } from 'vitest';
import {
  ACK_ATTRIBUTE,
  acceptChannel,
  decodeOffer,
  OFFER_EVENT,
  offerChannel,
  REQUEST_EVENT,
} from '@/utils/hook/handshake';
import type { ChannelOffer } from '@/utils/hook/wire';

const OFFER: ChannelOffer = { nonce: 'nonce', slowMs: 500 };

type Fake = { type: string; detail?: unknown; bubbles?: boolean; target: unknown };
type Listener = (e: Fake) => void;

class Node_ {
  private listeners = new Map<string, Set<Listener>>();
  addEventListener(type: string, fn: Listener, opts?: { signal?: AbortSignal; once?: boolean } | boolean) {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    const wrapped: Listener =
      typeof opts === 'object' && opts.once
        ? (e) => {
            set.delete(wrapped);
            fn(e);
          }
        : fn;
    (wrapped as { orig?: Listener }).orig = fn;
    set.add(wrapped);
    if (typeof opts === 'object') opts.signal?.addEventListener('abort', () => set.delete(wrapped));
  }
  removeEventListener(type: string, fn: Listener) {
    const set = this.listeners.get(type);
    for (const l of set ?? []) if (l === fn || (l as { orig?: Listener }).orig === fn) set?.delete(l);
  }
  fire(e: Fake) {
    for (const l of [...(this.listeners.get(e.type) ?? [])]) l(e);
  }
}

function makeDom() {
  const doc = new (class extends Node_ {
    documentElement = { append: (c: Channel) => (c.attached = true) };
    dispatchEvent(e: CustomEvent) {
      this.fire({ type: e.type, detail: e.detail, bubbles: e.bubbles, target: this });
      return true;
    }
  })();
  class Channel extends Node_ {
    attached = false;
    attributes = new Set<string>();
    setAttribute(name: string) {
      this.attributes.add(name);
    }
    hasAttribute(name: string) {
      return this.attributes.has(name);
    }
    remove() {
      this.attached = false;
    }
    dispatchEvent(e: CustomEvent) {
      const ev = { type: e.type, detail: e.detail, bubbles: e.bubbles, target: this };
      this.fire(ev);
      if (e.bubbles && this.attached) doc.fire(ev);
      return true;
    }
  }
  return { doc, channel: new Channel() };
}

describe('handshake', () => {
  for (const hookFirst of [true, false]) {
    it(`connects when the ${hookFirst ? 'hook' : 'content script'} starts first, then ignores the page`, () => {
      const { doc, channel } = makeDom();
      const d = doc as unknown as Document;
      const got: { target: unknown; offer: ChannelOffer }[] = [];
      const hook = () => acceptChannel(d, (target, offer) => got.push({ target, offer }));
      const content = () => offerChannel(d, channel as unknown as Element, OFFER, new AbortController().signal);
      if (hookFirst) {
        hook();
        content();
      } else {
        content();
        hook();
      }
      expect(got).toEqual([{ target: channel, offer: OFFER }]);
      expect(channel.attached).toBe(false);
      expect(channel.hasAttribute(ACK_ATTRIBUTE)).toBe(true); // the hook's acknowledgement

      // Afterwards a page that asks again gets no offer, and a forged offer is not taken.
      const offers: unknown[] = [];
      doc.addEventListener(OFFER_EVENT, (e) => offers.push(e.detail));
      doc.dispatchEvent(new CustomEvent(REQUEST_EVENT));
      expect(offers).toEqual([]);
      doc.dispatchEvent(new CustomEvent(OFFER_EVENT, { detail: JSON.stringify({ nonce: 'forged', slowMs: 1 }) }));
      expect(got).toHaveLength(1);
    });
  }

  it('stops answering requests at DOMContentLoaded when no hook came', () => {
    const { doc, channel } = makeDom();
    const d = doc as unknown as Document;
    offerChannel(d, channel as unknown as Element, OFFER, new AbortController().signal);
    doc.dispatchEvent(new CustomEvent('DOMContentLoaded'));
    const offers: unknown[] = [];
    doc.addEventListener(OFFER_EVENT, (e) => offers.push(e.detail));
    doc.dispatchEvent(new CustomEvent(REQUEST_EVENT));
    expect(offers).toEqual([]);
  });

  it("passes the kinds' budgets, dropping malformed rules, long patterns and more than 16", () => {
    const offer = (budgets: unknown, otherMs?: unknown) =>
      decodeOffer(JSON.stringify({ nonce: 'n', slowMs: 500, budgets, otherMs }));
    expect(
      offer(
        [
          ['checkout', 500],
          ['product', 1000],
        ],
        1500,
      ),
    ).toEqual({
      nonce: 'n',
      slowMs: 500,
      budgets: [
        ['checkout', 500],
        ['product', 1000],
      ],
      otherMs: 1500,
    });
    expect(offer([['a', -1], ['b', '9'], [5, 1], 'x', ['c'.repeat(401), 1], ['d', 7]], -3)).toEqual({
      nonce: 'n',
      slowMs: 500,
      budgets: [['d', 7]],
      otherMs: undefined,
    });
    expect(offer(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))?.budgets).toHaveLength(16);
    expect(offer('nope')?.budgets).toBeUndefined();
  });

  it('reads only a well-formed offer', () => {
    expect(decodeOffer(JSON.stringify(OFFER))).toEqual(OFFER);
    for (const bad of ['nonce 500', '{"nonce":"","slowMs":500}', '{"nonce":"n","slowMs":"500"}', 5, null, '{']) {
      expect(decodeOffer(bad)).toBeUndefined();
    }
  });
});
