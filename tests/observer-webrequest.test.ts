import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EventGroupDeltaSchema, RequestRecordSchema } from '@/utils/schemas/rows';

const isEventGroupDelta = (x: unknown) => v.is(EventGroupDeltaSchema, x);
const isRequestRecord = (x: unknown) => v.is(RequestRecordSchema, x);

import {
  OBSERVED_URLS,
  observeWebRequests,
  type RequestDetails,
  type RequestFilter,
  UNHOOKED_TYPES,
  UNHOOKED_URLS,
  type WebRequestApi,
} from '@/utils/background/web-request-observer';
import type { Batch } from '@/utils/content/collector';
import { REDACTED } from '@/utils/redact';

type Listener = (d: RequestDetails) => undefined;

/** webRequest stubbed at the module boundary (fakeBrowser has none). */
function stubApi() {
  const make = () => {
    const listeners: { cb: Listener; filter: RequestFilter; extra?: string[] }[] = [];
    return {
      listeners,
      addListener: (cb: Listener, filter: RequestFilter, extra?: string[]) => {
        listeners.push({ cb, filter, extra });
      },
      removeListener: (cb: Listener) => {
        const i = listeners.findIndex((l) => l.cb === cb);
        if (i >= 0) listeners.splice(i, 1);
      },
      /** like the browser: only the listeners whose filter matches the URL (host patterns) and type */
      fire: (d: RequestDetails) => {
        for (const l of listeners) {
          const host = new URL(d.url).host;
          const urlOk = l.filter.urls.some((u) => new URL(u.replace('/*', '/')).host === host);
          if (urlOk && (!l.filter.types || l.filter.types.includes(d.type))) l.cb(d);
        }
      },
    };
  };
  return { onCompleted: make(), onErrorOccurred: make() };
}

function setup() {
  const api = stubApi();
  const sent: Batch[] = [];
  const stop = observeWebRequests(api satisfies WebRequestApi, {
    urls: OBSERVED_URLS,
    allTypesUrls: UNHOOKED_URLS,
    ownOrigin: 'chrome-extension://ourid',
    send: async (b) => {
      sent.push(b);
    },
    setTimeout: () => 0,
  });
  let id = 0;
  const request = (
    over: Partial<RequestDetails>,
    end: 'completed' | 'error',
    endOver: Partial<RequestDetails> = {},
  ) => {
    const d: RequestDetails = {
      requestId: String(++id),
      url: 'https://seller-us.tiktok.com/api/v1/order/list?access_token=abc',
      method: 'GET',
      type: 'xmlhttprequest',
      tabId: 3,
      timeStamp: 1_000,
      initiator: 'https://seller-us.tiktok.com',
      ...over,
    };
    (end === 'completed' ? api.onCompleted : api.onErrorOccurred).fire({ ...d, timeStamp: 1_250, ...endOver });
  };
  return {
    api,
    sent,
    stop,
    request,
    groups: () => sent.flatMap((b) => b.groups),
    requests: () => sent.flatMap((b) => b.requests),
  };
}

describe('observeWebRequests', () => {
  it('listens to Seller Center, checkout and API hosts without blocking, extra info or a per-request start', () => {
    const { api } = setup();
    expect(api).not.toHaveProperty('onBeforeRequest');
    const [hooked, partner, ...more] = api.onCompleted.listeners;
    expect(more).toEqual([]);
    // Seller Center and checkout: fetch / XHR are the page hook's; everything it cannot see is watched here.
    expect(hooked?.filter.urls).toContain('https://seller-us.tiktok.com/*');
    expect(hooked?.filter.urls).toContain('https://shop.tiktok.com/*');
    expect(hooked?.filter.urls).not.toContain('<all_urls>');
    expect(hooked?.filter.types).toEqual([...UNHOOKED_TYPES]);
    expect(hooked?.filter.types).toContain('main_frame');
    expect(hooked?.filter.types).not.toContain('xmlhttprequest');
    // Partner API hosts: no hooked page calls them, every type.
    expect(partner?.filter).toEqual({ urls: UNHOOKED_URLS });
    expect(partner?.filter.urls).toContain('https://open-api.tiktokglobalshop.com/*');
    // Errors: every observed host, every type.
    const errors = api.onErrorOccurred.listeners;
    expect(errors).toHaveLength(1);
    expect([...(errors[0]?.filter.urls ?? [])].sort()).toEqual([...OBSERVED_URLS].sort());
    expect(errors[0]?.filter.types).toBeUndefined();
    for (const l of [...api.onCompleted.listeners, ...errors]) expect(l.extra).toBeUndefined();
  });

  it('records HTTP errors (main-frame 431, 451 and 5xx too) as events and HAR rows, redacted, without duration', () => {
    const { request, stop, groups, requests } = setup();
    const home = { url: 'https://seller-us.tiktok.com/homepage?msToken=abc', type: 'main_frame', initiator: undefined };
    request(home, 'completed', { statusCode: 503 });
    request({ url: 'https://seller-us.tiktok.com/homepage', type: 'main_frame', initiator: undefined }, 'completed', {
      statusCode: 431,
    });
    request({ url: 'https://seller-de.tiktok.com/', type: 'main_frame', initiator: undefined }, 'completed', {
      statusCode: 451,
    });
    request({ url: 'https://seller-us.tiktok.com/static/js/chunk-1.js', type: 'script' }, 'completed', {
      statusCode: 404,
    });
    // a Partner API call (no hooked page makes it): seen whatever its type
    request({ url: 'https://open-api.tiktokglobalshop.com/order/202309/orders?access_token=abc' }, 'completed', {
      statusCode: 500,
    });
    request({ type: 'main_frame', url: 'https://seller-us.tiktok.com/homepage' }, 'completed', { statusCode: 200 });
    request({ type: 'main_frame', url: 'https://seller-us.tiktok.com/' }, 'completed', { statusCode: 302 });
    stop();
    const g = groups();
    expect(g.map((x) => x.sample.status).sort()).toEqual([404, 431, 451, 500, 503]);
    expect(g.every(isEventGroupDelta)).toBe(true);
    const page503 = g.find((x) => x.sample.status === 503)?.sample;
    expect(page503).toMatchObject({
      kind: 'http-error',
      source: 'webrequest',
      pageHost: 'seller-us.tiktok.com',
      url: `https://seller-us.tiktok.com/homepage?msToken=${REDACTED}`,
      resourceType: 'main_frame',
      at: 1_250,
    });
    expect(page503?.durationMs).toBeUndefined();
    expect(g.find((x) => x.sample.status === 451)?.sample.pageHost).toBe('seller-de.tiktok.com');
    expect(g.find((x) => x.sample.status === 500)?.sample).toMatchObject({
      url: `https://open-api.tiktokglobalshop.com/order/202309/orders?access_token=${REDACTED}`,
      pageHost: 'seller-us.tiktok.com',
      resourceType: 'xmlhttprequest',
      apiKind: 'orders',
    });
    expect(requests()).toHaveLength(5);
    expect(requests().every(isRequestRecord)).toBe(true);
    // no start time: the duration is unknown (-1), the row is dated at completion
    expect(requests().every((r) => r.durationMs === -1 && r.at === 1_250)).toBe(true);
  });

  it('leaves Seller Center fetch / XHR to the page hook: no onCompleted for them, failed or not', () => {
    const { api, request, stop, sent } = setup();
    let calls = 0;
    for (const l of api.onCompleted.listeners) {
      const cb = l.cb;
      l.cb = (d) => {
        calls++;
        return cb(d);
      };
    }
    request({}, 'completed', { statusCode: 503 });
    request({ url: 'https://shop.tiktok.com/api/v1/checkout/prepare' }, 'completed', { statusCode: 500 });
    for (let i = 0; i < 200; i++) request({}, 'completed', { statusCode: 200 });
    stop();
    expect(calls).toBe(0);
    expect(sent).toEqual([]);
  });

  it('records net::ERR_* as network failures, keeps the raw string, skips aborts', () => {
    const { request, stop, groups, requests } = setup();
    request({}, 'error', { error: 'net::ERR_NAME_NOT_RESOLVED' });
    request({}, 'error', { error: 'net::ERR_NAME_NOT_RESOLVED' });
    request({}, 'error', { error: 'net::ERR_ABORTED' });
    stop();
    expect(groups()).toHaveLength(1);
    expect(groups()[0]).toMatchObject({ count: 2 });
    expect(groups()[0]?.sample).toMatchObject({
      kind: 'network-failure',
      status: 0,
      netError: 'net::ERR_NAME_NOT_RESOLVED',
    });
    expect(requests()[0]).toMatchObject({ status: 0, netError: 'net::ERR_NAME_NOT_RESOLVED' });
  });

  it('records failures in checkout and payment flows as checkout-failure', () => {
    const { request, stop, groups } = setup();
    request({ url: 'https://shop.tiktok.com/checkout', type: 'main_frame', initiator: undefined }, 'completed', {
      statusCode: 502,
    });
    request({ url: 'https://seller-us.tiktok.com/api/v1/finance/balance' }, 'error', {
      error: 'net::ERR_CONNECTION_RESET',
    });
    stop();
    expect(groups().map((g) => g.sample.kind)).toEqual(['checkout-failure', 'checkout-failure']);
  });

  it("skips the extension's own requests and probe requests", () => {
    const { request, stop, sent } = setup();
    request({ initiator: 'chrome-extension://ourid', tabId: -1, type: 'other' }, 'completed', { statusCode: 500 });
    request(
      { url: 'https://open-api.tiktokglobalshop.com/api/x', initiator: 'chrome-extension://ourid', tabId: -1 },
      'completed',
      { statusCode: 500 },
    );
    request({ url: 'https://seller-us.tiktok.com/?tsd_probe=abc' }, 'error', { error: 'net::ERR_CONNECTION_REFUSED' });
    stop();
    expect(sent).toEqual([]);
  });

  it('stops listening', () => {
    const { api, stop } = setup();
    stop();
    expect(api.onCompleted.listeners).toHaveLength(0);
    expect(api.onErrorOccurred.listeners).toHaveLength(0);
  });
});
