/**
 * The diagnosis signal an error code establishes, derived from its cause and area in the catalog (so no code is
 * named here): the area says which finer fact it is, the cause gives the default.
 */
import type { CauseId } from '../model';
import type { Signal } from './signals';

const BY_AREA: Partial<Record<string, Signal>> = {
  credentials: 'app-auth-expired',
  authorization: 'app-auth-expired',
  signing: 'app-auth-expired',
  permissions: 'app-scope',
  'shop-identity': 'app-scope',
  'account-status': 'account-deactivated',
  onboarding: 'onboarding-incomplete',
  'rate-limit': 'rate-limited',
  server: 'platform-code',
  clock: 'clock-skew',
  'ip-allowlist': 'ip-allowlist',
  endpoint: 'api-version',
  media: 'image-upload',
  brand: 'brand-unauthorized',
  restricted: 'policy-code',
  finance: 'billing-code',
};

const BY_CAUSE: Partial<Record<CauseId, Signal>> = {
  policy: 'policy-code',
  payment: 'billing-code',
  listing: 'listing-code',
  account: 'app-auth-expired',
  platform: 'platform-code',
  'app-version': 'api-version',
  geo: 'region-message',
};

/** The signal of a code of this cause and area; the area's only when it belongs to the same cause's signals. */
export function signalOf(cause: CauseId, area: string): Signal | undefined {
  const byArea = BY_AREA[area];
  if (byArea && SIGNAL_CAUSE[byArea] === cause) return byArea;
  return BY_CAUSE[cause];
}

/** Which cause each area signal belongs to (the order of SIGNALS in signals.ts). */
const SIGNAL_CAUSE: Partial<Record<Signal, CauseId>> = {
  'app-auth-expired': 'account',
  'app-scope': 'account',
  'account-deactivated': 'account',
  'onboarding-incomplete': 'account',
  'rate-limited': 'platform',
  'platform-code': 'platform',
  'clock-skew': 'connectivity',
  'ip-allowlist': 'connectivity',
  'api-version': 'app-version',
  'image-upload': 'listing',
  'brand-unauthorized': 'policy',
  'policy-code': 'policy',
  'billing-code': 'payment',
};
