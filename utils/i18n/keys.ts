/**
 * Message keys, typed from the English sources: every `locales` folder's `en.json` is listed here once, so `t()`
 * accepts exactly the keys that exist. (Types only: no dictionary is bundled into a script.)
 */
import type apiDoctor from '@/locales/api-doctor/en.json';
import type catalog from '@/locales/catalog/en.json';
import type common from '@/locales/common/en.json';

export type MessageKey = keyof typeof apiDoctor | keyof typeof catalog | keyof typeof common;
