/**
 * English for diagnosis.json: its `why` and evidence texts are for support agents, so they are English whatever
 * language the seller reads (the message keys next to them render in any language).
 */
import { activeReader, type Reader } from '../diagnosis/render';
import { fetchDictionary } from '../i18n/load';
import { translatorFor } from '../i18n/translate';

/** English from the shipped dictionary; the active language when it cannot be read (tests, a broken install). */
export async function englishReader(): Promise<Reader> {
  const messages = await fetchDictionary('en');
  return Object.keys(messages).length > 0 ? { translate: translatorFor('en', messages), locale: 'en' } : activeReader();
}
