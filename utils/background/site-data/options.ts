/**
 * The `browsingData.remove` call for a clear, per browser. Chrome filters by `origins` (cookies then go for the
 * whole registrable domain); Firefox filters by bare `hostnames` and has no Cache Storage or file-system type,
 * which the record reports as unsupported instead of pretending they were cleared.
 */

import type { MessageKey } from '../../i18n/keys';

export type Platform = 'chrome' | 'firefox';

/** Site data a clear removes, always (cookies only when the seller asks). */
export const SITE_DATA_TYPES = [
  'cache',
  'cacheStorage',
  'indexedDB',
  'localStorage',
  'serviceWorkers',
  'fileSystems',
] as const;
export type SiteDataType = (typeof SITE_DATA_TYPES)[number] | 'cookies';

/** Types Firefox can remove for chosen hostnames (MDN RemovalOptions.hostnames; cache since Firefox 78). */
const FIREFOX_HOSTNAME_TYPES: ReadonlySet<SiteDataType> = new Set([
  'cache',
  'cookies',
  'indexedDB',
  'localStorage',
  'serviceWorkers',
]);

/** What the seller reads for each type (message keys, translated where shown). */
export const DATA_TYPE_LABELS: Record<SiteDataType, MessageKey> = {
  cache: 'popup.dataType.cache',
  cacheStorage: 'popup.dataType.cacheStorage',
  indexedDB: 'popup.dataType.indexedDB',
  localStorage: 'popup.dataType.localStorage',
  serviceWorkers: 'popup.dataType.serviceWorkers',
  fileSystems: 'popup.dataType.fileSystems',
  cookies: 'popup.dataType.cookies',
};

export type RemovalOptions = { origins: [string, ...string[]] } | { hostnames: string[] };

export interface Removal {
  options: RemovalOptions;
  dataTypes: Partial<Record<SiteDataType, true>>;
  /** the types that will be removed, in order */
  types: SiteDataType[];
  /** wanted but not removable per site on this browser */
  unsupported: SiteDataType[];
}

export function buildRemoval(platform: Platform, origins: string[], includeCookies = false): Removal {
  const [first, ...rest] = origins;
  if (!first) throw new Error('No site to clear.');
  const wanted: SiteDataType[] = [...SITE_DATA_TYPES, ...(includeCookies ? (['cookies'] as const) : [])];
  const types = platform === 'firefox' ? wanted.filter((t) => FIREFOX_HOSTNAME_TYPES.has(t)) : wanted;
  const unsupported = wanted.filter((t) => !types.includes(t));
  const options: RemovalOptions =
    platform === 'firefox'
      ? { hostnames: [...new Set(origins.map((o) => new URL(o).hostname))] }
      : { origins: [first, ...rest] };
  return { options, dataTypes: Object.fromEntries(types.map((t) => [t, true])), types, unsupported };
}

export function currentPlatform(): Platform {
  return import.meta.env.FIREFOX ? 'firefox' : 'chrome';
}
