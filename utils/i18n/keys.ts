/**
 * Message keys, typed from the English sources: every `locales` folder's `en.json` is listed here once, so `t()`
 * accepts exactly the keys that exist. (Types only: no dictionary is bundled into a script.)
 */
import type background from '@/locales/background/en.json';
import type common from '@/locales/common/en.json';
import type manifest from '@/locales/manifest/en.json';
import type popup from '@/locales/popup/en.json';
import type settings from '@/locales/settings/en.json';

export type MessageKey =
  | keyof typeof background
  | keyof typeof common
  | keyof typeof manifest
  | keyof typeof popup
  | keyof typeof settings;
