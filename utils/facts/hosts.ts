/**
 * Where TikTok Shop lives on the web, as data with its sources (see ../shared/TIKTOK_FACTS.md).
 * Everything that needs a host list (manifest matches, host permissions, market guess, clear-site-data
 * origins, the simulator) reads it from here so that a new market is one row.
 */

export interface SellerHost {
  host: string;
  market: string;
  source: string;
}

const ODOO = 'Odoo TikTok connector docs';
const EU_VAT = 'TikTok Partner changelog (EU VAT, 2026-05)';
const USERSCRIPTS = 'public userscripts';
const PARTNER_DOCS = 'Partner docs copies';

/** Markets with a `seller-xx.tiktok.com`; the UK and EU ones (below) also have `seller-xx-accounts.tiktok.com`. */
const MARKETS = ['US', 'MX', 'BR', 'JP', 'MY', 'PH', 'SG', 'TH', 'VN', 'ID', 'UK', 'DE', 'FR', 'ES', 'IT', 'IE'];
const ACCOUNT_MARKETS = ['UK', 'DE', 'ES', 'IT', 'IE'];

// Host and market, built by a function the bundler may drop: code in the page that needs none of this (the content
// scripts get their matches at build time, wxt.config.ts) ships none of it. The sources are added apart (`sourceOf`).
function hostMarkets(): readonly (readonly [host: string, market: string])[] {
  return [
    ...MARKETS.map((m) => [`seller-${m.toLowerCase()}.tiktok.com`, m] as const),
    ...ACCOUNT_MARKETS.map((m) => [`seller-${m.toLowerCase()}-accounts.tiktok.com`, m] as const),
    ['seller-id.tokopedia.com', 'ID'],
    ['seller.tiktokglobalshop.com', 'GLOBAL'],
    ['seller.eu.tiktokglobalshop.com', 'EU'],
    ['seller.us.tiktokglobalshop.com', 'US'],
    ['partner.tiktokshop.com', 'GLOBAL'],
    ['partner.us.tiktokshop.com', 'US'],
  ];
}
const HOST_MARKETS = /* @__PURE__ */ hostMarkets();

/** Where a host is documented. */
function sourceOf(host: string): string {
  if (host.startsWith('partner.')) return PARTNER_DOCS;
  if (!host.endsWith('.tiktok.com')) return USERSCRIPTS;
  return /^seller-(?:uk|de|fr|es|it|ie)\.tiktok\.com$/.test(host) ? EU_VAT : ODOO;
}

function withSources(): readonly SellerHost[] {
  return HOST_MARKETS.map(([host, market]) => ({ host, market, source: sourceOf(host) }));
}

/** Seller Center web hosts, one per market plus the account hosts and cross-border hosts. */
export const SELLER_HOSTS: readonly SellerHost[] = /* @__PURE__ */ withSources();

/** Buyer-side web checkout, where checkout failures are observed. */
export const CHECKOUT_MATCHES = ['https://shop.tiktok.com/*', 'https://www.tiktok.com/shop/*'] as const;

/** Partner API gateway and token host (every market). */
export const API_HOST = 'open-api.tiktokglobalshop.com';
export const AUTH_HOST = 'auth.tiktok-shops.com';
export const GLOBAL_API_HOSTS = [API_HOST, AUTH_HOST] as const;

/** Hosts seen in broken integrations; the request checker flags them. */
export const WRONG_API_HOSTS: Record<string, string> = {
  'api.tiktokshop.com': 'not a Partner API host; use open-api.tiktokglobalshop.com',
  'open-api.us.tiktokshop.com':
    'not a Partner API host; every market, the US included, uses open-api.tiktokglobalshop.com',
  'auth.tiktokglobalshop.com': 'not the token host; tokens come from auth.tiktok-shops.com',
  'services.tiktokglobalshop.com': 'not a Partner API host; use open-api.tiktokglobalshop.com',
  'open-api-sandbox.tiktokglobalshop.com': 'legacy sandbox host; the sandbox no longer works since API version 202309',
};

/**
 * Neutral control hosts: if these answer while TikTok does not, the seller's network works and
 * TikTok is unreachable or filtered. Both answer 204 to a plain GET and are built for this purpose.
 */
export const DEFAULT_CONTROL_URLS = [
  'https://www.gstatic.com/generate_204',
  'https://cp.cloudflare.com/generate_204',
] as const;

export const DEFAULT_SELLER_HOST = 'seller-us.tiktok.com';

export const SELLER_MATCHES: readonly string[] = /* @__PURE__ */ HOST_MARKETS.map(([host]) => `https://${host}/*`);

/** Content-script matches: Seller Center everywhere plus buyer checkout. */
export const CONTENT_MATCHES: readonly string[] = /* @__PURE__ */ SELLER_MATCHES.concat(CHECKOUT_MATCHES);

const sellerHostSet = /* @__PURE__ */ new Set(/* @__PURE__ */ HOST_MARKETS.map(([host]) => host));

export function isSellerHost(host: string): boolean {
  return sellerHostSet.has(host.toLowerCase());
}

export function isCheckoutUrl(url: URL): boolean {
  return url.hostname === 'shop.tiktok.com' || (url.hostname === 'www.tiktok.com' && url.pathname.startsWith('/shop'));
}

/** The market of a seller host (seller-XX -> XX), or undefined for hosts we do not know. */
export function marketOfHost(host: string): string | undefined {
  return SELLER_HOSTS.find((h) => h.host === host.toLowerCase())?.market;
}

/** Any TikTok Shop host whose failures we observe with webRequest. */
export function isTikTokShopHost(host: string): boolean {
  const h = host.toLowerCase();
  return isSellerHost(h) || h === API_HOST || h === AUTH_HOST || h === 'shop.tiktok.com' || h === 'www.tiktok.com';
}

/**
 * Registrable domains TikTok Shop pages load from (pages, CDNs, APIs). All sit under one-label public suffixes
 * (.com, .us), so a host's registrable domain is its last two labels.
 */
export const TIKTOK_DOMAINS = [
  'tiktok.com',
  'tiktokv.com',
  'tiktokv.us',
  'tiktokw.us',
  'tiktokcdn.com',
  'tiktokcdn-us.com',
  'tiktokcdn-eu.com',
  'ttwstatic.com',
  'tiktokglobalshop.com',
  'tiktokshop.com',
  'tiktok-shops.com',
  'ibyteimg.com',
  'ibytedtos.com',
  'byteoversea.com',
] as const;

const HOST_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

export function isTikTokOwnedHost(host: string): boolean {
  const h = host.toLowerCase();
  if (!HOST_RE.test(h)) return false;
  return isSellerHost(h) || TIKTOK_DOMAINS.some((d) => isUnderDomain(h, d));
}

/** The registrable domain Chrome clears cookies for (eTLD+1); valid for the allowlisted hosts above. */
export function registrableDomain(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

/** A URL's host name, lower case; undefined when it is no URL. */
export function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** `host/path` of a URL (relative to `base`), no scheme, query or fragment; text that is no URL up to `?` / `#`. */
export function hostAndPath(url: string, base?: string): string {
  try {
    const u = new URL(url, base);
    return u.host + u.pathname;
  } catch {
    return url.split(/[?#]/)[0] ?? '';
  }
}

/** `host` is `domain` or one of its subdomains. */
export function isUnderDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
