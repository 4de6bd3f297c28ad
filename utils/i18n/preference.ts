/** The seller's language choice from settings: '' follows the browser's language. */
import { storage } from 'wxt/utils/storage';

export const languageChoice = storage.defineItem<string>('local:language', { fallback: '' });
