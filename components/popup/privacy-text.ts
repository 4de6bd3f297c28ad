/**
 * The privacy policy's text, fetched from the extension's own files when the seller opens it: the reader's
 * translation (`privacy/<locale>.md`, when one is shipped) and the English original, which is authoritative.
 * Kept out of the popup's script (scripts/privacy-assets.ts); each file is fetched at most once per page.
 */
import type { Locale } from '@/utils/i18n/locales';
import { fetchOwnFile } from '@/utils/i18n/own-file';

export interface PolicyTexts {
  /** the reader's language, absent for English readers and where no translation is shipped */
  translated?: string;
  /** absent only when even the English file cannot be read */
  english?: string;
}

/** One language's policy; a missing file answers undefined, never an error. */
export function fetchPolicy(locale: Locale): Promise<string | undefined> {
  return fetchOwnFile<string | undefined>(`/privacy/${locale}.md`, (r) => r.text(), undefined);
}

export async function loadPolicy(locale: Locale): Promise<PolicyTexts> {
  const [translated, english] = await Promise.all([
    locale === 'en' ? undefined : fetchPolicy(locale),
    fetchPolicy('en'),
  ]);
  return { translated: translated?.trim() ? translated : undefined, english: english?.trim() ? english : undefined };
}
