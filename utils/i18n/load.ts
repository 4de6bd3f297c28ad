/**
 * Fetches the active language's dictionary (and English, the fallback) from the extension's own files and makes
 * it active. Works in the popup, the API doctor page and the service worker alike (fetch of an extension URL).
 */
import { browser } from 'wxt/browser';
import { type Locale, negotiateLocale } from './locales';
import { fetchOwnFile } from './own-file';
import { languageChoice } from './preference';
import { type Dictionary, setDictionaries } from './translate';

/** One language's messages; a missing or broken file answers an empty dictionary (English then shows). */
export function fetchDictionary(locale: Locale): Promise<Dictionary> {
  return fetchOwnFile(`/i18n/${locale}.json`, (r) => r.json() as Promise<Dictionary>, {});
}

/** The browser's UI language, or undefined where the API is missing or refuses (tests, odd browsers). */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

/** The locale the seller reads: their choice in settings, else the browser's UI language. */
export async function resolveLocale(): Promise<Locale> {
  const choice = await languageChoice.getValue().catch(() => '');
  return negotiateLocale(browserUiLanguage(), choice);
}

/** Loads and activates the seller's language; returns it (for `<html lang>` and Intl). */
export async function activateLanguage(locale?: Locale): Promise<Locale> {
  const chosen = locale ?? (await resolveLocale());
  const [messages, fallback] = await Promise.all([
    fetchDictionary(chosen),
    chosen === 'en' ? undefined : fetchDictionary('en'),
  ]);
  setDictionaries(chosen, messages, fallback ?? messages);
  return chosen;
}
