/**
 * Message keys, typed from the English sources: every `locales` folder's `en.json` is listed here once, so `t()`
 * accepts exactly the keys that exist. (Types only: no dictionary is bundled into a script.)
 */
import type common from '@/locales/common/en.json';
import type causeAccount from '@/utils/causes/account/locales/en.json';
import type causeConnectivity from '@/utils/causes/connectivity/locales/en.json';
import type causeListing from '@/utils/causes/listing/locales/en.json';
import type causePayment from '@/utils/causes/payment/locales/en.json';
import type causePolicy from '@/utils/causes/policy/locales/en.json';

export type MessageKey =
  | keyof typeof causeAccount
  | keyof typeof causeConnectivity
  | keyof typeof causeListing
  | keyof typeof causePayment
  | keyof typeof causePolicy
  | keyof typeof common;
