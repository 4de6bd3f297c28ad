/**
 * TikTok Shop error codes as data: what a code means, which of the nine causes it points at, what fixes it,
 * and where the fact comes from (../shared/TIKTOK_FACTS.md, "Error envelope"). 36009004 covers many errors, so
 * its variants are told apart by keywords of the envelope's `message`. Read by the page observer's consumers,
 * the diagnosis and the API-connection doctor; never bundled into the content script.
 */
import type { CauseId } from '../model';

export interface CatalogEntry {
  code: number;
  /** for codes with several meanings (36009004): which one, told by `keywords` in the message */
  variant?: string;
  meaning: string;
  cause: CauseId;
  /** finer area inside the cause, as support names it */
  area: string;
  fix: string[];
  httpStatus?: number;
  source: string;
}

interface Row extends CatalogEntry {
  /** lower-case message fragments that select this variant */
  keywords?: string[];
}

const DOCS = 'TikTok Partner Center error codes, as quoted by public SDKs (TIKTOK_FACTS.md, error envelope)';
const CLOCK = 'TikTok Partner Center signing docs: timestamp window 5 min behind / 30 s ahead (TIKTOK_FACTS.md)';
const INTEGRATION = 'public integration code (TIKTOK_FACTS.md, error envelope)';

const REAUTH = [
  'Open the connected app or store system and re-authorize the shop (Seller Center > Apps & services > manage).',
  'Check that the app uses the newest refresh token: each refresh returns a new one.',
];
const RETRY = [
  'Retry after a short wait with exponential backoff and jitter.',
  'If it persists for several endpoints at once, it is on TikTok’s side: note the request_id and contact support.',
];
const LISTING_FIX = [
  'Open the product in Seller Center > Products and correct the field the message names.',
  'Save again; if the error returns, attach the request_id to a support ticket.',
];

const ROWS: readonly Row[] = [
  {
    code: 105002,
    meaning: 'Access token expired ("access token is expired, please refresh it").',
    cause: 'account',
    area: 'credentials',
    fix: [
      'Refresh the access token with the refresh token (it lives 7 days).',
      '`access_token_expire_in` is an absolute Unix time, not a duration: compare it with now.',
      ...REAUTH.slice(0, 1),
    ],
    source: DOCS,
  },
  {
    code: 105005,
    meaning: 'Access denied: the app lacks the scope for this API ("you should apply auth pkg for this api").',
    cause: 'account',
    area: 'permissions',
    fix: [
      'In Partner Center, add the API’s permission package (scope) to the app.',
      'Ask the seller to re-authorize so that the new scope is granted.',
    ],
    source: DOCS,
  },
  {
    code: 106001,
    meaning: 'Invalid `sign` ("signature is invalid").',
    cause: 'account',
    area: 'signing',
    fix: [
      'Sign with HMAC-SHA256 (lower-case hex), key app_secret, over app_secret + path + sorted query (without sign and access_token) + body + app_secret.',
      'Check the app_secret matches the app_key, and that the body signed is byte for byte the body sent.',
    ],
    source: DOCS,
  },
  {
    code: 106013,
    meaning: '`shop_cipher` missing from a shop-level call.',
    cause: 'account',
    area: 'integration config',
    fix: [
      'Get the shop_cipher from /authorization/202309/shops and pass it in the query of shop calls.',
      'Not needed on /authorization/*, /seller/*, global products and uploads.',
    ],
    source: DOCS,
  },
  {
    code: 101000,
    meaning: 'Invalid query or header (wrong token type, token of another shop).',
    cause: 'account',
    area: 'credentials',
    fix: [
      'Send the shop’s access token in the `x-tts-access-token` header (202309+ APIs).',
      'Check the token, shop_cipher and app_key all belong to the same shop.',
    ],
    source: DOCS,
  },
  {
    code: 36004004,
    meaning: 'Invalid auth code (it is single-use and lives 30 minutes).',
    cause: 'account',
    area: 're-authorize',
    fix: ['Start the authorization again and exchange the new auth code at once, only once.'],
    source: DOCS,
  },
  {
    code: 36004005,
    meaning: 'No authorization record for this shop and app.',
    cause: 'account',
    area: 're-authorize',
    fix: REAUTH,
    source: DOCS,
  },
  {
    code: 36004001,
    meaning: 'Refresh token expired.',
    cause: 'account',
    area: 're-authorize',
    fix: ['The seller must authorize the app again; then store the new refresh token after every refresh.'],
    source: DOCS,
  },
  {
    code: 36009002,
    meaning: 'Too many requests (rate limited).',
    cause: 'platform',
    area: 'rate limit',
    fix: [
      'Back off exponentially with jitter and honour Retry-After; TikTok’s QPS limit is dynamic.',
      'Spread bulk jobs (inventory, orders) over time instead of bursts.',
    ],
    httpStatus: 429,
    source: DOCS,
  },
  {
    code: 36009037,
    meaning: 'Sandbox hourly request limit reached.',
    cause: 'platform',
    area: 'rate limit',
    fix: ['Wait for the next hour, or test against a real test shop (the legacy sandbox is gone since 202309).'],
    source: DOCS,
  },
  {
    code: 36009003,
    meaning: 'Internal error on TikTok’s side.',
    cause: 'platform',
    area: 'platform',
    fix: RETRY,
    source: DOCS,
  },
  {
    code: 36009004,
    variant: 'timestamp',
    keywords: ['timestamp'],
    meaning: 'Invalid timestamp: the request time is more than 5 minutes behind or 30 seconds ahead of TikTok’s clock.',
    cause: 'connectivity',
    area: 'clock',
    fix: [
      'Sync the computer’s or server’s clock (turn on automatic time / NTP).',
      'Send `timestamp` as 10-digit Unix seconds taken just before signing.',
    ],
    source: CLOCK,
  },
  {
    code: 36009004,
    variant: 'signature',
    keywords: ['signature', 'sign'],
    meaning: 'Missing or malformed signature.',
    cause: 'account',
    area: 'signing',
    fix: ['Add the `sign` query parameter computed over the exact request (see 106001).'],
    source: DOCS,
  },
  {
    code: 36009004,
    variant: 'app_key',
    keywords: ['app_key', 'app key', 'appkey'],
    meaning: 'Invalid app_key.',
    cause: 'account',
    area: 'credentials',
    fix: ['Copy the app_key again from Partner Center > App & Service; check it is the live app, not another one.'],
    source: DOCS,
  },
  {
    code: 36009004,
    variant: 'access_token',
    keywords: ['access_token', 'access token', 'token'],
    meaning: 'Invalid access token.',
    cause: 'account',
    area: 'credentials',
    fix: [
      'Send the current access token in the `x-tts-access-token` header; refresh it if expired.',
      ...REAUTH.slice(0, 1),
    ],
    source: DOCS,
  },
  {
    code: 36009004,
    variant: 'shop_id',
    keywords: ['shop_id', 'shop id', 'shop_cipher', 'shop cipher'],
    meaning: 'Invalid shop_id or shop_cipher.',
    cause: 'account',
    area: 'integration config',
    fix: ['Take shop_cipher from /authorization/202309/shops for this token; do not reuse another shop’s.'],
    source: DOCS,
  },
  {
    code: 36009004,
    variant: 'version',
    keywords: ['version'],
    meaning: 'Invalid API version.',
    cause: 'app-version',
    area: 'endpoint',
    fix: [
      'Call a current versioned path (/{category}/202309/...); legacy /api/ paths are sunset (fully by 2025-12-31).',
    ],
    source: DOCS,
  },
  {
    code: 36009004,
    meaning: 'Invalid credentials or parameters (app_key, access token, shop_id, timestamp, signature or version).',
    cause: 'account',
    area: 'credentials',
    fix: [
      'Read the message: it names the field. Check the clock, the token, the app_key and the signature in that order.',
    ],
    source: DOCS,
  },
  {
    code: 36009007,
    meaning: 'Request timed out on TikTok’s side.',
    cause: 'platform',
    area: 'platform / connectivity',
    fix: RETRY,
    source: DOCS,
  },
  {
    code: 36009009,
    meaning: 'Invalid path.',
    cause: 'app-version',
    area: 'endpoint',
    fix: ['Check the path against the current API reference: /{category}/{version}/{resource}.'],
    source: DOCS,
  },
  {
    code: 36009010,
    meaning: 'Invalid HTTP method for this path.',
    cause: 'app-version',
    area: 'endpoint',
    fix: ['Use the method the API reference gives for this path (GET, POST, PUT or DELETE).'],
    source: DOCS,
  },
  {
    code: 36009014,
    meaning: 'Invalid or unsupported API version.',
    cause: 'app-version',
    area: 'endpoint',
    fix: ['Update the connector to a current API version; legacy versions are sunset.'],
    source: DOCS,
  },
  {
    code: 36009021,
    meaning: 'File too large.',
    cause: 'listing',
    area: 'data mapping',
    fix: ['Compress or resize the image or file below the documented limit and upload again.'],
    source: DOCS,
  },
  {
    code: 36009022,
    meaning: 'Request body must be JSON or multipart.',
    cause: 'listing',
    area: 'data mapping',
    fix: ['Send a JSON body (or multipart for uploads) that matches the Content-Type header.'],
    source: DOCS,
  },
  {
    code: 36009023,
    meaning: 'Unsupported Content-Type.',
    cause: 'listing',
    area: 'data mapping',
    fix: ['Set Content-Type: application/json (or multipart/form-data for uploads).'],
    source: DOCS,
  },
  {
    code: 36009033,
    meaning: 'The caller’s IP address is not in the app’s allow list.',
    cause: 'connectivity',
    area: 'network / firewall',
    fix: [
      'Add the server’s public IP to the allow list in Partner Center, or remove the list.',
      'A VPN or proxy changes the public IP: turn it off or allow its exit IP.',
    ],
    source: DOCS,
  },
  {
    code: 36009043,
    meaning: 'Shop deactivated or closing.',
    cause: 'account',
    area: 'account status',
    fix: ['Open Seller Center > Account health and notifications for the reason; appeal there if it is a mistake.'],
    httpStatus: 401,
    source: DOCS,
  },
  {
    code: 36009044,
    meaning: 'Seller account deactivated.',
    cause: 'account',
    area: 'account status',
    fix: ['Sign in to Seller Center to read the notice; complete verification or appeal as it asks.'],
    httpStatus: 401,
    source: DOCS,
  },
  {
    code: 66009315,
    meaning: 'No permission for this action.',
    cause: 'account',
    area: 'permissions',
    fix: ['Check the user role in Seller Center > Account > User management, or the app’s scopes.'],
    source: DOCS,
  },
  {
    code: 98001004,
    meaning: 'Parameter invalid (the reason is in the message).',
    cause: 'listing',
    area: 'data mapping',
    fix: ['Fix the parameter the message names (format, range, required field) and send again.'],
    source: DOCS,
  },
  {
    code: 12019150,
    meaning: 'Product does not exist.',
    cause: 'listing',
    area: 'product listing',
    fix: ['The product id is wrong or the product was deleted: re-sync products, then retry.'],
    source: DOCS,
  },
  {
    code: 12052023,
    meaning: 'Category does not exist.',
    cause: 'listing',
    area: 'product listing',
    fix: ['Pick the category again from the current category tree (categories change).'],
    source: DOCS,
  },
  {
    code: 12052024,
    meaning: 'Not a leaf category.',
    cause: 'listing',
    area: 'product listing',
    fix: ['Choose the most specific (leaf) category under the one selected.'],
    source: DOCS,
  },
  {
    code: 12052931,
    meaning: 'Product title format invalid.',
    cause: 'listing',
    area: 'product listing',
    fix: ['Shorten the title and remove symbols, emojis and promotional words.', ...LISTING_FIX.slice(1)],
    source: DOCS,
  },
  {
    code: 12019022,
    meaning: 'SKU needs a warehouse.',
    cause: 'listing',
    area: 'product listing',
    fix: ['Assign a warehouse to every SKU (Seller Center > Products > edit > inventory).'],
    source: DOCS,
  },
  {
    code: 12019045,
    meaning: 'Price is locked (for example during a promotion).',
    cause: 'listing',
    area: 'product listing',
    fix: ['End or wait for the promotion that locks the price, then change it.'],
    source: DOCS,
  },
  {
    code: 12052093,
    meaning: 'Listing limit reached.',
    cause: 'listing',
    area: 'product listing',
    fix: ['Remove inactive listings or raise the limit through account standing; check Account health.'],
    source: DOCS,
  },
  {
    code: 12052201,
    meaning: 'Brand not authorized for this shop.',
    cause: 'policy',
    area: 'intellectual property',
    fix: ['Upload the brand authorization in Seller Center > Products > Brands, or list without the brand.'],
    source: DOCS,
  },
  {
    code: 12052223,
    meaning: 'Category restricted: it needs qualification.',
    cause: 'policy',
    area: 'restricted category',
    fix: ['Apply for the category qualification in Seller Center before listing there.'],
    source: DOCS,
  },
  {
    code: 12052220,
    meaning: 'Category prohibited.',
    cause: 'policy',
    area: 'prohibited listing',
    fix: ['This product cannot be sold in this market; check the prohibited products policy.'],
    source: DOCS,
  },
  {
    code: 12052995,
    meaning: 'Seller has not finished onboarding.',
    cause: 'account',
    area: 'verification',
    fix: ['Finish the onboarding steps in Seller Center (verification, bank account, warehouse).'],
    source: DOCS,
  },
  ...[10002014, 10002015, 10037002, 10037003, 10037004, 10006402].map(
    (code): Row => ({
      code,
      meaning: code === 10002014 ? 'Failed to get orders.' : 'Internal error in the order service (transient).',
      cause: 'platform',
      area: 'orders',
      fix: RETRY,
      source: DOCS,
    }),
  ),
  {
    code: 21008111,
    meaning: 'Order or package does not belong to this seller.',
    cause: 'account',
    area: 'orders / permissions',
    fix: ['Use the token and shop_cipher of the shop that owns the order.'],
    source: INTEGRATION,
  },
];

/** Every catalog entry, variants included, in the table's order. */
export const ERROR_CATALOG: readonly CatalogEntry[] = ROWS.map(({ keywords: _k, ...entry }) => entry);

/**
 * The entry for a code; for codes with variants, the variant whose keywords appear in the message (first match
 * in table order), else the generic entry of that code.
 */
export function lookupCode(code: number, message?: string): CatalogEntry | undefined {
  const rows = ROWS.filter((r) => r.code === code);
  if (rows.length === 0) return undefined;
  const text = message?.toLowerCase() ?? '';
  const hit = text ? rows.find((r) => r.keywords?.some((k) => text.includes(k))) : undefined;
  const chosen = hit ?? rows.find((r) => !r.variant) ?? rows[0];
  if (!chosen) return undefined;
  const { keywords: _k, ...entry } = chosen;
  return entry;
}

/** Codes that circulate in blog posts but appear in no TikTok list or real response (TIKTOK_FACTS.md). */
export const NOT_TIKTOK_CODES: readonly number[] = [10001, 10002, 10003];
