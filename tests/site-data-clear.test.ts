import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BrowsingDataLike,
  type ClearDeps,
  clearSiteData,
  MISSING_PERMISSION,
} from '@/utils/background/site-data/clear';
import { type CookieLike, countCookies, measureOrigins, toReport } from '@/utils/background/site-data/measure';
import type { Removal, RemovalOptions } from '@/utils/background/site-data/options';
import { reloadSellerTabs } from '@/utils/background/site-data/reload';
import type { SiteStorageReport } from '@/utils/model';
import { DoctorDb } from '@/utils/store';

const SELLER = 'https://seller-us.tiktok.com';

const report = (origin: string, keys: number): SiteStorageReport => ({
  origin,
  at: 1,
  usage: keys * 1000,
  quota: 1e9,
  cacheNames: keys ? 1 : 0,
  indexedDbs: keys ? 2 : 0,
  serviceWorkers: 0,
  localStorageKeys: keys,
});

/** A browser in miniature: one seller tab whose storage and cookies the fake browsingData really removes. */
function fakeWorld(database: DoctorDb) {
  const state = { keys: 5, cookies: [{ name: 'sid', value: 'x'.repeat(30), domain: '.tiktok.com', path: '/' }] };
  const calls: [RemovalOptions, Removal['dataTypes']][] = [];
  const browsingData: BrowsingDataLike = {
    remove: vi.fn(async (options, types) => {
      calls.push([options, types]);
      if (types.localStorage) state.keys = 0;
      if (types.cookies) state.cookies = [];
    }),
  };
  const deps: ClearDeps = {
    tabs: { query: async () => [{ id: 7, url: `${SELLER}/homepage`, active: true }] },
    database,
    browsingData,
    cookies: { getAll: async ({ domain }) => state.cookies.filter((c) => c.domain.endsWith(domain)) },
    ask: async () => report(SELLER, state.keys),
    platform: 'chrome',
  };
  return { deps, calls, state };
}

let n = 0;
let database: DoctorDb;
beforeEach(() => {
  database = new DoctorDb(`site-data-clear-${++n}`);
});

describe('clearSiteData', () => {
  it('clears the seller origins without cookies by default, measures before/after and stores the record', async () => {
    const { deps, calls } = fakeWorld(database);
    const record = await clearSiteData(deps, {});
    expect(calls).toHaveLength(1);
    const [options, types] = calls[0] ?? [];
    expect(options).toEqual({ origins: [SELLER, 'https://seller.us.tiktokglobalshop.com'] });
    expect(types).not.toHaveProperty('cookies');
    expect(record).toMatchObject({
      ok: true,
      includeCookies: false,
      origins: [SELLER, 'https://seller.us.tiktokglobalshop.com'],
      dataTypes: ['cache', 'cacheStorage', 'indexedDB', 'localStorage', 'serviceWorkers', 'fileSystems'],
      cookiesBefore: 1,
      cookiesAfter: 1,
      cookieBytesBefore: 33,
      unsupported: [],
    });
    expect(record.error).toBeUndefined();
    expect(record.before?.[0]?.localStorageKeys).toBe(5);
    expect(record.after?.[0]?.localStorageKeys).toBe(0);
    const stored = await database.clears.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: record.id, ok: true, cookiesAfter: 1 });
  });

  it('removes cookies only for a literal true', async () => {
    const world = fakeWorld(database);
    expect((await clearSiteData(world.deps, { includeCookies: 'yes' })).includeCookies).toBe(false);
    const record = await clearSiteData(world.deps, { includeCookies: true });
    expect(world.calls[1]?.[1].cookies).toBe(true);
    expect(record).toMatchObject({ includeCookies: true, cookiesBefore: 1, cookiesAfter: 0 });
    expect(record.dataTypes).toContain('cookies');
  });

  it('on Firefox passes hostnames and reports the types it cannot clear', async () => {
    const { deps, calls } = fakeWorld(database);
    const record = await clearSiteData({ ...deps, platform: 'firefox' }, {});
    expect(calls[0]?.[0]).toEqual({ hostnames: ['seller-us.tiktok.com', 'seller.us.tiktokglobalshop.com'] });
    expect(record.unsupported).toEqual(['cacheStorage', 'fileSystems']);
    expect(record.dataTypes).not.toContain('cacheStorage');
  });

  it('records "not measured" when no content script answers', async () => {
    const { deps } = fakeWorld(database);
    const record = await clearSiteData(
      { ...deps, ask: () => Promise.reject(new Error('Receiving end does not exist')) },
      {},
    );
    expect(record.ok).toBe(true);
    expect(record.before).toEqual([]);
    expect(record.after).toEqual([]);
  });

  it('fails with a clear message when the API throws, and tries nothing else', async () => {
    const { deps } = fakeWorld(database);
    const remove = vi.fn(() => Promise.reject(new Error('Invalid origin')));
    const record = await clearSiteData({ ...deps, browsingData: { remove } }, { includeCookies: true });
    expect(remove).toHaveBeenCalledTimes(1);
    expect(record.ok).toBe(false);
    expect(record.error).toContain('Invalid origin');
    expect(record.error).toContain('no other site was touched');
    expect((await database.clears.toArray())[0]).toMatchObject({ ok: false, error: record.error });
  });

  it('gives up waiting on a clear that takes too long', async () => {
    const { deps } = fakeWorld(database);
    const remove = vi.fn(() => new Promise<void>(() => {}));
    const record = await clearSiteData({ ...deps, browsingData: { remove }, timeoutMs: 30 }, {});
    expect(record.ok).toBe(false);
    expect(record.error).toMatch(/did not finish within/);
    expect(await database.clears.count()).toBe(1);
  });

  it('says the permission is missing when browsingData is absent', async () => {
    const { deps } = fakeWorld(database);
    const record = await clearSiteData({ ...deps, browsingData: undefined }, {});
    expect(record).toMatchObject({ ok: false, error: MISSING_PERMISSION });
    expect(record.after?.[0]?.localStorageKeys).toBe(5);
  });

  it('still answers when the history row cannot be written', async () => {
    const { deps } = fakeWorld(database);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(database.clears, 'add').mockRejectedValue(new Error('disk gone'));
    const record = await clearSiteData(deps, {});
    expect(record.ok).toBe(true);
    expect(record.id).toBeUndefined();
  });
});

describe('measuring', () => {
  it('accepts a report only for the origin it asked about', () => {
    expect(toReport(SELLER, { ...report('https://example.com', 1) }, 0)).toBeUndefined();
    expect(toReport(SELLER, null, 0)).toBeUndefined();
    expect(toReport(SELLER, { origin: SELLER, usage: -1, quota: 'x', localStorageKeys: 2.7 }, 5)).toMatchObject({
      usage: null,
      quota: null,
      localStorageKeys: 2,
      at: 5,
    });
  });

  it('asks the active tab of each origin, and leaves out a tab that never answers', async () => {
    const ask = vi.fn(async (tabId: number) => (tabId === 2 ? report(SELLER, 1) : new Promise(() => {})));
    const reports = await measureOrigins(
      [SELLER, 'https://seller-uk.tiktok.com', 'https://seller-de.tiktok.com'],
      [
        { id: 1, host: 'seller-us.tiktok.com', active: false },
        { id: 2, host: 'seller-us.tiktok.com', active: true },
        { id: 3, host: 'seller-uk.tiktok.com', active: false },
      ],
      ask,
      20,
    );
    expect(reports.map((r) => r.origin)).toEqual([SELLER]);
    expect(ask.mock.calls.map((c) => c[0]).sort()).toEqual([2, 3]);
  });

  it('counts each cookie once across domains, in UTF-8 bytes', async () => {
    const jar: CookieLike[] = [
      { name: 'a', value: 'é', domain: '.tiktok.com', path: '/' },
      { name: 'b', value: '12', domain: 'seller-us.tiktok.com', path: '/' },
    ];
    const cookies = { getAll: async () => jar };
    expect(await countCookies(cookies, ['tiktok.com', 'tiktok.com'])).toEqual({ count: 2, bytes: 6 });
    expect(await countCookies(undefined, ['tiktok.com'])).toBeUndefined();
    expect(await countCookies({ getAll: () => Promise.reject(new Error('denied')) }, ['tiktok.com'])).toBeUndefined();
  });
});

describe('reloadSellerTabs', () => {
  it('reloads only open Seller Center tabs', async () => {
    const reload = vi.fn(async (_tabId: number) => {});
    const tabs = {
      query: async () => [
        { id: 1, url: `${SELLER}/order` },
        { id: 2, url: 'https://example.com/' },
        { id: 3, url: 'https://seller-uk.tiktok.com/' },
      ],
      reload,
    };
    expect(await reloadSellerTabs(tabs)).toEqual({ reloaded: 2 });
    expect(reload.mock.calls.map((c) => c[0])).toEqual([1, 3]);
  });
});
