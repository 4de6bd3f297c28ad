/**
 * Realistic history to seed the extension's IndexedDB with (the shapes of utils/model.ts): varied kinds, hosts,
 * endpoints, codes and request ids (random, so the zip cannot compress them away), written straight into the
 * stores the extension's Dexie schema created. Deterministic: the same seed gives the same rows.
 */
import { DB_NAME } from './harness.mjs';
import { rng } from './rng.mjs';

const HOSTS = ['seller-us.tiktok.com', 'seller-uk.tiktok.com', 'seller-id.tiktok.com', 'seller-my.tiktok.com'];
const ENDPOINTS = [
  '/api/v1/product/local/products/list',
  '/api/v1/product/save',
  '/api/v1/order/list',
  '/api/v1/inventory/status',
  '/api/v1/finance/balance',
  '/api/v1/seller/profile',
  '/api/v2/promotion/activity/list',
  '/api/v1/logistics/shipping_provider',
];
const KINDS = ['http-error', 'api-error', 'network-failure', 'slow-api', 'js-error', 'console-error', 'toast'];
const CODES = [36009003, 36009004, 12052220, 98001004, 36009021, 105002];
const NET = ['net::ERR_CONNECTION_RESET', 'net::ERR_NAME_NOT_RESOLVED', 'net::ERR_TIMED_OUT'];
const MESSAGES = [
  "TypeError: Cannot read properties of undefined (reading 'sku_list')",
  'ChunkLoadError: Loading chunk 742 failed.',
  'Internal error, please retry.',
  'Failed to save the product: some required fields are missing or invalid.',
  'Network error. Please check your connection and try again.',
  'QuotaExceededError: The quota has been exceeded.',
];

/** @template T @param {() => number} r @param {readonly T[]} xs @returns {T} */
const pick = (r, xs) => /** @type {T} */ (xs[Math.floor(r() * xs.length)]);
/** @param {() => number} r @param {number} n */
const hex = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
/** TikTok-style log id: a timestamp and random hex. @param {() => number} r @param {number} at */
const requestId = (r, at) => `${new Date(at).toISOString().replace(/\D/g, '').slice(0, 14)}${hex(r, 20).toUpperCase()}`;

/**
 * Event groups, all within `windowMs` before `now` (the popup reads the last day: the worst case is all of it).
 * @param {number} n @param {number} now @param {number} [windowMs]
 */
export function eventGroups(n, now, windowMs = 23 * 3_600_000, seed = 1) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = pick(r, KINDS);
    const host = pick(r, HOSTS);
    const at = now - Math.floor(((i + 1) / n) * windowMs);
    const httpish = kind === 'http-error' || kind === 'api-error' || kind === 'slow-api' || kind === 'network-failure';
    const rid = kind === 'api-error' || kind === 'http-error' ? requestId(r, at) : undefined;
    const url = httpish
      ? `https://${host}${pick(r, ENDPOINTS)}?page=${i % 40}&shop_cipher=GCP_${hex(r, 8)}&app_key=[redacted]`
      : undefined;
    return {
      fingerprint: `${kind}:${hex(r, 11)}${i.toString(36)}`,
      kind,
      count: 1 + Math.floor(r() * (r() < 0.1 ? 5000 : 20)),
      firstAt: at - Math.floor(r() * 3_600_000),
      lastAt: at,
      sample: {
        kind,
        at,
        source: kind === 'network-failure' ? 'webrequest' : kind === 'toast' ? 'dom' : 'page',
        pageHost: host,
        url,
        method: httpish ? (r() < 0.7 ? 'GET' : 'POST') : undefined,
        status:
          kind === 'http-error'
            ? pick(r, [500, 502, 503, 429, 401])
            : kind === 'network-failure'
              ? 0
              : httpish
                ? 200
                : undefined,
        code: kind === 'api-error' ? pick(r, CODES) : undefined,
        message: httpish && kind !== 'api-error' ? undefined : `${pick(r, MESSAGES)} #${i}`,
        requestId: rid,
        durationMs: kind === 'slow-api' ? 1500 + Math.floor(r() * 4000) : Math.floor(50 + r() * 300),
        netError: kind === 'network-failure' ? pick(r, NET) : undefined,
        apiKind: kind === 'slow-api' ? pick(r, ['product', 'orders', 'inventory', 'checkout']) : undefined,
      },
      requestIds: rid ? [rid] : [],
    };
  });
}

/** Failed and slow requests (the HAR's entries). @param {number} n @param {number} now */
export function requestRecords(n, now, seed = 2) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const at = now - Math.floor(((i + 1) / n) * 20 * 3_600_000);
    const host = pick(r, HOSTS);
    const kind = r();
    const failed = kind < 0.25;
    const status = failed ? 0 : kind < 0.6 ? pick(r, [500, 502, 503, 504, 429, 401, 403]) : 200;
    return {
      at,
      method: r() < 0.7 ? 'GET' : 'POST',
      url: `https://${host}${pick(r, ENDPOINTS)}?page=${i % 40}&page_size=20&shop_cipher=GCP_${hex(r, 8)}&timestamp=${Math.floor(at / 1000)}&sign=[redacted]`,
      status,
      durationMs: failed ? 10_000 : Math.floor(status === 200 ? 1200 + r() * 5000 : 40 + r() * 900),
      netError: failed ? pick(r, NET) : undefined,
      code: status === 200 ? pick(r, CODES) : undefined,
      message: status === 200 ? pick(r, MESSAGES) : undefined,
      requestId: failed ? undefined : requestId(r, at),
      pageHost: host,
      mimeType: failed ? undefined : 'application/json',
      source: failed ? 'webrequest' : 'page',
    };
  });
}

/** Troubleshooting sessions over the last year, all ended. @param {number} n @param {number} now */
export function sessions(n, now, seed = 3) {
  const r = rng(seed);
  const causes = ['connectivity', 'policy', 'payment', 'listing', 'account', 'platform', 'app-version', 'geo', 'cache'];
  return Array.from({ length: n }, (_, i) => {
    const startedAt = now - 3_600_000 - Math.floor(((i + 1) / n) * 360 * 86_400_000);
    const outcome = pick(r, ['fixed', 'escalated', 'abandoned']);
    const steps = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, k) => ({
      stepId: `step-${k}`,
      at: startedAt + k * 30_000,
      note: r() < 0.3 ? 'Tried it, no change' : undefined,
    }));
    return {
      startedAt,
      updatedAt: startedAt + 600_000,
      endedAt: startedAt + 600_000,
      topCause: pick(r, causes),
      causeId: pick(r, causes),
      answers: Array.from({ length: Math.floor(r() * 4) }, (_, k) => ({
        questionId: `q-${k}`,
        answer: r() < 0.5 ? 'yes' : 'no',
        at: startedAt + k * 20_000,
      })),
      steps,
      outcome,
      recoveryMs: outcome === 'fixed' ? Math.floor(60_000 + r() * 3_600_000) : undefined,
    };
  });
}

/** One recent healthy probe run (what the popup shows as the last check). @param {number} now */
export function probeRun(now) {
  const runId = `bench-${now}`;
  const hosts = [...HOSTS, 'open-api.tiktokglobalshop.com', 'auth.tiktok-shops.com', 'www.gstatic.com'];
  const at = now - 600_000;
  return {
    run: { runId, startedAt: at - 900, finishedAt: at, trigger: 'manual' },
    probes: hosts.map((host, i) => ({
      runId,
      at: at - i,
      probe: 'reach',
      target: host,
      outcome: 'pass',
      summary: `${host} answered in ${20 + i} ms`,
      metrics: { host, status: 200, samples: 4, okSamples: 4, medianMs: 20 + i },
    })),
  };
}

/**
 * Write rows into the extension's database from a page at the extension's origin. The database must exist
 * already (the extension's Dexie schema made it): the stores are the extension's, not guessed here.
 * @param {import('playwright-core').Page} page
 * @param {Record<string, unknown[]>} tables rows per store
 * @param {{ clear?: boolean }} [o]
 */
export async function seedDatabase(page, tables, { clear = true } = {}) {
  return page.evaluate(
    async ([name, rowsByStore, clearFirst]) => {
      // Opening a database that does not exist would create it without the extension's schema: look first.
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores = Object.keys(rowsByStore);
      const missing = stores.filter((s) => !db.objectStoreNames.contains(s));
      if (missing.length) throw new Error(`the extension's database has no store ${missing.join(', ')}`);
      await new Promise((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const s of stores) {
          const store = tx.objectStore(s);
          if (clearFirst) store.clear();
          for (const row of rowsByStore[s] ?? []) {
            // undefined fields are left out, as Dexie would store them
            store.put(JSON.parse(JSON.stringify(row)));
          }
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      const counts = {};
      await Promise.all(
        stores.map(
          (s) =>
            new Promise((resolve) => {
              const req = db.transaction(s).objectStore(s).count();
              req.onsuccess = () => {
                counts[s] = req.result;
                resolve(undefined);
              };
            }),
        ),
      );
      db.close();
      return counts;
    },
    /** @type {const} */ ([DB_NAME, tables, clear]),
  );
}

/**
 * Every row of some stores (for counts after an error storm), read from a page at the extension's origin.
 * @param {import('playwright-core').Page} page
 * @param {string} store
 * @returns {Promise<any[]>}
 */
export function readStore(page, store) {
  return page.evaluate(
    async ([name, s]) => {
      // Opening a database that does not exist would create it without the extension's schema: look first.
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (!db.objectStoreNames.contains(s)) {
        db.close();
        return [];
      }
      const rows = await new Promise((resolve, reject) => {
        const req = db.transaction(s).objectStore(s).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return rows;
    },
    /** @type {const} */ ([DB_NAME, store]),
  );
}

/**
 * Make the extension create its database with its own schema, the way a seller's first popup does: open popup.html
 * and wait until the database exists. (A popup that reads without creating it leaves it to the background: then a
 * probe run, which writes its results, creates it.) The stores are then the extension's, never guessed here.
 * @param {import('./harness.mjs').BenchBrowser} b
 */
export async function ensureDatabase(b, timeout = 20_000) {
  const page = await b.context.newPage();
  const exists = () =>
    page.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DB_NAME);
  try {
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.locator('[data-diagnosis="ready"]').waitFor({ state: 'attached', timeout });
    for (let i = 0; i < 20 && !(await exists()); i++) await page.waitForTimeout(250);
    if (!(await exists())) {
      await page.evaluate(() =>
        /** @type {any} */ (globalThis).chrome.runtime.sendMessage({
          ns: 'tsd/1',
          type: 'probes/run',
          payload: { trigger: 'manual' },
        }),
      );
    }
    if (!(await exists())) throw new Error("neither the popup nor a probe run created the extension's database");
  } finally {
    await page.close();
  }
}
