/**
 * Named facts the diagnosis can establish. Findings carry one, and the troubleshooting tree refers to them to
 * skip questions the evidence already answered and to go straight to the sub-cause the evidence points at.
 */
export const SIGNALS = [
  // connectivity
  'offline',
  'tiktok-unreachable',
  'dns-failure',
  'connection-refused',
  'connection-timeout',
  'tls-failure',
  'blocked',
  'proxy-failure',
  'quic-blocked',
  'network-changed',
  'slow',
  'unstable',
  'clock-skew',
  'proxy-on',
  'ip-allowlist',
  'control-ok',
  // policy
  'policy-code',
  'brand-unauthorized',
  'policy-toast',
  // payment
  'checkout-failure',
  'payment-api-error',
  'checkout-slow',
  'payment-toast',
  'billing-code',
  // listing
  'listing-code',
  'product-api-error',
  'listing-toast',
  'image-upload',
  // account
  'account-deactivated',
  'app-auth-expired',
  'app-scope',
  'onboarding-incomplete',
  'unauthorized',
  'account-toast',
  // platform
  'server-errors',
  'platform-code',
  'platform-verdict',
  'rate-limited',
  'maintenance',
  'page-errors',
  // app-version
  'browser-outdated',
  'update-browser-message',
  'old-engine-errors',
  'api-version',
  // geo
  'http-451',
  'region-message',
  'region-mismatch',
  'vpn-exit',
  // cache
  'chunk-load',
  'stale-script-404',
  'http-431',
  'oversized-cookies',
  'storage-full',
  'quota-error',
  // the seller's own answers
  'answer',
] as const;
export type Signal = (typeof SIGNALS)[number];
