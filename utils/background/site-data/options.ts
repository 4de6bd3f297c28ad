/**
 * The `browsingData.remove` call for a clear, per browser. Chrome filters by `origins` (cookies then go for the
 * whole registrable domain); Firefox filters by bare `hostnames` and has no Cache Storage or file-system type,
 * which the record reports as unsupported instead of pretending they were cleared.
 */

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

export const DATA_TYPE_LABELS: Record<SiteDataType, string> = {
  cache: 'cached files',
  cacheStorage: 'Cache Storage',
  indexedDB: 'IndexedDB databases',
  localStorage: 'localStorage',
  serviceWorkers: 'service workers',
  fileSystems: 'file systems',
  cookies: 'cookies',
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
