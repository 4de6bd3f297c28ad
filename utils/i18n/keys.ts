/**
 * Message keys, typed from the English sources: every `locales` folder's `en.json` is listed here once, so `t()`
 * accepts exactly the keys that exist. (Types only: no dictionary is bundled into a script.)
 */
import type common from '@/locales/common/en.json';
import type manifest from '@/locales/manifest/en.json';
import type report from '@/locales/report/en.json';

export type MessageKey = keyof typeof common | keyof typeof manifest | keyof typeof report;
