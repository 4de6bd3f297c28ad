/**
 * Which kind of host a request is for. Mirrors utils/facts/hosts.ts, which plain Node cannot import: the
 * Playwright fixture passes the exact SELLER_HOSTS list in; without it (the demo) these patterns, which follow
 * the manifest's match patterns, decide.
 */

export const API_HOSTS = ['open-api.tiktokglobalshop.com', 'auth.tiktok-shops.com'];
export const CONTROL_HOSTS = ['www.gstatic.com', 'cp.cloudflare.com'];
export const CHECKOUT_HOSTS = ['shop.tiktok.com', 'www.tiktok.com'];
export const DEFAULT_SELLER_HOST = 'seller-us.tiktok.com';

/** Resolver-rule patterns that cover every TikTok Shop name (and no control host). */
export const TIKTOK_NAME_PATTERNS = [
  '*.tiktok.com',
  '*.tiktokglobalshop.com',
  '*.tiktok-shops.com',
  '*.tiktokshop.com',
  'seller-id.tokopedia.com',
];

const SELLER_PATTERNS = [
  /^seller-[a-z]{2}(-accounts)?\.tiktok\.com$/,
  /^seller(\.[a-z]{2})?\.tiktokglobalshop\.com$/,
  /^seller-id\.tokopedia\.com$/,
  /^partner(\.[a-z]{2})?\.tiktokshop\.com$/,
];

/**
 * @param {string} host lower-case host name, no port
 * @param {ReadonlySet<string> | undefined} sellerHosts exact seller host list, when known
 * @returns {'seller' | 'checkout' | 'api' | 'control' | 'other'}
 */
export function hostClass(host, sellerHosts) {
  if (sellerHosts ? sellerHosts.has(host) : SELLER_PATTERNS.some((re) => re.test(host))) return 'seller';
  if (CHECKOUT_HOSTS.includes(host)) return 'checkout';
  if (API_HOSTS.includes(host)) return 'api';
  if (CONTROL_HOSTS.includes(host)) return 'control';
  return 'other';
}

/** The registrable domain, good enough for the hosts above (cookie Domain attribute). */
export function registrableDomain(host) {
  return host.split('.').slice(-2).join('.');
}
