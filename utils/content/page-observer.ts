/**
 * The content script's side of the page observer: hands the MAIN-world hook a private channel, receives its
 * batches (nonce, rate and shape checked), watches for error toasts, and feeds everything, redacted, into one
 * collector that batches to the background. It listens for no page error itself: the hook sees uncaught errors,
 * rejections and failed <script>/<link>/<img> loads (capture phase) in the page's world, and a second window
 * 'error' listener here would cost every error again. Everything hangs off `ctx.signal`, so nothing leaks when the
 * extension reloads.
 */

import { BUDGET_MS, budgetRules } from '../facts/latency-budgets';
import { offerChannel } from '../hook/handshake';
import { BRIDGE_EVENT, type HookItem } from '../hook/wire';
import { BRIDGE_BURST, BRIDGE_PER_SECOND } from '../limits';
import { NS } from '../product';
import { redactUrl } from '../redact';
import { learnCookies, learnItem } from '../redact/learn';
import { SecretMemory } from '../redact/values';
import { type Batch, Collector } from './collector';
import { itemEvents } from './item-events';
import { rateGate, readHookBatch } from './page-bridge';
import { convertItem, isCheckoutPage, onMatchedPage, type PageInfo, plainText } from './to-events';
import { watchToasts } from './toasts';

export interface ObserverContext {
  signal: AbortSignal;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

export interface PageObserver {
  collector: Collector;
  /** batches refused (wrong nonce, malformed, over the rate) */
  refused: () => number;
}

export function startPageObserver(
  ctx: ObserverContext,
  send: (batch: Batch) => Promise<unknown>,
  slowMs: number,
  win: Window = window,
): PageObserver {
  const page = (): PageInfo => ({ url: win.location.href, host: win.location.host });
  // bound: WXT's ctx.setTimeout is a method
  const later = (fn: () => void, ms: number) => ctx.setTimeout(fn, ms);
  // This page's secrets by value (redact/values.ts); the batch is scrubbed again as it leaves.
  const mem = new SecretMemory();
  // (as JSON text: remembered values hold no quote or backslash, so the replacement cannot break it)
  const collector = new Collector({
    send: (b) => send(JSON.parse(mem.scrub(JSON.stringify(b)))),
    setTimeout: later,
  });
  const ingest = (item: HookItem) => {
    const c = convertItem(item, page(), mem);
    if (c) collector.add(c.event, item.n, item.a, item.z, c.record);
    for (const e of itemEvents(item, c?.event)) collector.add(e, item.n, item.a, item.z);
  };
  const opts = { capture: true, signal: ctx.signal };

  watchToasts({
    root: win.document,
    signal: ctx.signal,
    setTimeout: later,
    onToast: (text, neutral) => {
      const p = page();
      collector.add({
        kind: isCheckoutPage(p.url, onMatchedPage) ? 'checkout-failure' : 'toast',
        at: Date.now(),
        source: 'dom',
        pageHost: p.host,
        message: plainText(text, mem),
        ...(neutral && { neutral }),
      });
    },
  });

  let refused = 0;
  const nonce = crypto.randomUUID();
  const allow = rateGate(BRIDGE_PER_SECOND, BRIDGE_BURST, Date.now());
  const onBatch = (e: Event) => {
    const detail = (e as CustomEvent<unknown>).detail;
    // Cheap checks first: a forged event without the nonce costs one substring search.
    if (typeof detail !== 'string' || !detail.includes(nonce) || !allow(Date.now())) {
      refused++;
      return;
    }
    const batch = readHookBatch(detail, nonce);
    if (!batch) {
      refused++;
      return;
    }
    // learn first: a message may come before the request whose header held the secret it repeats
    learnCookies(win.document.cookie, mem);
    redactUrl(win.location.href, mem);
    for (const item of batch.items) learnItem(item, mem);
    for (const item of batch.items) ingest(item);
    if (batch.final) collector.flush();
  };

  win.addEventListener('pagehide', () => collector.flush(), opts);

  // The hook's private channel: an element the page never sees, batches signed with the nonce.
  const channel = win.document.createElement(`${NS}-channel`);
  channel.addEventListener(BRIDGE_EVENT, onBatch, { signal: ctx.signal });
  offerChannel(win.document, channel, { nonce, slowMs, budgets: budgetRules(), otherMs: BUDGET_MS.other }, ctx.signal);

  return {
    collector,
    refused: () => refused,
  };
}
