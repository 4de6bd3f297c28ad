/**
 * Message keys, typed from the English sources: every `locales` folder's `en.json` is listed here once, so `t()`
 * accepts exactly the keys that exist. (Types only: no dictionary is bundled into a script.)
 */
import type apiChecks from '@/locales/api-checks/en.json';
import type apiDoctor from '@/locales/api-doctor/en.json';
import type background from '@/locales/background/en.json';
import type catalog from '@/locales/catalog/en.json';
import type codeShorts from '@/locales/code-shorts/en.json';
import type common from '@/locales/common/en.json';
import type diagnosis from '@/locales/diagnosis/en.json';
import type manifest from '@/locales/manifest/en.json';
import type popup from '@/locales/popup/en.json';
import type privacy from '@/locales/privacy/en.json';
import type probes from '@/locales/probes/en.json';
import type report from '@/locales/report/en.json';
import type settings from '@/locales/settings/en.json';
import type walk from '@/locales/walk/en.json';
import type causeAccount from '@/utils/causes/account/locales/en.json';
import type appVersion from '@/utils/causes/app-version/locales/en.json';
import type cache from '@/utils/causes/cache/locales/en.json';
import type causeConnectivity from '@/utils/causes/connectivity/locales/en.json';
import type geo from '@/utils/causes/geo/locales/en.json';
import type causeListing from '@/utils/causes/listing/locales/en.json';
import type causePayment from '@/utils/causes/payment/locales/en.json';
import type platform from '@/utils/causes/platform/locales/en.json';
import type causePolicy from '@/utils/causes/policy/locales/en.json';
import type causesShared from '@/utils/causes/shared/locales/en.json';

export type MessageKey =
  | keyof typeof apiChecks
  | keyof typeof apiDoctor
  | keyof typeof background
  | keyof typeof catalog
  | keyof typeof codeShorts
  | keyof typeof common
  | keyof typeof diagnosis
  | keyof typeof manifest
  | keyof typeof popup
  | keyof typeof privacy
  | keyof typeof probes
  | keyof typeof report
  | keyof typeof settings
  | keyof typeof walk
  | keyof typeof causeAccount
  | keyof typeof appVersion
  | keyof typeof cache
  | keyof typeof causeConnectivity
  | keyof typeof geo
  | keyof typeof causeListing
  | keyof typeof causePayment
  | keyof typeof platform
  | keyof typeof causePolicy
  | keyof typeof causesShared;
