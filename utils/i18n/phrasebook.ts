/**
 * Phrasebooks: translations of generated English texts (the error catalog's per-code meanings and steps), keyed by
 * the text's id (`textId`, text-id.ts). The sources are utils/facts/code-texts/<locale>.json; the build ships them
 * as `i18n/codes/<locale>.json` (scripts/code-text-assets.ts), fetched only by a page that shows such texts, only
 * for a language other than English, and once. A text the phrasebook lacks, or a phrasebook that is missing or
 * broken, shows in English: never a blank and never a stale translation (a changed English text has a new id).
 */
import type { Locale } from './locales';
import { fetchOwnFile } from './own-file';
import { textId } from './text-id';

/** text id -> the text in one language */
export type Phrasebook = Readonly<Record<string, string>>;

const EMPTY: Phrasebook = Object.freeze({});

/** Only an object of strings is a phrasebook: anything else reads as none (English). */
function asPhrasebook(data: unknown): Phrasebook {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return EMPTY;
  return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
}

/** One language's phrasebook; English (the catalog itself) needs none and fetches nothing. */
export function loadPhrasebook(locale: Locale): Promise<Phrasebook> {
  if (locale === 'en') return Promise.resolve(EMPTY);
  return fetchOwnFile(`/i18n/codes/${locale}.json`, (r) => r.json().then(asPhrasebook), EMPTY);
}

/** A generated English text in the phrasebook's language, or as written when it has no translation for it. */
export function phrase(english: string, book: Phrasebook | undefined): string {
  if (!book) return english;
  const text = book[textId(english)];
  return typeof text === 'string' && text !== '' ? text : english;
}
