/**
 * TikTok envelope codes as the diagnosis reads them: the cause comes from the error catalog
 * (utils/facts/error-catalog.ts); this file adds a short meaning for one-line evidence and the named fact
 * (signal) a code establishes, so the guided walk can go straight to the right sub-cause.
 */
import { lookupCode } from '../facts/error-catalog';
import type { CauseId } from '../model';
import type { Signal } from './signals';

export interface CodeInfo {
  cause: CauseId;
  meaning: string;
  signal: Signal;
}

const SHORT: Record<number, [meaning: string, signal: Signal]> = {
  105002: ['access token expired', 'app-auth-expired'],
  105005: ['the app lacks a permission', 'app-scope'],
  106001: ['invalid signature', 'app-auth-expired'],
  101000: ['wrong token or shop', 'app-auth-expired'],
  106013: ['shop_cipher missing', 'app-auth-expired'],
  36004001: ['refresh token expired', 'app-auth-expired'],
  36004004: ['invalid authorization code', 'app-auth-expired'],
  36004005: ['no authorization record', 'app-auth-expired'],
  36009002: ['too many requests', 'rate-limited'],
  36009037: ['sandbox hourly limit', 'rate-limited'],
  36009003: ['internal error at TikTok', 'platform-code'],
  36009007: ['request timeout at TikTok', 'platform-code'],
  36009009: ['invalid API path', 'api-version'],
  36009010: ['invalid HTTP method', 'api-version'],
  36009014: ['invalid API version', 'api-version'],
  36009021: ['file too large', 'image-upload'],
  36009022: ['body must be JSON or multipart', 'listing-code'],
  36009023: ['unsupported content type', 'listing-code'],
  36009033: ['IP address not in the allow list', 'ip-allowlist'],
  36009043: ['shop deactivated or closing', 'account-deactivated'],
  36009044: ['seller account deactivated', 'account-deactivated'],
  66009315: ['no permission for this action', 'app-scope'],
  98001004: ['a parameter is invalid', 'listing-code'],
  12019150: ['product does not exist', 'listing-code'],
  12052023: ['category does not exist', 'listing-code'],
  12052024: ['not a leaf category', 'listing-code'],
  12052931: ['title format invalid', 'listing-code'],
  12019022: ['SKU needs a warehouse', 'listing-code'],
  12019045: ['price is locked', 'listing-code'],
  12052093: ['listing limit reached', 'listing-code'],
  12052201: ['brand not authorized', 'brand-unauthorized'],
  12052220: ['category prohibited', 'policy-code'],
  12052223: ['category restricted', 'policy-code'],
  12052995: ['onboarding not finished', 'onboarding-incomplete'],
  21008111: ['order does not belong to this seller', 'app-scope'],
};

/** 36009004 is many errors in one: its variants (told apart by the catalog from the message) get their own. */
const VARIANTS: Record<string, [meaning: string, signal: Signal]> = {
  timestamp: ['request time outside the accepted window', 'clock-skew'],
  signature: ['missing or malformed signature', 'app-auth-expired'],
  app_key: ['invalid app key', 'app-auth-expired'],
  access_token: ['invalid access token', 'app-auth-expired'],
  shop_id: ['invalid shop id', 'app-auth-expired'],
  version: ['invalid API version', 'api-version'],
};

/** The signal a cause's codes establish when no row names one. */
const DEFAULT_SIGNAL: Record<CauseId, Signal> = {
  connectivity: 'unstable',
  policy: 'policy-code',
  payment: 'billing-code',
  listing: 'listing-code',
  account: 'app-auth-expired',
  platform: 'platform-code',
  'app-version': 'api-version',
  geo: 'region-message',
  cache: 'quota-error',
};

export function codeInfo(code: number, message?: string): CodeInfo | undefined {
  const entry = lookupCode(code, message);
  if (!entry) return undefined;
  const [meaning, signal] = (entry.variant ? VARIANTS[entry.variant] : undefined) ??
    SHORT[code] ?? [shorten(entry.meaning), DEFAULT_SIGNAL[entry.cause]];
  return { cause: entry.cause, meaning, signal };
}

/** "Failed to get orders." -> "failed to get orders" */
function shorten(meaning: string): string {
  const s = meaning.replace(/\s*\(.*?\)/g, '').replace(/[.:]\s*$/, '');
  return s.charAt(0).toLowerCase() + s.slice(1);
}
