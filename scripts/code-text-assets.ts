/**
 * Ships the error catalog's phrasebooks (utils/facts/code-texts/<locale>.json: text id -> translation of a code's
 * meaning or step) as data files, `i18n/codes/<locale>.json`, minified. Fetched by utils/i18n/phrasebook.ts, never
 * bundled into a script. English is not shipped: the catalog itself is English and the page fetches nothing for it.
 * A missing language file ships nothing (that language shows the English texts); a file that is not an object of
 * strings fails the build, as a broken `locales` file does. Runs in Node at build time (wxt.config.ts) and in tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../utils/i18n/locales';

export const CODE_TEXTS_DIR = join('utils', 'facts', 'code-texts');

/** One language's phrasebook source, or undefined when the file does not exist. */
export function readCodeTexts(root: string, locale: Locale): Record<string, string> | undefined {
  const path = join(root, CODE_TEXTS_DIR, `${locale}.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const data = JSON.parse(text) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: not an object`);
  for (const [id, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new Error(`${path}: "${id}" is not a string`);
  }
  return data as Record<string, string>;
}

/** Files for WXT's public assets: `i18n/codes/<locale>.json` for each language but English that has one. */
export function buildCodeTextAssets(root: string): { relativeDest: string; contents: string }[] {
  const files: { relativeDest: string; contents: string }[] = [];
  for (const locale of LOCALES) {
    if (locale === 'en') continue;
    const texts = readCodeTexts(root, locale);
    if (texts) files.push({ relativeDest: `i18n/codes/${locale}.json`, contents: JSON.stringify(texts) });
  }
  return files;
}
