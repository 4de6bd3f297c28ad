/**
 * The simulator's own behaviour: fault switches from Node (no browser), then what a page shows in Chromium.
 * Tests that only use `sim` start no browser.
 */
import { expect, test } from '../fixtures';
import { simRequest } from './client.mjs';
import { startSim } from './server.mjs';

interface Envelope {
  code: number;
  message: string;
  request_id: string;
  data: unknown;
}

const SELLER = 'https://seller-us.tiktok.com';

test.describe('simulator (no browser)', () => {
  test('answers by host: seller APIs, partner API, control, anything else 404', async ({ sim }) => {
    const api = await simRequest(sim, `${SELLER}/api/v1/seller/profile`);
    expect(api.status).toBe(200);
    const env = api.json as Envelope;
    expect(env.code).toBe(0);
    expect(env.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/);
    const root = await simRequest(sim, 'https://open-api.tiktokglobalshop.com/');
    expect(root.status).toBe(200);
    expect(Date.parse(String(root.headers.date))).toBeGreaterThan(0);
    expect((await simRequest(sim, 'https://auth.tiktok-shops.com/api/v2/token/get')).status).toBe(200);
    expect((await simRequest(sim, 'https://www.gstatic.com/generate_204')).status).toBe(204);
    expect((await simRequest(sim, 'https://cp.cloudflare.com/generate_204')).status).toBe(204);
    expect((await simRequest(sim, 'https://example.com/')).status).toBe(404);
    expect((await simRequest(sim, 'https://www.tiktok.com/foryou')).status).toBe(404);
    expect((await simRequest(sim, 'https://www.tiktok.com/shop/checkout')).status).toBe(200);
    expect(sim.requestsTo('*.gstatic.com')).toHaveLength(1);
  });

  test('fault rules combine; later rules win; times limits a rule', async ({ sim }) => {
    sim.set([
      { host: 'seller', path: '/api/*', status: 503 },
      { host: 'seller', path: '/api/v1/product/*', code: 12052023, message: 'Category does not exist.' },
      { host: 'seller', path: '/api/v1/order/*', status: 401, code: 36009044, message: 'deactivated', times: 1 },
    ]);
    expect((await simRequest(sim, `${SELLER}/api/v1/seller/profile`)).status).toBe(503);
    const listing = await simRequest(sim, `${SELLER}/api/v1/product/list`);
    expect([listing.status, (listing.json as Envelope).code]).toEqual([200, 12052023]);
    const order = await simRequest(sim, `${SELLER}/api/v1/order/list`);
    expect([order.status, (order.json as Envelope).code]).toEqual([401, 36009044]);
    expect((await simRequest(sim, `${SELLER}/api/v1/order/list`)).status).toBe(503);
    expect((await simRequest(sim, 'https://seller-mx.tiktok.com/homepage')).status).toBe(200);
  });

  test('clock skew, big cookies and the 431 limit, region and maintenance pages', async ({ sim }) => {
    sim.useScenario('clock-skew');
    const skewed = await simRequest(sim, `${SELLER}/`);
    const skew = Date.parse(String(skewed.headers.date)) - Date.now();
    expect(skew).toBeGreaterThan(10 * 60_000);
    expect(skew).toBeLessThan(12 * 60_000);

    sim.useScenario('big-cookies');
    const page = await simRequest(sim, `${SELLER}/homepage`, { headers: { 'sec-fetch-dest': 'document' } });
    const cookies = page.headers['set-cookie'] ?? [];
    const bytes = cookies.reduce((n, c) => n + (c.split(';')[0]?.length ?? 0), 0);
    expect(bytes).toBeGreaterThanOrEqual(12 * 1024);
    const cookieHeader = cookies.map((c) => c.split(';')[0]).join('; ');
    expect((await simRequest(sim, `${SELLER}/api/v1/product/list`, { headers: { cookie: cookieHeader } })).status).toBe(
      431,
    );

    sim.useScenario('geo-451');
    const region = await simRequest(sim, `${SELLER}/homepage`);
    expect(region.status).toBe(451);
    expect(region.text).toContain('not available in your region');

    sim.useScenario('maintenance');
    const maintenance = await simRequest(sim, `${SELLER}/homepage`);
    expect(maintenance.status).toBe(503);
    expect(maintenance.text).toContain('under maintenance');
  });

  test('the partner API checks the timestamp window', async ({ sim }) => {
    const now = Math.floor(Date.now() / 1000);
    const ok = await simRequest(
      sim,
      `https://open-api.tiktokglobalshop.com/order/202309/orders/search?timestamp=${now}`,
    );
    expect((ok.json as Envelope).code).toBe(0);
    const old = await simRequest(
      sim,
      `https://open-api.tiktokglobalshop.com/order/202309/orders/search?timestamp=${now - 600}`,
    );
    expect((old.json as Envelope).code).toBe(36009004);
  });

  test('a hung request never answers, and close() still ends at once', async () => {
    const own = await startSim({ faults: { host: 'tiktok', hang: true } });
    const hung = simRequest(own, `${SELLER}/api/v1/seller/profile`, { timeoutMs: 30_000 }).then(
      () => 'answered',
      () => 'closed',
    );
    await expect.poll(() => own.requests.length).toBe(1);
    expect(own.requests[0]?.hung).toBe(true);
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await hung).toBe('closed');
  });

  test('the bench page and ping are cross-origin isolated on any host; other pages are not', async ({ sim }) => {
    sim.set({ host: 'shop.example.test', status: 200 }); // the bench's other site: a rule answering the whole host
    for (const origin of [SELLER, 'https://shop.example.test']) {
      const page = await simRequest(sim, `${origin}/__bench/timing`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('data-sim-page="bench"');
      const ping = await simRequest(sim, `${origin}/api/v1/bench/ping?i=0`);
      expect(ping.status).toBe(200);
      for (const r of [page, ping]) {
        expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
        expect(r.headers['cross-origin-embedder-policy']).toBe('require-corp');
      }
    }
    for (const path of ['/homepage', '/api/v1/seller/profile']) {
      const r = await simRequest(sim, `${SELLER}${path}`);
      expect(r.headers['cross-origin-opener-policy']).toBeUndefined();
      expect(r.headers['cross-origin-embedder-policy']).toBeUndefined();
    }
  });

  test('a delay answers late', async ({ sim }) => {
    sim.set({ path: '/api/v1/payment/*', delayMs: 300 });
    const started = Date.now();
    await simRequest(sim, 'https://shop.tiktok.com/api/v1/payment/checkout', { method: 'POST' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });
});

test.describe('simulated pages in Chromium', () => {
  test('the page calls APIs by fetch and XHR and toasts failures', async ({ sim, sellerTab, serviceWorker }) => {
    sim.set({ host: 'seller', path: '/api/v1/product/*', code: 12052023, message: 'Category does not exist.' });
    const page = await sellerTab.open(`${SELLER}/homepage`, { waitForSim: true });
    await expect(page.locator('html')).toHaveAttribute('data-sim-failures', '1');
    expect(await sellerTab.toasts()).toEqual(['Category does not exist. (12052023)']);
    const dests = new Set(sim.requestsTo('seller-us.tiktok.com', '/api/*').map((r) => r.dest));
    expect(dests).toEqual(new Set(['empty']));
    // Requests from the extension (probes) are `empty` too, so `dest: 'empty'` rules reach them.
    await serviceWorker.evaluate(() => fetch('https://open-api.tiktokglobalshop.com/', { cache: 'no-store' }));
    expect(sim.requestsTo('open-api.tiktokglobalshop.com').map((r) => r.dest)).toEqual(['empty']);
  });

  test.describe('chunk-load', () => {
    test.use({ scenario: 'chunk-load' });
    test('a missing chunk is an uncaught ChunkLoadError in the page', async ({ context }) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`));
      await page.goto(`${SELLER}/homepage`);
      await page.locator('html[data-sim-ready="done"]').waitFor({ state: 'attached' });
      await expect.poll(() => errors.join('\n')).toContain('ChunkLoadError: Loading chunk chunk-homepage');
    });
  });

  test.describe('csp-strict', () => {
    test.use({ scenario: 'csp-strict' });
    test('the strict page runs only its external scripts', async ({ sellerTab }) => {
      const page = await sellerTab.open(`${SELLER}/product/manage`, { waitForSim: true });
      expect(await page.evaluate(() => (window as { __simInline?: boolean }).__simInline)).toBeUndefined();
      await expect(page.locator('html')).toHaveAttribute('data-sim-chunk', /chunk-product/);
    });
  });

  test.describe('refused', () => {
    test.use({ scenario: 'refused' });
    test('TikTok connections are refused, control hosts answer', async ({ serviceWorker, context }) => {
      const page = await context.newPage();
      const error = await page.goto(`${SELLER}/homepage`).then(
        () => '',
        (err: Error) => err.message,
      );
      expect(error).toContain('net::ERR_CONNECTION_REFUSED');
      const control = await serviceWorker.evaluate(() =>
        fetch('https://cp.cloudflare.com/generate_204').then((r) => r.status),
      );
      expect(control).toBe(204);
    });
  });

  test('the bench timing page is cross-origin isolated, with the hook in place on Seller Center', async ({
    sim,
    context,
    serviceWorker,
  }) => {
    expect(serviceWorker.url()).toContain('chrome-extension://');
    sim.set({ host: 'shop.example.test', status: 200 });
    for (const origin of [SELLER, 'https://shop.example.test']) {
      const page = await context.newPage();
      await page.goto(`${origin}/__bench/timing`);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      // 5 µs resolution: some of 50 sub-0.1 ms readings fall off the 0.1 ms grid of a page that is not isolated.
      const offGrid = await page.evaluate(() => {
        let n = 0;
        for (let i = 0; i < 50; i++) {
          const t = performance.now() * 10;
          if (Math.abs(t - Math.round(t)) > 0.01) n++;
          for (let j = 0; j < 20_000; j++) Math.sqrt(j);
        }
        return n;
      });
      expect(offGrid).toBeGreaterThan(0);
      if (origin === SELLER)
        await expect
          .poll(() =>
            page.evaluate(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('tsd.hook')] !== undefined),
          )
          .toBe(true);
      await page.close();
    }
  });

  test('the heavy page has thousands of nodes and hundreds of calls', async ({ sim, sellerTab }) => {
    const page = await sellerTab.open(`${SELLER}/heavy?nodes=3000&calls=200`, { waitForSim: true, timeout: 30_000 });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(1000);
    await expect(page.locator('html')).toHaveAttribute('data-sim-calls', '200');
    expect(sim.requestsTo('seller-us.tiktok.com', '/api/v1/product/list')).toHaveLength(200);
  });
});
