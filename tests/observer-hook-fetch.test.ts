/** The MAIN-world hook's fetch wrapper against a fake page (tests/helpers/fake-page.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiKindOf, BUDGET_MS, budgetRules } from '@/utils/facts/latency-budgets';
import { json, makePage } from './helpers/fake-page';

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

  it("once connected, reports a successful call only over its own kind's budget (first matching rule, else other)", async () => {
    const p = makePage(async () => {
      await new Promise((r) => setTimeout(r, 30));
      return json({ code: 0 });
    });
    // as the content script offers them (budgetRules): pattern over host + path, case-insensitive
    p.install(
      20,
      [
        ['checkout', 25],
        ['product', 60],
      ],
      1_000,
    );
    await p.win.fetch('https://seller-us.tiktok.com/api/v1/product/list?page=1'); // 30 ms, product allows 60
    await p.win.fetch('https://seller-us.tiktok.com/api/v1/CHECKOUT/submit'); // 30 ms, checkout allows 25
    await p.win.fetch('https://seller-us.tiktok.com/api/v1/misc'); // 30 ms, other allows 1,000
    await p.settle();
    expect(p.items().map((i) => (i as { u: string }).u)).toEqual([
      'https://seller-us.tiktok.com/api/v1/CHECKOUT/submit',
    ]);
  });

  it("the kinds' budgets come from the latency table, in its order", () => {
    const rules = budgetRules();
    expect(rules.length).toBeGreaterThan(3);
    for (const [src, ms] of rules) {
      const re = new RegExp(src, 'i');
      expect(Object.values(BUDGET_MS)).toContain(ms);
      expect(re.flags).toBe('i');
    }
    // the hook's first-match-wins agrees with the content script's kind for these paths
    for (const path of [
      '/api/v1/product/list',
      '/api/v1/order/list',
      '/api/v1/payment/checkout',
      '/oauth/token',
      '/x',
    ]) {
      const url = `https://seller-us.tiktok.com${path}`;
      const hook =
        rules.find(([src]) => new RegExp(src, 'i').test(`seller-us.tiktok.com${path}`))?.[1] ?? BUDGET_MS.other;
      expect(hook, path).toBe(BUDGET_MS[apiKindOf(url)]);
    }
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

  it('copies the request headers and reads the response headers of the first failed call of a kind only', async () => {
    let i = 0;
    const p = makePage(async () => json({ code: 1 }, 500, { 'x-tt-logid': `LOG${++i}` }));
    p.install();
    const get = vi.spyOn(Headers.prototype, 'get');
    const calls = Array.from({ length: 50 }, (_, k) =>
      p.win.fetch(`/api/v1/product/list?page=${k}`, { headers: { 'x-tts-access-token': `TOKEN-${k}` } }),
    );
    await Promise.all(calls);
    await p.settle(120);
    // one sample with an exact count, and the first call's facts in it
    expect(p.items()).toEqual([
      expect.objectContaining({ u: '/api/v1/product/list?page=0', s: 500, n: 50, rid: 'LOG1', ct: 'application/json' }),
    ]);
    expect((p.items()[0] as { h?: [string, string][] }).h).toEqual([['x-tts-access-token', 'TOKEN-0']]);
    // content type and log id of one response, not of fifty
    expect(get.mock.calls.length).toBeLessThanOrEqual(4);
  });
});
