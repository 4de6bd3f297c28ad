/**
 * TikTok envelope codes as the diagnosis reads them: the cause a code points at, a short meaning for one-line
 * evidence, and the named fact (signal) it establishes, so the guided walk can go straight to the sub-cause.
 * The source of truth is the error catalog (utils/facts/error-catalog.ts, with fixes and sources); this is its
 * compact mirror for the popup's first screen, which must stay small. tests/diagnosis-engine.test.ts fails when
 * the two disagree on any code or variant.
 */
import type { CauseId } from '../model';
import type { Signal } from './signals';

export interface CodeInfo {
  cause: CauseId;
  meaning: string;
  signal: Signal;
}

type Row = [cause: CauseId, meaning: string, signal: Signal];

const CODES: Record<number, Row> = {
  105002: ['account', 'access token expired', 'app-auth-expired'],
  105005: ['account', 'the app lacks a permission', 'app-scope'],
  106001: ['account', 'invalid signature', 'app-auth-expired'],
  101000: ['account', 'wrong token or shop', 'app-auth-expired'],
  106013: ['account', 'shop_cipher missing', 'app-auth-expired'],
  36004001: ['account', 'refresh token expired', 'app-auth-expired'],
  36004004: ['account', 'invalid authorization code', 'app-auth-expired'],
  36004005: ['account', 'no authorization record', 'app-auth-expired'],
  36009002: ['platform', 'too many requests', 'rate-limited'],
  36009037: ['platform', 'sandbox hourly limit', 'rate-limited'],
  36009003: ['platform', 'internal error at TikTok', 'platform-code'],
  36009004: ['account', 'invalid credentials or parameters', 'app-auth-expired'],
  36009007: ['platform', 'request timeout at TikTok', 'platform-code'],
  36009009: ['app-version', 'invalid API path', 'api-version'],
  36009010: ['app-version', 'invalid HTTP method', 'api-version'],
  36009014: ['app-version', 'invalid API version', 'api-version'],
  36009021: ['listing', 'file too large', 'image-upload'],
  36009022: ['listing', 'body must be JSON or multipart', 'listing-code'],
  36009023: ['listing', 'unsupported content type', 'listing-code'],
  36009033: ['connectivity', 'IP address not in the allow list', 'ip-allowlist'],
  36009043: ['account', 'shop deactivated or closing', 'account-deactivated'],
  36009044: ['account', 'seller account deactivated', 'account-deactivated'],
  66009315: ['account', 'no permission for this action', 'app-scope'],
  98001004: ['listing', 'a parameter is invalid', 'listing-code'],
  12019150: ['listing', 'product does not exist', 'listing-code'],
  12052023: ['listing', 'category does not exist', 'listing-code'],
  12052024: ['listing', 'not a leaf category', 'listing-code'],
  12052931: ['listing', 'title format invalid', 'listing-code'],
  12019022: ['listing', 'SKU needs a warehouse', 'listing-code'],
  12019045: ['listing', 'price is locked', 'listing-code'],
  12052093: ['listing', 'listing limit reached', 'listing-code'],
  12052201: ['policy', 'brand not authorized', 'brand-unauthorized'],
  12052220: ['policy', 'category prohibited', 'policy-code'],
  12052223: ['policy', 'category restricted', 'policy-code'],
  12052995: ['account', 'onboarding not finished', 'onboarding-incomplete'],
  10002014: ['platform', 'failed to get orders', 'platform-code'],
  10002015: ['platform', 'internal error in the order service', 'platform-code'],
  10037002: ['platform', 'internal error in the order service', 'platform-code'],
  10037003: ['platform', 'internal error in the order service', 'platform-code'],
  10037004: ['platform', 'internal error in the order service', 'platform-code'],
  10006402: ['platform', 'internal error in the order service', 'platform-code'],
  21008111: ['account', 'order does not belong to this seller', 'app-scope'],
};

/** 36009004 is many errors in one, told apart by message keywords (the catalog's, in its order). */
const VARIANTS_36009004: [keywords: string[], row: Row][] = [
  [['timestamp'], ['connectivity', 'request time outside the accepted window', 'clock-skew']],
  [
    ['signature', 'sign'],
    ['account', 'missing or malformed signature', 'app-auth-expired'],
  ],
  [
    ['app_key', 'app key', 'appkey'],
    ['account', 'invalid app key', 'app-auth-expired'],
  ],
  [
    ['access_token', 'access token', 'token'],
    ['account', 'invalid access token', 'app-auth-expired'],
  ],
  [
    ['shop_id', 'shop id', 'shop_cipher', 'shop cipher'],
    ['account', 'invalid shop id', 'app-auth-expired'],
  ],
  [['version'], ['app-version', 'invalid API version', 'api-version']],
];

export function codeInfo(code: number, message?: string): CodeInfo | undefined {
  let row = CODES[code];
  if (code === 36009004 && message) {
    const text = message.toLowerCase();
    row = VARIANTS_36009004.find(([words]) => words.some((w) => text.includes(w)))?.[1] ?? row;
  }
  return row ? { cause: row[0], meaning: row[1], signal: row[2] } : undefined;
}

/** Every code the table knows, for tests. */
export const KNOWN_CODES = Object.keys(CODES).map(Number);
