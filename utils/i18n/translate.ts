/**
 * Translation at render time: `t(key, params)` looks the key up in the active language, falls back to English,
 * fills `{name}` placeholders and picks plural forms with `Intl.PluralRules`. The dictionaries are data files
 * (public/i18n/<locale>.json, built from locales/), fetched by utils/i18n/load.ts, so no language weighs on the
 * popup's script. Keys are typed from the English sources (utils/i18n/keys.ts): a misspelt key fails type-check.
 */
import type { MessageKey } from './keys';
import type { Locale } from './locales';

/** A plural message: one form per `Intl.PluralRules` category the language uses; `other` always present. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Dictionary = Partial<Record<string, Message>>;
export type Params = Record<string, string | number>;

interface Active {
  locale: Locale;
  messages: Dictionary;
  fallback: Dictionary;
  plural: Intl.PluralRules;
}

let active: Active = { locale: 'en', messages: {}, fallback: {}, plural: new Intl.PluralRules('en') };

/** Sets the language everything renders in from now on (the caller re-renders). */
export function setDictionaries(locale: Locale, messages: Dictionary, fallback: Dictionary = messages): void {
  active = { locale, messages, fallback, plural: new Intl.PluralRules(locale) };
}

export function currentLocale(): Locale {
  return active.locale;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(text: string, params: Params | undefined, locale: Locale): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

function pick(message: Message, count: number | undefined, rules: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  const category = count === undefined ? 'other' : rules.select(count);
  return message[category] ?? message.other;
}

/**
 * The text for `key` in the active language. A key missing in both dictionaries renders as the key itself, which
 * the locale tests make impossible for shipped keys; it never throws, so a half-loaded page still renders.
 */
export function t(key: MessageKey, params?: Params): string {
  return translateIn(active, key, params);
}

function translateIn(dict: Active, key: string, params?: Params): string {
  const message = dict.messages[key] ?? dict.fallback[key];
  if (message === undefined) return key;
  const count = typeof params?.count === 'number' ? params.count : undefined;
  return fill(pick(message, count, dict.plural), params, dict.locale);
}

/**
 * Runs a synchronous render in another language and restores the active one: the background renders `report.html`
 * in the seller's language and `report.en.html` in English, each with the same components that call `t()`.
 */
export function renderIn<T>(locale: Locale, messages: Dictionary, fallback: Dictionary, render: () => T): T {
  const before = active;
  setDictionaries(locale, messages, fallback);
  try {
    return render();
  } finally {
    active = before;
  }
}

/**
 * A translator bound to one language, independent of the active one: the bundle renders `report.html` in the
 * seller's language and `report.en.html` in English in the same export.
 */
export function translatorFor(locale: Locale, messages: Dictionary, fallback: Dictionary = messages) {
  const dict: Active = { locale, messages, fallback, plural: new Intl.PluralRules(locale) };
  return (key: MessageKey, params?: Params) => translateIn(dict, key, params);
}
export type Translate = ReturnType<typeof translatorFor>;

/**
 * The text of a key built at run time from an id or an index (`catalog.family.${id}`), or `fallback` (the English
 * the key was made from, or the id itself) where no dictionary has that key.
 */
export function textOr(key: string, fallback: string, tr: Translate = t, params?: Params): string {
  const text = tr(key as MessageKey, params);
  return text === key ? fallback : text;
}

/** Placeholder names used by a message (all forms), for the locale tests. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const m of (text ?? '').matchAll(PLACEHOLDER)) if (m[1]) names.add(m[1]);
  return [...names].sort();
}
