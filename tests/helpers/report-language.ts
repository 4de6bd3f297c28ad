/** A `ReportLanguage` for buildBundle, read from the message sources as the extension ships them. */
import type { ReportLanguage } from '@/utils/bundle/build';
import type { Locale } from '@/utils/i18n/locales';
import { readSources } from '../../scripts/i18n-assets';

const { messages } = readSources(new URL('../..', import.meta.url).pathname);

export function reportLanguage(locale: Locale): ReportLanguage {
  return { locale, messages: messages[locale], english: messages.en };
}
