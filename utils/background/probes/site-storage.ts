/** The background's half of the site-storage probe: a content script's report as metrics, outcome and summary. */
import { STORAGE_LIMITS } from '../../limits';
import type { ProbeOutcome, SiteStorageReport } from '../../model';
import type { ProbeMetrics } from './metrics';

export { STORAGE_LIMITS };

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
