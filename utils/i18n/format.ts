/**
 * Numbers, dates, durations and lists in the active language, through `Intl`, so "3 min ago", "1.234" and
 * "2 Std. 5 Min." come out the way each market writes them.
 */
import { currentLocale } from './translate';

export function formatNumber(n: number, locale = currentLocale()): string {
  return n.toLocaleString(locale);
}

/** A date and time to the minute, e.g. "30 Nov, 16:05" / "11月30日 16:05". */
export function formatDateTime(at: number, locale = currentLocale(), timeZone?: string): string {
  return new Date(at).toLocaleString(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}

export function formatTime(at: number, locale = currentLocale()): string {
  return new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function formatShortDate(at: number, locale = currentLocale()): string {
  return new Date(at).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
}

function unit(value: number, unit: 'second' | 'minute' | 'hour' | 'day', locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** A duration: "45 sec", "12 min", "2 hr 5 min" in the locale's own units. */
export function formatDuration(ms: number, locale = currentLocale()): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return unit(s, 'second', locale);
  const m = Math.round(s / 60);
  if (m < 60) return unit(m, 'minute', locale);
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h >= 48) return unit(Math.round(h / 24), 'day', locale);
  return rest === 0
    ? unit(h, 'hour', locale)
    : new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format([
        unit(h, 'hour', locale),
        unit(rest, 'minute', locale),
      ]);
}

/** How long ago, "just now" included ("now" / "gerade eben" through `numeric: 'auto'`). */
export function formatAgo(at: number, now = Date.now(), locale = currentLocale()): string {
  const s = Math.round((now - at) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  if (s < 45) return rtf.format(0, 'second');
  const m = Math.round(s / 60);
  if (m < 60) return rtf.format(-m, 'minute');
  const h = Math.round(m / 60);
  if (h < 24) return rtf.format(-h, 'hour');
  return formatShortDate(at, locale);
}

export function formatList(items: string[], locale = currentLocale()): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
