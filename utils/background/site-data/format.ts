/** Before/after figures of a clear as short lines a seller can read. */
import type { ClearRecord, SiteStorageReport } from '../../model';
import { registrableDomain } from './origins';

export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return 'unknown';
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

const ROWS: [keyof SiteStorageReport, string, boolean][] = [
  ['usage', 'storage used', true],
  ['localStorageKeys', 'localStorage keys', false],
  ['indexedDbs', 'IndexedDB databases', false],
  ['cacheNames', 'Cache Storage caches', false],
  ['serviceWorkers', 'service workers', false],
];

export interface FigureRow {
  label: string;
  before: string;
  after: string;
}

export interface OriginFigures {
  origin: string;
  /** undefined when no open tab of that origin answered before and after */
  rows?: FigureRow[];
}

const show = (v: unknown, bytes: boolean): string =>
  typeof v !== 'number' ? 'not measured' : bytes ? formatBytes(v) : String(v);

/** Per measured origin: one row per figure; origins nobody could measure say so. */
export function storageFigures(record: ClearRecord, sellerOrigins: string[]): OriginFigures[] {
  return sellerOrigins.map((origin) => {
    const b = record.before?.find((r) => r.origin === origin);
    const a = record.after?.find((r) => r.origin === origin);
    if (!b && !a) return { origin };
    return {
      origin,
      rows: ROWS.map(([key, label, bytes]) => ({ label, before: show(b?.[key], bytes), after: show(a?.[key], bytes) })),
    };
  });
}

export function cookieFigures(record: ClearRecord): FigureRow | undefined {
  if (record.cookiesBefore === undefined && record.cookiesAfter === undefined) return undefined;
  const line = (count?: number, bytes?: number) =>
    count === undefined ? 'not measured' : `${count} (${formatBytes(bytes ?? 0)})`;
  const domains = [...new Set(record.origins.map((o) => registrableDomain(new URL(o).hostname)))];
  return {
    label: `${domains.join(', ')} and subdomains`,
    before: line(record.cookiesBefore, record.cookieBytesBefore),
    after: line(record.cookiesAfter, record.cookieBytesAfter),
  };
}
