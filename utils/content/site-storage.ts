/**
 * Storage of a Seller Center origin, measured in the tab (its isolated world sees the page origin's storage; nothing
 * on the extension side can), injected by the background only when a probe run or a clear asks: no listener waits for
 * it in every Seller Center page. The background turns the report into a probe result (background/probes/site-storage.ts).
 */
import type { SiteStorageReport } from '../model';

export interface StorageGlobals {
  origin: string;
  navigator?: {
    storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> };
    serviceWorker?: { getRegistrations?: () => Promise<readonly unknown[]> };
  };
  caches?: { keys: () => Promise<string[]> };
  indexedDB?: { databases?: () => Promise<readonly unknown[]> };
  localStorage?: () => { length: number };
}

/**
 * The report. Self-contained on purpose: the background runs it in the Seller Center tab with
 * `scripting.executeScript({ func })` (background/site-data/tab-storage.ts), which sends this function's source
 * alone, so it may use nothing from this module or any other. `g` defaults to the tab's own globals.
 */
export async function measureSiteStorage(g?: StorageGlobals, now = Date.now()): Promise<SiteStorageReport> {
  const globals: StorageGlobals = g ?? {
    origin: location.origin,
    navigator,
    caches: typeof caches === 'undefined' ? undefined : caches,
    indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
    localStorage: () => localStorage,
  };
  // Each part on its own: a missing API or a refusal gives null for that part, never a failed report.
  const part = async <T>(read: (() => Promise<T> | T) | undefined): Promise<NonNullable<T> | null> => {
    if (!read) return null;
    try {
      return (await read()) ?? null;
    } catch {
      return null;
    }
  };
  const { navigator: nav, caches: cacheStorage, indexedDB: idb, localStorage: local } = globals;
  const [est, cacheNames, indexedDbs, serviceWorkers, localStorageKeys] = await Promise.all([
    part(nav?.storage?.estimate && (() => nav.storage?.estimate?.())),
    part(cacheStorage && (() => cacheStorage.keys().then((k) => k.length))),
    part(idb?.databases && (() => idb.databases?.().then((d) => d.length))),
    part(nav?.serviceWorker?.getRegistrations && (() => nav.serviceWorker?.getRegistrations?.().then((r) => r.length))),
    part(local && (() => local().length)),
  ]);
  return {
    origin: globals.origin,
    at: now,
    usage: typeof est?.usage === 'number' ? est.usage : null,
    quota: typeof est?.quota === 'number' ? est.quota : null,
    cacheNames,
    indexedDbs,
    serviceWorkers,
    localStorageKeys,
  };
}
