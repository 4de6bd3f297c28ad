import { describe, expect, it } from 'vitest';
import {
  OBSERVED_URLS,
  observeWebRequests,
  type RequestDetails,
  type WebRequestApi,
} from '@/utils/background/web-request-observer';
import type { Batch } from '@/utils/observer/collector';
import { REDACTED } from '@/utils/redact';
import { isEventGroupDelta, isRequestRecord } from '@/utils/validate';

type Listener = (d: RequestDetails) => undefined;

/** webRequest stubbed at the module boundary (fakeBrowser has none). */
function stubApi() {
  const make = () => {
    const listeners: { cb: Listener; filter: { urls: string[] }; extra?: string[] }[] = [];
    return {
      listeners,
      addListener: (cb: Listener, filter: { urls: string[] }, extra?: string[]) => {
        listeners.push({ cb, filter, extra });
      },
      removeListener: (cb: Listener) => {
        const i = listeners.findIndex((l) => l.cb === cb);
        if (i >= 0) listeners.splice(i, 1);
      },
      fire: (d: RequestDetails) => {
        for (const l of listeners) l.cb(d);
      },
    };
  };
  return { onBeforeRequest: make(), onCompleted: make(), onErrorOccurred: make() };
}

function setup() {
  const api = stubApi();
  const sent: Batch[] = [];
  const stop = observeWebRequests(api satisfies WebRequestApi, {
    urls: OBSERVED_URLS,
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
    api.onBeforeRequest.fire(d);
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
  it('listens to Seller Center, checkout and API hosts without blocking, with response headers', () => {
    const { api } = setup();
    const filter = api.onCompleted.listeners[0]?.filter.urls ?? [];
    expect(filter).toContain('https://seller-us.tiktok.com/*');
    expect(filter).toContain('https://open-api.tiktokglobalshop.com/*');
    expect(filter).toContain('https://shop.tiktok.com/*');
    expect(filter).not.toContain('<all_urls>');
    expect(api.onCompleted.listeners[0]?.extra).toEqual(['responseHeaders']);
    expect(api.onErrorOccurred.listeners[0]?.extra).toBeUndefined();
  });

  it('records HTTP errors (main-frame 431 and 451 too) as events and HAR rows, redacted, with duration', () => {
    const { request, stop, groups, requests } = setup();
    request({}, 'completed', { statusCode: 503, responseHeaders: [{ name: 'X-Tt-Logid', value: 'LOG123' }] });
    request({ url: 'https://seller-us.tiktok.com/homepage', type: 'main_frame', initiator: undefined }, 'completed', {
      statusCode: 431,
    });
    request({ url: 'https://seller-de.tiktok.com/', type: 'main_frame', initiator: undefined }, 'completed', {
      statusCode: 451,
    });
    request({}, 'completed', { statusCode: 200 });
    stop();
    const g = groups();
    expect(g.map((x) => x.sample.status).sort()).toEqual([431, 451, 503]);
    expect(g.every(isEventGroupDelta)).toBe(true);
    const api503 = g.find((x) => x.sample.status === 503)?.sample;
    expect(api503).toMatchObject({
      kind: 'http-error',
      source: 'webrequest',
      pageHost: 'seller-us.tiktok.com',
      url: `https://seller-us.tiktok.com/api/v1/order/list?access_token=${REDACTED}`,
      durationMs: 250,
      requestId: 'LOG123',
      resourceType: 'xmlhttprequest',
      apiKind: 'orders',
    });
    expect(g.find((x) => x.sample.status === 451)?.sample.pageHost).toBe('seller-de.tiktok.com');
    expect(requests()).toHaveLength(3);
    expect(requests().every(isRequestRecord)).toBe(true);
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
    request(
      { url: 'https://shop.tiktok.com/api/v1/checkout/prepare', initiator: 'https://shop.tiktok.com' },
      'completed',
      { statusCode: 502 },
    );
    request({ url: 'https://seller-us.tiktok.com/api/v1/finance/balance' }, 'error', {
      error: 'net::ERR_CONNECTION_RESET',
    });
    stop();
    expect(groups().map((g) => g.sample.kind)).toEqual(['checkout-failure', 'checkout-failure']);
  });

  it("skips the extension's own requests and probe requests", () => {
    const { request, stop, sent } = setup();
    request({ initiator: 'chrome-extension://ourid', tabId: -1 }, 'completed', { statusCode: 500 });
    request({ url: 'https://seller-us.tiktok.com/?tsd_probe=abc' }, 'error', { error: 'net::ERR_CONNECTION_REFUSED' });
    stop();
    expect(sent).toEqual([]);
  });

  it('stops listening', () => {
    const { api, stop } = setup();
    stop();
    expect(api.onCompleted.listeners).toHaveLength(0);
    expect(api.onErrorOccurred.listeners).toHaveLength(0);
    expect(api.onBeforeRequest.listeners).toHaveLength(0);
  });
});
