import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { EventGroupDeltaSchema, RequestRecordSchema } from '@/utils/schemas/rows';

const isEventGroupDelta = (x: unknown) => v.is(EventGroupDeltaSchema, x);
const isRequestRecord = (x: unknown) => v.is(RequestRecordSchema, x);

import { type Batch, Collector } from '@/utils/content/collector';
import { convertItem, isCheckoutFailure, isCheckoutPage, onMatchedPage, plainText } from '@/utils/content/to-events';
import { isSellerHost } from '@/utils/facts/hosts';
import type { RequestItem } from '@/utils/hook/wire';
import type { ObservedEvent } from '@/utils/model';
import { REDACTED } from '@/utils/redact';

const seller = { url: 'https://seller-us.tiktok.com/homepage', host: 'seller-us.tiktok.com' };
const req = (over: Partial<RequestItem>): RequestItem => ({
  t: 'r',
  m: 'GET',
  u: '/api/v1/order/list?access_token=abc&page=1',
  s: 200,
  d: 100,
  n: 1,
  a: 1_000,
  z: 2_000,
  ...over,
});

describe('convertItem: requests', () => {
  it('tells http-error, api-error, network-failure and slow-api apart, redacted, with a HAR record', () => {
    const http = convertItem(req({ s: 503 }), seller);
    expect(http?.event).toMatchObject({
      kind: 'http-error',
      status: 503,
      source: 'page',
      apiKind: 'orders',
      url: `https://seller-us.tiktok.com/api/v1/order/list?access_token=${REDACTED}&page=1`,
    });
    expect(http?.record).toMatchObject({ status: 503, method: 'GET', at: 1_000, source: 'page' });
    expect(isRequestRecord(http?.record)).toBe(true);

    const api = convertItem(
      req({ c: 36009004, msg: 'Invalid timestamp', rid: '2023080308421839B5F5A8CC5C01A1AE6D' }),
      seller,
    );
    expect(api?.event).toMatchObject({ kind: 'api-error', code: 36009004, message: 'Invalid timestamp' });
    expect(api?.event.requestId).toBe('2023080308421839B5F5A8CC5C01A1AE6D');

    const net = convertItem(req({ s: 0, f: 'error', msg: 'TypeError: Failed to fetch' }), seller);
    expect(net?.event).toMatchObject({ kind: 'network-failure', status: 0, message: 'TypeError: Failed to fetch' });
    expect(net?.record?.status).toBe(0);
    expect(convertItem(req({ s: 0, f: 'timeout' }), seller)?.event.message).toBe('Request timed out');
  });

  it('judges slowness against the budget of the call kind', () => {
    expect(convertItem(req({ d: 850 }), seller)).toBeUndefined(); // orders: 900 ms
    expect(convertItem(req({ d: 950 }), seller)?.event).toMatchObject({
      kind: 'slow-api',
      apiKind: 'orders',
      durationMs: 950,
    });
    expect(convertItem(req({ u: '/api/v1/inventory/status', d: 750 }), seller)?.event.kind).toBe('slow-api');
    expect(convertItem(req({ u: '/api/v1/seller/profile', d: 1_200 }), seller)).toBeUndefined(); // other: 1,500 ms
  });

  it('records failures of checkout and payment calls, and on checkout pages, as checkout-failure', () => {
    const shop = { url: 'https://shop.tiktok.com/checkout?x=1', host: 'shop.tiktok.com' };
    expect(convertItem(req({ u: '/api/v1/checkout/prepare', s: 500 }), shop)?.event.kind).toBe('checkout-failure');
    expect(convertItem(req({ u: '/api/v1/anything', s: 0, f: 'error' }), shop)?.event.kind).toBe('checkout-failure');
    expect(convertItem(req({ u: 'https://analytics.other.test/x', s: 500 }), shop)?.event.kind).toBe('http-error');
    expect(convertItem(req({ u: '/api/v1/finance/balance', c: 10002 }), seller)?.event.kind).toBe('checkout-failure');
    // slow checkout is slow-api (with its kind), not a failure
    expect(convertItem(req({ u: '/api/v1/checkout/prepare', d: 800 }), shop)?.event).toMatchObject({
      kind: 'slow-api',
      apiKind: 'checkout',
    });
  });

  it('knows checkout pages: buyer checkout and Seller Center payment flows', () => {
    expect(isCheckoutPage('https://shop.tiktok.com/view/product/1', isSellerHost)).toBe(true);
    expect(isCheckoutPage('https://www.tiktok.com/shop/checkout', isSellerHost)).toBe(true);
    expect(isCheckoutPage('https://www.tiktok.com/@someone', isSellerHost)).toBe(false);
    expect(isCheckoutPage('https://seller-id.tiktok.com/finance/payout', isSellerHost)).toBe(true);
    expect(isCheckoutPage('https://seller-id.tiktok.com/product/list', isSellerHost)).toBe(false);
    expect(isCheckoutPage('nonsense', isSellerHost)).toBe(false);
    // elsewhere only the background's hosts table tells a Seller Center host
    expect(isCheckoutPage('https://example.test/finance/payout', isSellerHost)).toBe(false);
    // the content script runs only on Seller Center and checkout pages (onMatchedPage)
    expect(isCheckoutPage('https://seller-id.tiktok.com/finance/payout', onMatchedPage)).toBe(true);
    expect(isCheckoutPage('https://seller-id.tiktok.com/product/list', onMatchedPage)).toBe(false);
    expect(
      isCheckoutFailure(
        'other',
        'https://seller-us.tiktok.com/api/x',
        'https://seller-us.tiktok.com/billing',
        isSellerHost,
      ),
    ).toBe(true);
  });
});

describe('convertItem: page errors', () => {
  it('keeps the message as plain redacted text and the script URL', () => {
    const out = convertItem(
      {
        t: 'e',
        k: 'js-error',
        msg: 'Uncaught Error: <b>x</b>\u0000 mail jane@example.com',
        src: '/static/js/app.js:12',
        n: 5,
        a: 1,
        z: 9,
      },
      seller,
    );
    expect(out?.event).toEqual({
      kind: 'js-error',
      at: 9,
      source: 'page',
      pageHost: 'seller-us.tiktok.com',
      message: 'Uncaught Error: <b>x</b> mail [EMAIL]',
      url: 'https://seller-us.tiktok.com/static/js/app.js:12',
    });
    expect(out?.record).toBeUndefined();
  });

  it('describes failed resource loads', () => {
    const out = convertItem(
      {
        t: 'e',
        k: 'js-error',
        msg: '',
        src: 'https://seller-us.tiktok.com/static/js/chunk-product.3f2a.js',
        res: 'script',
        n: 1,
        a: 1,
        z: 1,
      },
      seller,
    );
    expect(out?.event).toMatchObject({ kind: 'js-error', message: 'Failed to load script', resourceType: 'script' });
  });

  it('plainText caps and strips control characters', () => {
    expect(plainText('a\u0007b'.repeat(5_000)).length).toBe(1_000);
    expect(plainText('a\u0007b')).toBe('ab');
  });
});

describe('Collector', () => {
  const event = (i: number): ObservedEvent => ({
    kind: 'js-error',
    at: 1_000 + i,
    source: 'page',
    pageHost: 'seller-us.tiktok.com',
    message: `Uncaught Error: storm #${i}`,
  });
  const make = (over: Partial<ConstructorParameters<typeof Collector>[0]> = {}) => {
    const sent: Batch[] = [];
    const timers: (() => void)[] = [];
    const c = new Collector({
      send: async (b) => {
        sent.push(b);
      },
      setTimeout: (fn) => timers.push(fn),
      ...over,
    });
    return { c, sent, timers };
  };

  it('folds a storm into one group with an exact count, first and last seen, and sends it on the timer', () => {
    const { c, sent, timers } = make();
    for (let i = 0; i < 20_000; i++) c.add(event(i));
    expect(timers).toHaveLength(1);
    timers[0]?.();
    expect(sent).toHaveLength(1);
    const group = sent[0]?.groups[0];
    expect(sent[0]?.groups).toHaveLength(1);
    expect(group).toMatchObject({ count: 20_000, firstAt: 1_000, lastAt: 20_999 });
    expect(group?.sample.message).toBe('Uncaught Error: storm #19999');
    expect(isEventGroupDelta(group)).toBe(true);
  });

  it('adds counted items with their own first/last times and keeps a few request ids', () => {
    const { c, sent } = make();
    for (let i = 0; i < 8; i++) c.add({ ...event(0), requestId: `rid-${i}` }, 10, 500 + i, 600 + i);
    c.flush();
    expect(sent[0]?.groups[0]).toMatchObject({ count: 80, firstAt: 500, lastAt: 607 });
    expect(sent[0]?.groups[0]?.requestIds).toEqual(['rid-3', 'rid-4', 'rid-5', 'rid-6', 'rid-7']);
  });

  it('bounds groups (overflow per kind, count exact) and request records, and splits messages', () => {
    const { c, sent } = make({ maxGroups: 300, maxRequests: 50, perMessage: 200 });
    const rec = { at: 1, method: 'GET', url: '/x', status: 500, durationMs: 1, pageHost: 'h', source: 'page' as const };
    // letters only: numbers would be normalised into one group
    const word = (i: number) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? '');
    for (let i = 0; i < 1_000; i++) c.add({ ...event(0), message: `distinct ${word(i)}` }, 1, 1, 1, rec);
    c.flush();
    const groups = sent.flatMap((b) => b.groups);
    expect(groups.length).toBe(301);
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(1_000);
    expect(groups.find((g) => g.fingerprint === 'js-error:overflow')?.count).toBe(700);
    expect(sent.flatMap((b) => b.requests)).toHaveLength(50);
    expect(sent.every((b) => b.groups.length <= 200)).toBe(true);
  });

  it('survives a failing send', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    const c = new Collector({ send, setTimeout: () => 0 });
    c.add(event(1));
    c.flush();
    await Promise.resolve();
    expect(send).toHaveBeenCalledTimes(1);
    c.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
