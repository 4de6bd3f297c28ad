/**
 * Builds the language files the extension ships from the sources in the tree: every folder named `locales`
 * (the project's `locales/<area>/` and each cause's `utils/causes/<id>/locales/`) holds `<locale>.json` files of
 * `key -> message`. They are merged per language into `i18n/<locale>.json` (fetched at run time by
 * utils/i18n/load.ts) and the manifest's name and description into `_locales/<dir>/messages.json`, where the
 * browser reads them for the install prompt and the toolbar. Runs in Node at build time (wxt.config.ts) and in tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROME_LOCALE_DIR, LOCALES, type Locale } from '../utils/i18n/locales';
import type { Dictionary } from '../utils/i18n/translate';

const SKIP = new Set(['node_modules', '.output', '.git', '.wxt', 'public', 'e2e', 'bench', 'tests', 'docs']);

/** Every `locales` folder under the root, sorted so that builds are reproducible. */
export function localeFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.name === 'locales') collectLeaves(path, found);
      else walk(path);
    }
  };
  walk(root);
  return found.sort();
}

function collectLeaves(dir: string, into: string[]) {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === 'en.json')) into.push(dir);
  for (const e of entries) if (e.isDirectory()) collectLeaves(join(dir, e.name), into);
}

export interface Sources {
  /** per language, every key with the folder it came from */
  messages: Record<Locale, Dictionary>;
  origin: Record<string, string>;
}

/** Reads every source; a key defined twice, or a file that is not an object of messages, is an error. */
export function readSources(root: string): Sources {
  const messages = Object.fromEntries(LOCALES.map((l) => [l, {} as Dictionary])) as Record<Locale, Dictionary>;
  const origin: Record<string, string> = {};
  for (const folder of localeFolders(root)) {
    const where = relative(root, folder);
    for (const locale of LOCALES) {
      let text: string;
      try {
        text = readFileSync(join(folder, `${locale}.json`), 'utf8');
      } catch {
        continue; // the locale tests name what is missing
      }
      const data = JSON.parse(text) as unknown;
      if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new Error(`${where}/${locale}.json: not an object`);
      for (const [key, value] of Object.entries(data as Dictionary)) {
        if (locale === 'en') {
          if (origin[key]) throw new Error(`message key "${key}" is defined in ${origin[key]} and ${where}`);
          origin[key] = where;
        }
        messages[locale][key] = value;
      }
    }
  }
  return { messages, origin };
}

/** Files for WXT's public assets: `i18n/<locale>.json` and `_locales/<dir>/messages.json`. */
export function buildI18nAssets(root: string): { relativeDest: string; contents: string }[] {
  const { messages } = readSources(root);
  const files: { relativeDest: string; contents: string }[] = [];
  // `_locales` obliges the manifest to name a default_locale: written only once the manifest's texts exist.
  const manifestTexts = messages.en['manifest.name'] !== undefined;
  for (const locale of LOCALES) {
    files.push({ relativeDest: `i18n/${locale}.json`, contents: JSON.stringify(messages[locale]) });
    if (!manifestTexts) continue;
    const name = messages[locale]['manifest.name'] ?? messages.en['manifest.name'];
    const description = messages[locale]['manifest.description'] ?? messages.en['manifest.description'];
    const chrome = {
      extName: { message: typeof name === 'string' ? name : '' },
      extDescription: { message: typeof description === 'string' ? description : '' },
    };
    files.push({
      relativeDest: `_locales/${CHROME_LOCALE_DIR[locale]}/messages.json`,
      contents: JSON.stringify(chrome),
    });
  }
  return files;
}
