/**
 * The privacy policy ships as data files, not inside the popup's script: `privacy/en.md` from docs/privacy.md (the
 * authoritative text, also the store's and the README's) and `privacy/<locale>.md` from each translation in
 * docs/privacy/ that exists. The popup fetches the reader's file when the policy is opened
 * (components/popup/privacy-text.ts). A translation not written yet is simply not shipped: English shows instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../utils/i18n/locales';

/** Where a policy file is served from inside the extension. */
export const privacyPath = (locale: string) => `privacy/${locale}.md`;

export function buildPrivacyAssets(root: string): { relativeDest: string; contents: string }[] {
  const files: { relativeDest: string; contents: string }[] = [];
  for (const locale of LOCALES) {
    const source = locale === 'en' ? join(root, 'docs', 'privacy.md') : join(root, 'docs', 'privacy', `${locale}.md`);
    let contents: string;
    try {
      contents = readFileSync(source, 'utf8');
    } catch {
      continue; // not translated yet (or, for English, a broken checkout: the popup then says it cannot load it)
    }
    files.push({ relativeDest: privacyPath(locale), contents });
  }
  return files;
}
