/** The MAIN-world hook's XHR, error and console counting, and what it hands the content script (fake page: tests/helpers/fake-page.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHookBatch } from '@/utils/content/page-bridge';
import { envelopeOf, installHook } from '@/utils/hook/install';
import { BRIDGE_EVENT } from '@/utils/hook/wire';
import { ErrorEv, json, makePage, NONCE, type XhrAnswer } from './helpers/fake-page';

afterEach(() => vi.restoreAllMocks());

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
