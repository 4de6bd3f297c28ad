/** Before/after figures of a clear as short lines a seller can read. */
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/keys';
import { currentLocale, t } from '../../i18n/translate';
import type { ClearRecord, SiteStorageReport } from '../../model';
import { registrableDomain } from './origins';

export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return t('popup.figure.unknown');
  if (n < 1024) return `${formatNumber(n)} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v < 10 ? 1 : 0;
  const shown = v.toLocaleString(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${shown} ${units[i]}`;
}

const ROWS: [keyof SiteStorageReport, MessageKey, boolean][] = [
  ['usage', 'popup.figure.usage', true],
  ['localStorageKeys', 'popup.figure.localStorageKeys', false],
  ['indexedDbs', 'popup.figure.indexedDbs', false],
  ['cacheNames', 'popup.figure.cacheNames', false],
  ['serviceWorkers', 'popup.figure.serviceWorkers', false],
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
  typeof v !== 'number' ? t('popup.figure.notMeasured') : bytes ? formatBytes(v) : formatNumber(v);

/** Per measured origin: one row per figure; origins nobody could measure say so. */
export function storageFigures(record: ClearRecord, sellerOrigins: string[]): OriginFigures[] {
  return sellerOrigins.map((origin) => {
    const b = record.before?.find((r) => r.origin === origin);
    const a = record.after?.find((r) => r.origin === origin);
    if (!b && !a) return { origin };
    return {
      origin,
      rows: ROWS.map(([key, label, bytes]) => ({
        label: t(label),
        before: show(b?.[key], bytes),
        after: show(a?.[key], bytes),
      })),
    };
  });
}

export function cookieFigures(record: ClearRecord): FigureRow | undefined {
  if (record.cookiesBefore === undefined && record.cookiesAfter === undefined) return undefined;
  const line = (count?: number, bytes?: number) =>
    count === undefined ? t('popup.figure.notMeasured') : `${formatNumber(count)} (${formatBytes(bytes ?? 0)})`;
  const domains = [...new Set(record.origins.map((o) => registrableDomain(new URL(o).hostname)))];
  return {
    label: t('popup.figure.cookieDomains', { domains: domains.join(', ') }),
    before: line(record.cookiesBefore, record.cookieBytesBefore),
    after: line(record.cookiesAfter, record.cookieBytesAfter),
  };
}
