/**
 * Message keys, typed from the English sources: every `locales` folder's `en.json` is listed here once, so `t()`
 * accepts exactly the keys that exist. (Types only: no dictionary is bundled into a script.)
 */
import type common from '@/locales/common/en.json';
import type diagnosis from '@/locales/diagnosis/en.json';
import type manifest from '@/locales/manifest/en.json';
import type walk from '@/locales/walk/en.json';
import type accountTitle from '@/utils/causes/account/locales/title/en.json';
import type appVersion from '@/utils/causes/app-version/locales/en.json';
import type cache from '@/utils/causes/cache/locales/en.json';
import type connectivityTitle from '@/utils/causes/connectivity/locales/title/en.json';
import type geo from '@/utils/causes/geo/locales/en.json';
import type listingTitle from '@/utils/causes/listing/locales/title/en.json';
import type paymentTitle from '@/utils/causes/payment/locales/title/en.json';
import type platform from '@/utils/causes/platform/locales/en.json';
import type policyTitle from '@/utils/causes/policy/locales/title/en.json';
import type causesShared from '@/utils/causes/shared/locales/en.json';

export type MessageKey =
  | keyof typeof common
  | keyof typeof diagnosis
  | keyof typeof manifest
  | keyof typeof walk
  | keyof typeof accountTitle
  | keyof typeof appVersion
  | keyof typeof cache
  | keyof typeof connectivityTitle
  | keyof typeof geo
  | keyof typeof listingTitle
  | keyof typeof paymentTitle
  | keyof typeof platform
  | keyof typeof policyTitle
  | keyof typeof causesShared;
