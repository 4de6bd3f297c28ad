/**
 * The page observer end to end: every event kind reaches the background's history from the simulated Seller
 * Center and buyer checkout, on a normal page and under a strict CSP, and a hostile page cannot forge, flood,
 * inject or overflow it. Rows are read from the extension's IndexedDB in the service worker.
 */
import type { Worker } from '@playwright/test';
import type { EventGroup, RequestRecord } from '../utils/model';
import { expect, SECRET_MARK, type SellerTab, SIM_TOKEN, test } from './fixtures';
import { readTable } from './pages/db';

interface Stored {
  groups: EventGroup[];
  requests: RequestRecord[];
}

/** Every event group and request record stored so far (empty until the database exists). */
async function stored(worker: Worker): Promise<Stored> {
  return { groups: await readTable(worker, 'eventGroups'), requests: await readTable(worker, 'requests') };
}

type Want = { [K in keyof EventGroup['sample']]?: EventGroup['sample'][K] | RegExp };

function matches(group: EventGroup, want: Want): boolean {
  return Object.entries(want).every(([key, expected]) => {
    const actual = (group.sample as unknown as Record<string, unknown>)[key];
    return expected instanceof RegExp ? typeof actual === 'string' && expected.test(actual) : actual === expected;
  });
}

/** Wait until a stored group matches `want`; returns it. */
async function groupLike(worker: Worker, want: Want, timeout = 15_000): Promise<EventGroup> {
  let found: EventGroup | undefined;
  await expect
    .poll(
      async () => {
        found = (await stored(worker)).groups.find((g) => matches(g, want));
        return found !== undefined;
      },
      {
        timeout,
        message: `a stored event like ${JSON.stringify(want, (_k, v) => (v instanceof RegExp ? String(v) : v))}`,
      },
    )
    .toBe(true);
  return found as EventGroup;
}

const SELLER = 'https://seller-us.tiktok.com';

for (const strict of [false, true]) {
  test.describe(strict ? 'on a CSP-strict page' : 'on a normal page', () => {
    // seller-mx does not resolve: network failures from the page (fetch, XHR) and from a tab that never loads.
    // webRequest events too: "record network failures" on
    test.use({ network: { notFound: ['seller-mx.tiktok.com'] }, networkRecording: true });

    test('every event kind is recorded, redacted, with HAR rows', async ({
      sim,
      sellerTab,
      serviceWorker,
      context,
    }) => {
      const csp = strict ? ({ csp: 'strict' } as const) : {};
      sim.set([
        { host: 'seller', dest: 'document', toasts: ['session-expired'], toastLang: 'id', ...csp },
        { host: 'checkout', dest: 'document', ...csp },
        { host: 'seller', path: '/api/v1/seller/profile', status: 503 }, // fetch
        { host: 'seller', path: '/api/v1/product/list', status: 500 }, // XHR
        { host: 'seller', path: '/api/v1/order/list', code: 36009004, message: 'Invalid timestamp. Too old.' }, // fetch
        { host: 'seller', path: '/api/v1/product/category/tree', code: 12052023, message: 'Category does not exist.' },
        { host: 'seller', path: '/api/v1/inventory/status', delayMs: 900 }, // XHR, budget 700 ms
        { host: 'seller', path: '/api/v1/finance/balance', status: 502 }, // payment call: checkout-failure
        { host: 'seller', path: '/static/js/chunk-*', status: 404 }, // ChunkLoadError
        { host: 'checkout', path: '/api/v1/payment/checkout', status: 500 },
        { host: 'seller-uk.tiktok.com', dest: 'document', page: 'region', status: 451 },
        { host: 'checkout', path: '/cart', dest: 'document', status: 502 },
      ]);

      const page = await sellerTab.open(`${SELLER}/homepage`, { waitForSim: true });
      if (strict) {
        // the page's own inline scripts are really blocked, ours is not
        expect(await page.evaluate(() => (window as { __simInline?: boolean }).__simInline)).toBeUndefined();
      }
      // An envelope error by XHR; then the page calls a host that does not resolve, by fetch and by XHR.
      await page.evaluate(async () => {
        const xhr = (url: string) =>
          new Promise((done) => {
            const x = new XMLHttpRequest();
            x.open('GET', url);
            x.onloadend = done;
            x.send();
          });
        await xhr('/api/v1/product/category/tree');
        await fetch('https://seller-mx.tiktok.com/api/v1/seller/profile').catch(() => undefined);
        await xhr('https://seller-mx.tiktok.com/api/v1/order/list');
      });

      const w = serviceWorker;
      const fetch503 = await groupLike(w, { kind: 'http-error', source: 'page', status: 503, url: /seller\/profile/ });
      expect(fetch503.sample.method).toBe('GET');
      await groupLike(w, { kind: 'http-error', source: 'page', status: 500, url: /product\/list/ });
      const envelope = await groupLike(w, { kind: 'api-error', code: 36009004 });
      expect(envelope.sample).toMatchObject({ url: expect.stringContaining('/api/v1/order/list'), status: 200 });
      expect(envelope.sample.message).toBe('Invalid timestamp. Too old.');
      await groupLike(w, { kind: 'api-error', code: 12052023, apiKind: 'product' });
      const slow = await groupLike(w, { kind: 'slow-api', apiKind: 'inventory' });
      expect(slow.sample.durationMs).toBeGreaterThanOrEqual(700);
      await groupLike(w, { kind: 'checkout-failure', source: 'page', status: 502, url: /finance\/balance/ });
      await groupLike(w, { kind: 'js-error', resourceType: 'script', url: /chunk-homepage/ });
      await groupLike(w, { kind: 'unhandled-rejection', message: /^ChunkLoadError: Loading chunk/ });
      await groupLike(w, { kind: 'console-error', message: /\[seller-center\]/ });
      await groupLike(w, { kind: 'toast', source: 'dom', message: /Sesi login Anda telah berakhir/ });
      // the toasts the page shows for its failed calls, each one on its own
      await groupLike(w, { kind: 'toast', message: /\(HTTP 500\)$/ });
      await groupLike(w, {
        kind: 'network-failure',
        source: 'page',
        url: /seller-mx\.tiktok\.com\/api\/v1\/seller\/profile/,
      });
      await groupLike(w, {
        kind: 'network-failure',
        source: 'page',
        url: /seller-mx\.tiktok\.com\/api\/v1\/order\/list/,
      });
      await groupLike(w, { kind: 'network-failure', source: 'webrequest', netError: 'net::ERR_NAME_NOT_RESOLVED' });
      // webRequest sees what the hook cannot (here the chunk's 404), not the page's fetch / XHR again
      await groupLike(w, { kind: 'http-error', source: 'webrequest', status: 404, resourceType: 'script' });

      // Buyer checkout: failures there are checkout failures, from the page and (below) from webRequest.
      await sellerTab.open('https://shop.tiktok.com/checkout', { waitForSim: true });
      await groupLike(w, { kind: 'checkout-failure', source: 'page', pageHost: 'shop.tiktok.com', status: 500 });
      await groupLike(w, { kind: 'checkout-failure', source: 'dom', pageHost: 'shop.tiktok.com' });

      // Pages that never load (no content script): only webRequest sees them.
      const lost = await context.newPage();
      await lost.goto('https://seller-mx.tiktok.com/homepage').catch(() => undefined);
      await lost.goto('https://seller-uk.tiktok.com/homepage').catch(() => undefined);
      await lost.goto('https://shop.tiktok.com/cart').catch(() => undefined);
      await groupLike(w, {
        kind: 'network-failure',
        source: 'webrequest',
        resourceType: 'main_frame',
        netError: 'net::ERR_NAME_NOT_RESOLVED',
      });
      await groupLike(w, { kind: 'http-error', source: 'webrequest', resourceType: 'main_frame', status: 451 });
      await groupLike(w, { kind: 'checkout-failure', source: 'webrequest', resourceType: 'main_frame', status: 502 });

      const all = await stored(w);
      // the page's fetch / XHR HTTP errors are the hook's alone (webRequest keeps their net::ERR_* only)
      const wrHttp = all.groups.filter((g) => g.sample.source === 'webrequest' && (g.sample.status ?? 0) > 0);
      expect(wrHttp.some((g) => g.sample.resourceType === 'xmlhttprequest')).toBe(false);
      // HAR rows for failed and slow requests, from both sources
      expect(all.requests.some((r) => r.source === 'page' && r.status === 500)).toBe(true);
      expect(all.requests.some((r) => r.source === 'page' && r.durationMs >= 700 && r.status === 200)).toBe(true);
      expect(all.requests.some((r) => r.source === 'webrequest' && r.status === 0 && r.netError)).toBe(true);
      // The pages send msToken, X-Bogus, _signature and an access token: none of it is stored.
      const dump = JSON.stringify(all);
      expect(dump).not.toContain(SECRET_MARK);
      expect(dump).not.toContain(SIM_TOKEN);
      expect(dump).toContain('msToken=[REDACTED]');
    });
  });
}

/** Run `fn` in the page's own (MAIN) world, as a hostile page script would. */
async function asPage<T>(tab: SellerTab, fn: () => T | Promise<T>): Promise<T> {
  return tab.page.evaluate(fn);
}

test('a hostile page: forged events dropped, 1 MB truncated, HTML kept as text, 20,000 errors counted exactly', async ({
  sellerTab,
  serviceWorker,
}) => {
  await sellerTab.open(`${SELLER}/homepage`, { waitForSim: true });

  // Forgeries without the nonce, on every target a page can reach, with our event name.
  await asPage(sellerTab, () => {
    const forged = JSON.stringify({
      v: 1,
      nonce: 'guessed',
      items: [{ t: 'e', k: 'js-error', msg: 'FORGED-EVENT', n: 1_000_000, a: 1, z: 2 }],
    });
    const targets: EventTarget[] = [window, document, document.documentElement, ...document.scripts];
    for (let i = 0; i < 200; i++) {
      for (const t of targets) t.dispatchEvent(new CustomEvent('tsd:hook/1', { detail: forged }));
    }
    const fake = document.createElement('script');
    fake.dataset.tsdNonce = 'guessed';
    document.head.append(fake);
    fake.dispatchEvent(new CustomEvent('tsd:hook/1', { detail: forged }));
  });

  // A 1 MB message with HTML in it, thrown for real.
  await asPage(sellerTab, () => {
    setTimeout(() => {
      throw new Error(`BIG <img src=x onerror="window.__pwned=1"> ${'x'.repeat(1_000_000)}`);
    });
  });

  // 20,000 errors in a few seconds, in four waves.
  for (let wave = 0; wave < 4; wave++) {
    await asPage(sellerTab, () => {
      const base = (window as { __wave?: number }).__wave ?? 0;
      (window as { __wave?: number }).__wave = base + 5_000;
      for (let i = 0; i < 5_000; i++) {
        window.dispatchEvent(
          new ErrorEvent('error', { message: `Uncaught Error: storm #${base + i}`, cancelable: true }),
        );
      }
    });
    await sellerTab.page.waitForTimeout(400);
  }

  const storm = await groupLike(serviceWorker, { kind: 'js-error', message: /^Uncaught Error: storm #\d+$/ });
  await expect
    .poll(async () => (await stored(serviceWorker)).groups.find((g) => g.fingerprint === storm.fingerprint)?.count)
    .toBe(20_000);

  const big = await groupLike(serviceWorker, { kind: 'js-error', message: /^Uncaught Error: BIG / });
  expect(big.sample.message?.length).toBeLessThanOrEqual(1_000);
  expect(big.sample.message).toContain('<img src=x onerror="window.__pwned=1">');
  expect(await asPage(sellerTab, () => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  const all = await stored(serviceWorker);
  expect(JSON.stringify(all)).not.toContain('FORGED-EVENT');
  // storage stays bounded: the storm is one row
  expect(all.groups.filter((g) => g.sample.message?.includes('storm')).length).toBe(1);
});
