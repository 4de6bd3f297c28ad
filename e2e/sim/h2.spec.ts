/**
 * The simulator over HTTP/2 (`startSim({ http2: true })`, what the benchmarks use): Chromium negotiates h2, the
 * answers and faults are those of HTTP/1.1, close() frees hung streams, and a page's 200 parallel calls no longer
 * queue behind Chromium's 6 connections per host.
 */
import { rmSync } from 'node:fs';
import http2 from 'node:http2';
import { chromium } from '@playwright/test';
import { expect, test } from '../fixtures';
import { launchWithExtension, resolverRules, tempProfileDir } from './browser.mjs';
import { simRequest } from './client.mjs';
import { startSim } from './server.mjs';

const SELLER = 'https://seller-us.tiktok.com';
const HOST = 'seller-us.tiktok.com';

test.use({ simHttp2: true });

/** One request over HTTP/2 from Node (simRequest speaks HTTP/1.1); rejects when the stream ends unanswered. */
function h2Request(port: number, path: string, headers: http2.OutgoingHttpHeaders = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const session = http2.connect(`https://127.0.0.1:${port}`, { rejectUnauthorized: false, servername: HOST });
    session.on('error', reject);
    const stream = session.request({ ':path': path, ':authority': HOST, ...headers });
    let status = 0;
    let text = '';
    stream.on('response', (h) => {
      status = Number(h[':status']);
    });
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
    });
    stream.on('end', () => {
      session.close();
      if (status) resolve({ status, text });
      else reject(new Error('no answer'));
    });
    stream.on('error', (err) => {
      session.close();
      reject(err);
    });
    stream.end();
  });
}

test.describe('simulator over HTTP/2 (no browser)', () => {
  test('HTTP/2 and HTTP/1.1 clients get the same answers; big Cookie headers reach the 431 check', async ({ sim }) => {
    const viaH2 = await h2Request(sim.port, '/api/v1/seller/profile');
    expect(viaH2.status).toBe(200);
    expect(JSON.parse(viaH2.text).code).toBe(0);
    const viaH1 = await simRequest(sim, `${SELLER}/api/v1/seller/profile`);
    expect(viaH1.status).toBe(200);
    expect(sim.requests.map((r) => r.httpVersion)).toEqual(['2.0', '1.1']);
    // 20 KB: over the handler's 8 KB limit, so the handler's own 431 page (not a bare 431 from Node's parser,
    // which would come without this body), over HTTP/2 as one header, as 6 "crumbs" (Chromium's way) and over HTTP/1.1.
    const big = `a=${'x'.repeat(20_000)}`;
    const crumbs = Array.from({ length: 6 }, (_, i) => `c${i}=${'x'.repeat(3_500)}`);
    const own431 = '<h1>431 Request Header Fields Too Large</h1>';
    for (const r of [
      await h2Request(sim.port, '/api/v1/seller/profile', { cookie: big }),
      await h2Request(sim.port, '/api/v1/seller/profile', { cookie: crumbs }),
      await simRequest(sim, `${SELLER}/api/v1/seller/profile`, { headers: { cookie: big } }),
    ]) {
      expect(r.status).toBe(431);
      expect(r.text).toContain(own431);
    }
    expect(sim.requests.slice(2).map((r) => r.cookieBytes > 20_000)).toEqual([true, true, true]);
    // Under the limit, a 6 KB Cookie is simply carried.
    const small = await h2Request(sim.port, '/api/v1/seller/profile', { cookie: `a=${'x'.repeat(6_000)}` });
    expect(small.status).toBe(200);
  });

  test('a stream cancelled during a delay is logged unanswered; the session goes on serving', async ({ sim }) => {
    sim.set({ host: 'seller', path: '/api/v1/order/*', delayMs: 300 });
    const session = http2.connect(`https://127.0.0.1:${sim.port}`, { rejectUnauthorized: false, servername: HOST });
    try {
      const stream = session.request({ ':path': '/api/v1/order/list', ':authority': HOST });
      stream.on('error', () => undefined);
      stream.end();
      await expect.poll(() => sim.requests.length).toBe(1);
      stream.close(http2.constants.NGHTTP2_CANCEL);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect([sim.requests[0]?.status, sim.requests[0]?.ms]).toEqual([0, null]);
      const next = session.request({ ':path': '/api/v1/seller/profile', ':authority': HOST });
      next.end();
      next.resume();
      const status = await new Promise((resolve) => next.on('response', (h) => resolve(h[':status'])));
      expect(status).toBe(200);
    } finally {
      session.close();
    }
  });

  test('close() ends hung HTTP/2 and HTTP/1.1 requests at once', async () => {
    const own = await startSim({ http2: true, faults: { host: 'tiktok', hang: true } });
    const viaH2 = h2Request(own.port, '/api/v1/seller/profile').then(
      () => 'answered',
      () => 'closed',
    );
    const viaH1 = simRequest(own, `${SELLER}/api/v1/seller/profile`, { timeoutMs: 30_000 }).then(
      () => 'answered',
      () => 'closed',
    );
    await expect.poll(() => own.requests.filter((r) => r.hung).length).toBe(2);
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect([await viaH2, await viaH1]).toEqual(['closed', 'closed']);
  });
});

test.describe('simulator over HTTP/2 in Chromium', () => {
  test('a page load negotiates h2; APIs answer the envelope; delay and status faults apply', async ({
    sim,
    sellerTab,
  }) => {
    const page = await sellerTab.open(`${SELLER}/homepage`, { waitForSim: true });
    expect(
      await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
      ),
    ).toBe('h2');
    const apis = sim.requestsTo(HOST, '/api/*');
    expect(apis.length).toBeGreaterThan(0);
    expect(new Set(apis.map((r) => r.httpVersion))).toEqual(new Set(['2.0']));

    const envelope = await page.evaluate(() =>
      fetch('/api/v1/seller/profile', { credentials: 'include' }).then((r) => r.json()),
    );
    expect(envelope.code).toBe(0);
    expect(envelope.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/);

    sim.set([
      { host: 'seller', path: '/api/v1/order/*', delayMs: 700 },
      { host: 'seller', path: '/api/v1/finance/*', status: 503 },
    ]);
    const delayed = await page.evaluate(async () => {
      const t0 = performance.now();
      const r = await fetch('/api/v1/order/list');
      await r.text();
      return { status: r.status, ms: performance.now() - t0 };
    });
    expect(delayed.status).toBe(200);
    expect(delayed.ms).toBeGreaterThanOrEqual(650); // 700 ms on the server; a little slack for clock granularity
    const failed = await page.evaluate(() =>
      fetch('/api/v1/finance/balance').then(async (r) => [r.status, await r.text()]),
    );
    expect(failed[0]).toBe(503);
    expect(String(failed[1])).toContain('503 Service Unavailable');
  });

  test('close() frees a request Chromium holds open on an HTTP/2 stream', async ({ browserPath }) => {
    const own = await startSim({ http2: true });
    const userDataDir = tempProfileDir('tsd-h2-');
    const context = await launchWithExtension(chromium, {
      executablePath: browserPath,
      userDataDir,
      rules: resolverRules({ simPort: own.port }),
    });
    try {
      const page = await context.newPage();
      await page.goto(`${SELLER}/heavy?nodes=10&calls=0`);
      own.set({ host: 'seller', path: '/api/v1/order/*', hang: true });
      const pending = page.evaluate(() =>
        fetch('/api/v1/order/list').then(
          (r) => `answered ${r.status}`,
          (err: Error) => `failed: ${err.message}`,
        ),
      );
      await expect.poll(() => own.requests.filter((r) => r.hung).length).toBe(1);
      expect(own.requests.at(-1)?.httpVersion).toBe('2.0');
      const started = Date.now();
      await own.close();
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(await pending).toMatch(/^failed: /);
    } finally {
      await own.close();
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  });

  test('the heavy page: its 200 parallel calls share one HTTP/2 connection', async ({ sim, sellerTab }, testInfo) => {
    const page = await sellerTab.open(`${SELLER}/heavy?nodes=5000&calls=200`, { waitForSim: true, timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('data-sim-calls', '200');
    const calls = sim.requestsTo(HOST, '/api/v1/product/list');
    expect(calls).toHaveLength(200);
    expect(calls.every((r) => r.httpVersion === '2.0')).toBe(true);
    // Over HTTP/1.1 the same calls spread over Chromium's 6 connections per host and wait for them in turn.
    expect(new Set(calls.map((r) => r.connection)).size).toBe(1);
    const protocols = await page.evaluate(() => [
      ...new Set(
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/v1/product/list'))
          .map((e) => (e as PerformanceResourceTiming).nextHopProtocol),
      ),
    ]);
    expect(protocols).toEqual(['h2']);
    // The slowest call is recorded, not asserted below 450 ms: on this 2-core machine, shared, it measured 446-589 ms
    // over HTTP/2 (HTTP/1.1: 466-1341) and a fresh profile's first load up to 930 ms, because the load is CPU-bound
    // (the page, the browser's network process and the simulator share two cores): such a bound would be flaky.
    const slowest = Number(await page.locator('html').getAttribute('data-sim-slowest-ms'));
    expect(slowest).toBeGreaterThan(0);
    testInfo.annotations.push({ type: 'slowest call (ms)', description: String(slowest) });
  });
});
