/**
 * Storage of a Seller Center origin. `measureSiteStorage` runs in the content script, which sees the page
 * origin's storage (nothing on the extension side can); the background turns the report into a probe result.
 */
import type { ProbeOutcome, SiteStorageReport } from '../model';
import type { ProbeMetrics } from './metrics';

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

function pageGlobals(): StorageGlobals {
  return {
    origin: location.origin,
    navigator,
    caches: typeof caches === 'undefined' ? undefined : caches,
    indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
    localStorage: () => localStorage,
  };
}

/** Each part on its own: a missing API or a refusal gives null for that part, never a failed report. */
async function part<T>(read: (() => Promise<T> | T) | undefined): Promise<NonNullable<T> | null> {
  if (!read) return null;
  try {
    return (await read()) ?? null;
  } catch {
    return null;
  }
}

export async function measureSiteStorage(
  g: StorageGlobals = pageGlobals(),
  now = Date.now(),
): Promise<SiteStorageReport> {
  const { navigator: nav, caches: cacheStorage, indexedDB: idb, localStorage: local } = g;
  const [est, cacheNames, indexedDbs, serviceWorkers, localStorageKeys] = await Promise.all([
    part(nav?.storage?.estimate && (() => nav.storage?.estimate?.())),
    part(cacheStorage && (() => cacheStorage.keys().then((k) => k.length))),
    part(idb?.databases && (() => idb.databases?.().then((d) => d.length))),
    part(nav?.serviceWorker?.getRegistrations && (() => nav.serviceWorker?.getRegistrations?.().then((r) => r.length))),
    part(local && (() => local().length)),
  ]);
  return {
    origin: g.origin,
    at: now,
    usage: typeof est?.usage === 'number' ? est.usage : null,
    quota: typeof est?.quota === 'number' ? est.quota : null,
    cacheNames,
    indexedDbs,
    serviceWorkers,
    localStorageKeys,
  };
}

export const STORAGE_LIMITS = { warnRatio: 0.8, failRatio: 0.95 } as const;

export function storageMetrics(r: SiteStorageReport): ProbeMetrics['storage'] {
  const ratio = r.usage !== null && r.quota ? r.usage / r.quota : null;
  return {
    origin: r.origin,
    usage: r.usage,
    quota: r.quota,
    ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    cacheNames: r.cacheNames,
    indexedDbs: r.indexedDbs,
    serviceWorkers: r.serviceWorkers,
  };
}

export function storageOutcome(m: ProbeMetrics['storage']): ProbeOutcome {
  if (m.ratio === null) return m.usage === null ? 'skip' : 'pass';
  if (m.ratio >= STORAGE_LIMITS.failRatio) return 'fail';
  if (m.ratio >= STORAGE_LIMITS.warnRatio) return 'warn';
  return 'pass';
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

export function storageSummary(m: ProbeMetrics['storage']): string {
  const parts = [
    m.usage !== null && m.quota !== null
      ? `${mb(m.usage)} used of ${mb(m.quota)} (${Math.round((m.ratio ?? 0) * 100)}%)`
      : 'usage not available',
    m.cacheNames !== null ? `${m.cacheNames} caches` : null,
    m.indexedDbs !== null ? `${m.indexedDbs} IndexedDB databases` : null,
    m.serviceWorkers !== null ? `${m.serviceWorkers} service workers` : null,
  ].filter(Boolean);
  const head = `${m.origin}: ${parts.join(', ')}`;
  if (m.ratio !== null && m.ratio >= STORAGE_LIMITS.warnRatio)
    return `${head}. Storage is nearly full: pages may fail to save data (QuotaExceededError); clearing site data frees it.`;
  return `${head}.`;
}
