/** The background's half of the site-storage probe: a content script's report as metrics, outcome and summary. */

import { type DxMessage, type DxValue, dx } from '../../diagnosis/message';
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

/** Megabytes with one decimal, as a number: the reader's locale writes the decimal separator. */
const mb = (n: number) => Math.round((n / 1_048_576) * 10) / 10;

export function storageSummary(m: ProbeMetrics['storage']): DxMessage {
  const parts: DxValue[] = [
    m.usage !== null && m.quota !== null
      ? dx('probe.storage.usage', {
          used: mb(m.usage),
          quota: mb(m.quota),
          percent: Math.round((m.ratio ?? 0) * 100),
        })
      : dx('probe.storage.noUsage'),
  ];
  if (m.cacheNames !== null) parts.push(dx('probe.storage.caches', { count: m.cacheNames }));
  if (m.indexedDbs !== null) parts.push(dx('probe.storage.databases', { count: m.indexedDbs }));
  if (m.serviceWorkers !== null) parts.push(dx('probe.storage.workers', { count: m.serviceWorkers }));
  const params = { origin: m.origin, parts: { list: parts } };
  if (m.ratio !== null && m.ratio >= STORAGE_LIMITS.warnRatio) return dx('probe.storage.full', params);
  return dx('probe.storage.ok', params);
}
