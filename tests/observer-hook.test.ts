/**
 * The MAIN-world hook against a fake page window in Node: real Response / ReadableStream / EventTarget (each page
 * has its own Response subclass, so the hook's json() / text() patches stay on that page), a fake fetch and
 * XMLHttpRequest. What reaches the content script is read from the CustomEvents on the target.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHookBatch } from '@/utils/content/page-bridge';
import { envelopeOf, installHook } from '@/utils/hook/install';
import { BRIDGE_EVENT, type HookItem } from '@/utils/hook/wire';

const NONCE = 'test-nonce';

class ErrorEv extends Event {
  message = '';
  filename = '';
  lineno = 0;
  error: unknown;
  constructor(type: string, init: Partial<ErrorEv> = {}) {
    super(type);
    Object.assign(this, init);
  }
}

interface XhrAnswer {
  status: number;
  body?: string;
  type?: string;
  event?: 'abort' | 'timeout' | 'error';
}

function makePage(
  fetchImpl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  xhrAnswer?: XhrAnswer,
) {
  const et = new EventTarget();
  const listeners: Record<string, ((e: unknown) => void)[]> = {};
  const consoleError = vi.fn();
  // the page's own Response class: what its fetch answers, what the hook patches
  class PageResponse extends Response {}
  class FakeXHR extends EventTarget {
    status = 0;
    responseType = '';
    responseText = '';
    response: unknown = null;
    private type = '';
    open(_m: string, _u: string) {}
    setRequestHeader(_n: string, _v: string) {}
    send() {
      setTimeout(() => {
        const a = xhrAnswer ?? { status: 200 };
        if (a.event) this.dispatchEvent(new Event(a.event));
        this.status = a.event ? 0 : a.status;
        this.responseText = a.body ?? '';
        this.type = a.type ?? 'application/json';
        this.dispatchEvent(new Event('loadend'));
      }, 1);
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? this.type : null;
    }
  }
  const win = {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) =>
      Object.setPrototypeOf(await fetchImpl(input, init), PageResponse.prototype) as Response,
    Response: PageResponse,
    Headers,
    performance,
    setTimeout,
    clearTimeout,
    CustomEvent,
    ErrorEvent: ErrorEv,
    EventTarget,
    XMLHttpRequest: FakeXHR,
    console: { error: consoleError },
    addEventListener: (type: string, fn: (e: unknown) => void, opts?: boolean) => {
      listeners[type] = [...(listeners[type] ?? []), fn];
      et.addEventListener(type, fn, opts);
    },
    dispatchEvent: et.dispatchEvent.bind(et),
  };
  const target = new EventTarget();
  const batches: { items: HookItem[]; final: boolean }[] = [];
  target.addEventListener(BRIDGE_EVENT, (e) => {
    const b = readHookBatch((e as CustomEvent).detail, NONCE);
    if (b) batches.push(b);
  });
  const page = win as unknown as Window & typeof globalThis;
  const install = (slowMs = 200) =>
    installHook(page, { flushMs: 10, maxKeys: 100 }).connect(target, { nonce: NONCE, slowMs });
  const items = () => batches.flatMap((b) => b.items);
  const settle = (ms = 80) => new Promise((r) => setTimeout(r, ms));
  return { win, page, install, items, batches, settle, consoleError, FakeXHR, et, listeners };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => vi.restoreAllMocks());

describe('fetch', () => {
  const envelope = {
    code: 36009004,
    message: 'Invalid timestamp',
    request_id: '2023080308421839B5F5A8CC5C01A1AE6D',
    data: null,
  };

  it('reports the error envelope the page reads with json(), without a clone; the page gets the same object', async () => {
    const clone = vi.spyOn(Response.prototype, 'clone');
    const p = makePage(async () => json(envelope));
    p.install();
    const res = await p.win.fetch('/api/v1/order/list?access_token=x', { method: 'post' });
    expect(await res.json()).toEqual(envelope);
    expect(clone).not.toHaveBeenCalled();
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({
        t: 'r',
        m: 'POST',
        u: '/api/v1/order/list?access_token=x',
        s: 200,
        c: 36009004,
        msg: 'Invalid timestamp',
        rid: '2023080308421839B5F5A8CC5C01A1AE6D',
        ct: 'application/json',
        n: 1,
      }),
    ]);
  });

  it('reports the per-item codes of a batch answered with code 0 (json() and text())', async () => {
    const body = {
      code: 0,
      message: 'Success',
      request_id: 'R2',
      data: { fail_packages: [{ package_id: '1', fail_code: 21008099, fail_reason: 'shipped' }] },
    };
    const p = makePage(async () => json(body));
    p.install();
    await (await p.win.fetch('/api/v1/fulfillment/ship')).json();
    await (await p.win.fetch('/api/v1/fulfillment/ship2')).text();
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({ t: 'r', u: '/api/v1/fulfillment/ship', ic: [21008099], rid: 'R2' }),
      expect.objectContaining({ t: 'r', u: '/api/v1/fulfillment/ship2', ic: [21008099], rid: 'R2' }),
    ]);
    expect(p.items()[0]).not.toHaveProperty('c', expect.anything());
  });

  it('reports the envelope the page reads with text(), or from a clone it reads; the page gets the same text', async () => {
    const p = makePage(async () => json(envelope, 200, { 'x-tt-logid': 'LOG1' }));
    p.install();
    const res = await p.win.fetch('/api/v1/order/list');
    expect(await res.text()).toBe(JSON.stringify(envelope));
    const second = await p.win.fetch('/api/v1/order/list');
    // in a browser a clone is of the page's Response class; Node's clone() makes a plain Response
    const copy = Object.setPrototypeOf(second.clone(), Object.getPrototypeOf(second)) as Response;
    expect(await copy.json()).toEqual(envelope);
    await p.settle();
    expect(p.items()).toEqual([expect.objectContaining({ s: 200, c: 36009004, n: 2 })]);
  });

  it('does not see an envelope the page never reads (the trade-off of reading no body itself)', async () => {
    const p = makePage(async () => json(envelope));
    p.install();
    const res = await p.win.fetch('/api/v1/order/list');
    expect(res.bodyUsed).toBe(false);
    await p.settle();
    expect(p.items()).toEqual([]);
  });

  it('adds the envelope to a failed call the page reads, once; reports it as failed if the page does not', async () => {
    const p = makePage(async () => json({ code: 105002, message: 'access token is expired' }, 401));
    p.install();
    const read = await p.win.fetch('/api/v1/read');
    expect(await read.json()).toMatchObject({ code: 105002 });
    await expect(read.json()).rejects.toThrow(); // body used: the page's own error, unchanged
    await p.win.fetch('/api/v1/unread');
    await p.settle(120);
    const items = p.items();
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.t === 'r' && i.u === '/api/v1/read')).toMatchObject({ s: 401, c: 105002, n: 1 });
    expect(items.find((i) => i.t === 'r' && i.u === '/api/v1/unread')).toMatchObject({ s: 401, n: 1 });
    expect((items.find((i) => i.t === 'r' && i.u === '/api/v1/unread') as { c?: number }).c).toBeUndefined();
  });

  it('passes the page the same rejection for a bad body, and skips huge texts', async () => {
    let body = '{"code":5,"message":"cut';
    const p = makePage(async () => new Response(body, { headers: { 'content-type': 'application/json' } }));
    p.install();
    const bad = await p.win.fetch('/api/bad');
    await expect(bad.json()).rejects.toThrow(SyntaxError);
    body = `{"code":7,"message":"big","data":"${'x'.repeat(70_000)}"}`;
    const big = await p.win.fetch('/api/big');
    expect((await big.text()).length).toBe(body.length);
    await p.settle();
    expect(p.items()).toEqual([]);
  });

  it('reports HTTP errors; ignores fast successes and code 0', async () => {
    let status = 503;
    const p = makePage(async () => json({ code: 0, data: {} }, status));
    p.install();
    await p.win.fetch('https://seller-us.tiktok.com/api/v1/product/list');
    status = 200;
    await p.win.fetch('https://seller-us.tiktok.com/api/v1/product/list');
    await p.settle();
    expect(p.items()).toHaveLength(1);
    expect(p.items()[0]).toMatchObject({ s: 503, n: 1 });
  });

  it('reports network failures and passes the rejection on; an abort is not a failure', async () => {
    let fail: Error = new TypeError('Failed to fetch');
    const p = makePage(async () => {
      throw fail;
    });
    p.install();
    await expect(p.win.fetch('/api/x')).rejects.toThrow('Failed to fetch');
    fail = new DOMException('aborted', 'AbortError');
    await expect(p.win.fetch('/api/y')).rejects.toThrow('aborted');
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({ u: '/api/x', s: 0, f: 'error', msg: 'TypeError: Failed to fetch' }),
    ]);
  });

  it('reports calls slower than the smallest budget', async () => {
    const p = makePage(async () => {
      await new Promise((r) => setTimeout(r, 30));
      return json({ code: 0 });
    });
    p.install(20);
    await p.win.fetch(new URL('https://seller-us.tiktok.com/api/v1/inventory/status'));
    await p.settle();
    expect(p.items()[0]).toMatchObject({ u: 'https://seller-us.tiktok.com/api/v1/inventory/status', s: 200 });
    expect((p.items()[0] as { d: number }).d).toBeGreaterThanOrEqual(20);
  });

  it('never touches a body the page streams, and still reports the failed call', async () => {
    const enc = new TextEncoder();
    let pulls = 0;
    const p = makePage(
      async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(ctrl) {
              pulls++;
              if (pulls === 1) ctrl.enqueue(enc.encode('{"code":1,"message":"partial'));
              // then never another chunk, never closed
              return new Promise(() => {});
            },
          }),
          { status: 500, headers: { 'content-type': 'application/json' } },
        ),
    );
    p.install();
    const res = await p.win.fetch('/api/stream');
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toContain('"code":1');
    await p.settle(120); // the wait for a body read ends within two flushes
    expect(p.items()).toEqual([expect.objectContaining({ u: '/api/stream', s: 500 })]);
    expect((p.items()[0] as { c?: number }).c).toBeUndefined();
  });

  it('does not look into non-text bodies', async () => {
    const clone = vi.spyOn(Response.prototype, 'clone');
    const p = makePage(
      async () => new Response('{"code":3}', { status: 404, headers: { 'content-type': 'image/png' } }),
    );
    p.install();
    const res = await p.win.fetch('/img.png');
    expect(await res.text()).toBe('{"code":3}');
    await p.settle(120);
    expect(clone).not.toHaveBeenCalled();
    expect(p.items()).toEqual([expect.objectContaining({ s: 404, ct: 'image/png' })]);
    expect((p.items()[0] as { c?: number }).c).toBeUndefined();
  });
});

describe('XMLHttpRequest', () => {
  const run = async (answer: XhrAnswer, url = '/api/v1/order/list') => {
    const p = makePage(async () => json({}), answer);
    p.install();
    const xhr = new p.FakeXHR() as unknown as XMLHttpRequest;
    xhr.open('get', url);
    xhr.send();
    await p.settle();
    return p.items();
  };

  it('reports envelopes, HTTP errors, failures and timeouts; ignores aborts and successes', async () => {
    expect(await run({ status: 200, body: '{"code":105002,"message":"access token is expired"}' })).toEqual([
      expect.objectContaining({ m: 'GET', s: 200, c: 105002, msg: 'access token is expired' }),
    ]);
    expect(await run({ status: 500, body: 'oops', type: 'text/html' })).toEqual([expect.objectContaining({ s: 500 })]);
    expect(await run({ status: 0, event: 'error' })).toEqual([expect.objectContaining({ s: 0, f: 'error' })]);
    expect(await run({ status: 0, event: 'timeout' })).toEqual([expect.objectContaining({ s: 0, f: 'timeout' })]);
    expect(await run({ status: 0, event: 'abort' })).toEqual([]);
    expect(await run({ status: 200, body: '{"code":0,"data":{}}' })).toEqual([]);
  });
});

describe('errors, rejections, console.error', () => {
  it('counts a storm of 20,000 errors exactly, in few events', async () => {
    const p = makePage(async () => json({}));
    p.install();
    for (let i = 0; i < 20_000; i++) {
      p.win.dispatchEvent(
        new ErrorEv('error', { message: `Uncaught Error: storm #${i}`, filename: 'https://s.test/app.js', lineno: 3 }),
      );
    }
    await p.settle();
    const items = p.items();
    expect(items.reduce((s, i) => s + i.n, 0)).toBe(20_000);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ t: 'e', k: 'js-error', src: 'https://s.test/app.js:3' });
    expect(p.batches.length).toBeLessThanOrEqual(2);
  });

  it('keeps memory bounded with many distinct messages and still counts every one', async () => {
    const p = makePage(async () => json({}));
    p.install();
    const word = (i: number) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? '');
    for (let i = 0; i < 5_000; i++) p.win.dispatchEvent(new ErrorEv('error', { message: `distinct ${word(i)}` }));
    await p.settle();
    expect(p.items().reduce((s, i) => s + i.n, 0)).toBe(5_000);
    expect(p.items().length).toBeLessThanOrEqual(101);
  });

  it('truncates a 1 MB message and never interprets it', async () => {
    const p = makePage(async () => json({}));
    p.install();
    p.win.dispatchEvent(new ErrorEv('error', { message: `<img src=x onerror=alert(1)>${'x'.repeat(1_000_000)}` }));
    await p.settle();
    const item = p.items()[0] as { msg: string };
    expect(item.msg.length).toBe(1_000);
    expect(item.msg.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
  });

  it('counts unhandled rejections and console.error, and still calls the original console', async () => {
    const p = makePage(async () => json({}));
    p.install();
    const rejection = Object.assign(new Event('unhandledrejection'), {
      reason: Object.assign(new Error('Loading chunk 7 failed.'), { name: 'ChunkLoadError' }),
    });
    p.win.dispatchEvent(rejection);
    p.win.console.error('Request failed', new Error('boom'), { a: 1 });
    expect(p.consoleError).toHaveBeenCalledTimes(1);
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({ k: 'unhandled-rejection', msg: 'ChunkLoadError: Loading chunk 7 failed.' }),
      expect.objectContaining({ k: 'console-error', msg: 'Request failed Error: boom [object]' }),
    ]);
  });

  it('counts failed <script> / <link> / <img> loads seen in the capture phase, not extension files', async () => {
    const p = makePage(async () => json({}));
    p.install();
    const onError = p.listeners.error?.[0];
    const fail = (tagName: string, url: string) =>
      onError?.({ type: 'error', target: { tagName, src: tagName === 'LINK' ? '' : url, href: url } });
    for (let i = 0; i < 3; i++) fail('SCRIPT', `https://s.test/static/js/chunk-home.js?v=${i}`);
    fail('LINK', 'https://s.test/app.css');
    fail('IMG', 'chrome-extension://abc/icon.png');
    fail('DIV', 'https://s.test/x');
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({
        t: 'e',
        k: 'js-error',
        res: 'script',
        src: 'https://s.test/static/js/chunk-home.js?v=0',
        n: 3,
      }),
      expect.objectContaining({ t: 'e', k: 'js-error', res: 'stylesheet', src: 'https://s.test/app.css', n: 1 }),
    ]);
  });

  it('hands over at once on pagehide, marked final', async () => {
    const p = makePage(async () => json({}));
    p.install();
    p.win.dispatchEvent(new ErrorEv('error', { message: 'late' }));
    p.win.dispatchEvent(new Event('pagehide'));
    expect(p.batches).toEqual([{ final: true, items: [expect.objectContaining({ msg: 'late' })] }]);
  });

  it('counts before it is connected and sends once it is', async () => {
    const p = makePage(async () => json({}));
    const hook = installHook(p.page, { flushMs: 10 });
    p.win.dispatchEvent(new ErrorEv('error', { message: 'early' }));
    await p.settle();
    expect(p.items()).toEqual([]);
    const target = new EventTarget();
    const got: string[] = [];
    target.addEventListener(BRIDGE_EVENT, (e) => got.push((e as CustomEvent).detail));
    hook.connect(target, { nonce: NONCE, slowMs: 500 });
    await p.settle();
    expect(got).toHaveLength(1);
    expect(readHookBatch(got[0], NONCE)?.items).toEqual([expect.objectContaining({ msg: 'early', n: 1 })]);
  });

  it('installs once: a second install neither wraps fetch twice nor re-targets', async () => {
    const p = makePage(async () => json({}, 500));
    p.install();
    const wrapped = p.win.fetch;
    p.install();
    expect(p.win.fetch).toBe(wrapped);
    await p.win.fetch('/x');
    await p.settle();
    expect(p.items()).toHaveLength(1);
  });
});

describe('envelopeOf', () => {
  it('reads code, message and request id; skips code 0, cut texts and non-JSON', () => {
    expect(envelopeOf('{"code":0,"data":{"code":5}}', true)).toBeUndefined();
    expect(envelopeOf('{"data":null,"code":98001004,"message":"bad","request_id":"r1"}', true)).toEqual({
      c: 98001004,
      msg: 'bad',
      rid: 'r1',
    });
    expect(envelopeOf('{"code":1,', false)).toBeUndefined();
    expect(envelopeOf('<html>"code"</html>', true)).toBeUndefined();
    expect(envelopeOf('{"code":"x"}', true)).toBeUndefined();
  });
});

describe('request headers and body, for the content script to learn secrets from', () => {
  it("hands over a failed fetch call's headers and body, and nothing of a fast success", async () => {
    let status = 401;
    const p = makePage(async () => json({}, status));
    p.install();
    const init = { method: 'POST', headers: { 'x-tts-access-token': 'at8Kd93hQz' }, body: '{"password":"pw1x"}' };
    await p.win.fetch('/api/v1/seller/profile', init);
    status = 200;
    await p.win.fetch('/api/v1/order/list', init);
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({ s: 401, h: [['x-tts-access-token', 'at8Kd93hQz']], b: '{"password":"pw1x"}' }),
    ]);
  });

  it("hands over an XHR's headers set with setRequestHeader and its string body", async () => {
    const p = makePage(async () => json({}), { status: 500, body: 'oops', type: 'text/html' });
    p.install();
    const xhr = new p.FakeXHR() as unknown as XMLHttpRequest;
    xhr.open('post', '/api/v1/product/save');
    xhr.setRequestHeader('authorization', 'Bearer Bq7Lm2xY9w');
    xhr.send('refresh_token=rt5Ge7Qk2w');
    await p.settle();
    expect(p.items()).toEqual([
      expect.objectContaining({ s: 500, h: [['authorization', 'Bearer Bq7Lm2xY9w']], b: 'refresh_token=rt5Ge7Qk2w' }),
    ]);
  });
});
