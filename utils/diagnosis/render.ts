/**
 * The diagnosis' sentences in words, at display time: the popup renders with the active language (`t`), the
 * bundle with English for support (`translatorFor('en', …)`) and the report in the seller's language. Spans and
 * lists go through `Intl` in the reader's locale, so "12 minutes" and "502 and 503" read right everywhere.
 */
import type { Locale } from '../i18n/locales';
import { currentLocale, type Params, type Translate, t } from '../i18n/translate';
import { roundSpan } from './age';
import type { DxMessage, DxValue } from './message';
import type { Finding, Verdict } from './types';

/** Whom a sentence is rendered for: a translator and the locale its numbers, spans and lists follow. */
export interface Reader {
  translate: Translate;
  locale: Locale;
}

/** The seller's active language. */
export const activeReader = (): Reader => ({ translate: t, locale: currentLocale() });

/** Any diagnosis message as text. */
export function renderMessage(m: DxMessage, reader: Reader = activeReader()): string {
  const flat: Params = {};
  for (const [name, value] of Object.entries(m.params ?? {})) flat[name] = renderValue(value, reader);
  return reader.translate(m.key, flat);
}

/** One evidence line. */
export function findingText(f: Pick<Finding, 'message'>, reader: Reader = activeReader()): string {
  return renderMessage(f.message, reader);
}

/** A verdict's one-line why. */
export function whyText(v: Pick<Verdict, 'why'>, reader: Reader = activeReader()): string {
  return renderMessage(v.why, reader);
}

function renderValue(value: DxValue, reader: Reader): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('key' in value) return renderMessage(value, reader);
  if ('span' in value) return spanText(value.span, reader.locale);
  if ('label' in value) return reader.translate(value.label as Parameters<Translate>[0]);
  const items = value.list.map((v) => String(renderValue(v, reader)));
  const max = value.max ?? items.length;
  if (items.length <= max) return listText(items, reader.locale);
  const shown = new Intl.ListFormat(listLocale(reader.locale), { type: 'unit', style: 'short' });
  return reader.translate('dx.list.more', { items: shown.format(items.slice(0, max)), count: items.length - max });
}

/** A rounded-up span: "1 minute", "12 minutes", "3 hours" (at most 24: the diagnosis' window). */
export function spanText(ms: number, locale: Locale): string {
  const { unit, count } = roundSpan(ms);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** "503", "502 and 503", "500, 502 and 503". */
export function listText(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(listLocale(locale), { type: 'conjunction' }).format(items);
}

// The product's English has always written lists without the serial comma ("500, 502 and 503").
const listLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);
