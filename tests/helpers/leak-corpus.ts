/**
 * The leak corpus: secrets of distinct formats, all fake but shaped like the real thing, each planted in every place
 * a page puts them (URL, request header, request body, the server's error message, console arguments, a stack,
 * a toast). Used by the unit test (tests/leak-corpus.test.ts: through the redactor as the extension runs it) and the
 * end-to-end test (e2e/leak-corpus.spec.ts: a real page in Chromium, then the exported bundle). None may appear in
 * any output; everything in KEEP must.
 *
 * A sample without `teach` is found by its shape alone. A sample with `teach` is found by value: the page first sends
 * it in a secret place (a header, a query or form parameter, a JSON key, a cookie), and every later appearance must
 * go too. A sample with `announce` is found by the word in front of it in the server's message ("rt X").
 */

export type Teach =
  | { header: string; scheme?: string }
  | { query: string }
  | { fragment: string }
  | { json: string }
  | { form: string }
  | { cookie: string };

export interface LeakSample {
  /** letters and dashes only: names the case in the page's messages (digits would be normalised by grouping) */
  id: string;
  value: string;
  teach?: Teach;
  announce?: string;
}

const PEM_BODY =
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQFAKEFAKEkeyQ7x\nR2d4K9mPq8LZt0cFAKEqW3e5r7t9y1u3i5o7p9a2s4d6f8g0h2j4k6l8z0x2\nc4v6b8n0m2Q4W6E8R0T2Y4U6I8O0P2A4S6D8F0G2H4J6K8L0Z2X4C6V8B0N2M4==';

export const LEAK_SAMPLES: readonly LeakSample[] = [
  // Found by shape: well-known key formats
  { id: 'stripe-live', value: 'sk_live_51FAKEq8wZkLmN0pQrStUvWx' },
  { id: 'stripe-test', value: 'sk_test_4eC39FAKEyjWDarjtT1zdp7dc' },
  { id: 'stripe-restricted', value: 'rk_live_51FAKEr2xYz9AbCdEfGhIjKl' },
  { id: 'stripe-webhook', value: 'whsec_FAKEa1b2c3d4e5f6g7h8i9j0k1l2' },
  { id: 'github-classic', value: 'ghp_FAKE0123456789abcdefghijABCDEFGHIJ' },
  { id: 'github-oauth', value: 'gho_FAKE9876543210zyxwvutsrqZYXWVUTSRQ' },
  { id: 'github-server', value: 'ghs_FAKE1a2b3c4d5e6f7g8h9i0jKLMNOPQRST' },
  { id: 'github-fine', value: 'github_pat_11FAKE0000_abcdefghijKLMNOPQRSTuvwxyz0123' },
  { id: 'slack-bot', value: 'xoxb-0000000000-1111111111-FAKEabcdEFGHijkl' },
  { id: 'slack-user', value: 'xoxp-0000000000-2222222222-FAKEmnopQRSTuvwx' },
  { id: 'aws-key-id', value: 'AKIAFAKE0EXAMPLE7Q2Z' },
  { id: 'aws-session-id', value: 'ASIAFAKE0EXAMPLE3K9W' },
  { id: 'google-api', value: 'AIzaSyFAKE-0123456789abcdefghijABCDEFG' },
  { id: 'pem-rsa', value: `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----` },
  { id: 'pem-pkcs', value: `-----BEGIN PRIVATE KEY-----\n${PEM_BODY.replace(/F/g, 'G')}\n-----END PRIVATE KEY-----` },
  {
    id: 'pem-ec',
    value: `-----BEGIN EC PRIVATE KEY-----\n${PEM_BODY.replace(/A/g, 'B')}\n-----END EC PRIVATE KEY-----`,
  },
  // TikTok token formats
  { id: 'tiktok-row-access', value: 'ROW_FAKEaccessQ2FhbGxvd2VkVG9rZW5WYWx1ZTEy' },
  { id: 'tiktok-ttp-access', value: 'TTP_FAKEaccess9k8j7h6g5f4d3s2a1Zq' },
  { id: 'tiktok-row-refresh', value: 'ROW_FAKErefresh_Zm9vYmFyYmF6cXV4MTIz' },
  { id: 'tiktok-login-access', value: 'act.FAKE1a2b3c4d5e6f7g8h9i0jABCDEFGH!4321.va' },
  { id: 'tiktok-login-refresh', value: 'rft.FAKE9z8y7x6w5v4u3t2s1rQPONMLKJ!1234.va' },
  { id: 'tiktok-client', value: 'clt.FAKE2b3c4d5e6f7g8h9i0j1kABCDEFGH!5678.va' },
  { id: 'tiktok-signature', value: '_02B4Z6wo00f01FAKEsigAAAAIDdQv8kGhE0aBcD' },
  // Generic credential shapes
  { id: 'jwt', value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlLXNlbGxlciJ9.FAKEsig0123456789abcdefABCDEF' },
  { id: 'base-sixty-four', value: 'k9s8/d7f+6g5h4j3k2l1FAKEkQ2FhbGxvd2VkVG9rZW4=' },
  { id: 'hex-forty', value: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef' },
  { id: 'hex-sixty-four', value: 'a3f1c9e7b5d3f1a9c7e5b3d1f9a7c5e3b1d9f7a5c3e1b9d7f5a3c1e9b7d5f3a1' },
  { id: 'mixed-long', value: 'Xk9Lm2Np4Qr6St8Uv0Wx1Yz3Ab5Cd7Ef9GhFAKE' },
  // Payment cards (the networks' published test numbers)
  { id: 'card-visa', value: '4111111111111111' },
  { id: 'card-visa-spaced', value: '4012 8888 8888 1881' },
  { id: 'card-visa-short', value: '4222222222222' },
  { id: 'card-mastercard-dashed', value: '5555-5555-5555-4444' },
  { id: 'card-mastercard-two', value: '2223000048400011' },
  { id: 'card-amex-spaced', value: '3782 822463 10005' },
  { id: 'card-discover', value: '6011000990139424' },
  { id: 'card-jcb', value: '3566002020360505' },
  { id: 'card-diners', value: '30569309025904' },
  { id: 'card-unionpay-long', value: '6212345678901234569' },
  // Personal data
  { id: 'email-plain', value: 'jane.fake@example.com' },
  { id: 'email-tagged', value: 'owner+shop.fake@example.co.id' },
  { id: 'phone-indonesia', value: '+62 812-3456-7890' },
  { id: 'phone-us', value: '(555) 010-4477' },
  { id: 'phone-local', value: '081298765432' },
  // Found by value: the page shows they are secret first
  { id: 'tts-header-short', value: 'at8Kd93hQz', teach: { header: 'x-tts-access-token' } },
  { id: 'bearer-short', value: 'Bq7Lm2xY9w', teach: { header: 'authorization', scheme: 'Bearer' } },
  { id: 'basic-auth', value: 'c2VsbGVyOmZha2Vw', teach: { header: 'authorization', scheme: 'Basic' } },
  { id: 'api-key-header', value: 'ak_Fk29sLq0', teach: { header: 'x-api-key' } },
  { id: 'csrf-header', value: 'cs9Fk2LmQ0p', teach: { header: 'x-csrf-token' } },
  { id: 'secsdk-csrf', value: '0001000000017a9fFAKEc0de', teach: { header: 'x-secsdk-csrf-token' } },
  { id: 'refresh-query', value: 'rt5Ge7Qk2w', teach: { query: 'refresh_token' } },
  { id: 'app-secret-query', value: 'as0Fake9Secret', teach: { query: 'app_secret' } },
  { id: 'auth-code-query', value: 'TTP_ac0de1', teach: { query: 'auth_code' } },
  { id: 'oauth-state', value: 'st8Xq2Lm0', teach: { query: 'state' } },
  { id: 'ms-token-query', value: 'mT0k3nFAKE', teach: { query: 'msToken' } },
  { id: 'fragment-token', value: 'fr4gT0kenQ', teach: { fragment: 'access_token' } },
  { id: 'password-json', value: 'Hunter2-fake', teach: { json: 'password' } },
  { id: 'client-secret-json', value: 'cl1entS3cr', teach: { json: 'client_secret' } },
  { id: 'otp-form', value: 'otp-9K4z2Q', teach: { form: 'verify_code' } },
  { id: 'password-form', value: 'Pa55word!x', teach: { form: 'password' } },
  { id: 'cookie-sid-guard', value: 'a1b2c3d4e5FAKE%7C1700000000', teach: { cookie: 'sid_guard' } },
  { id: 'cookie-ms-token', value: 'Qm9ck3nFAKEzz', teach: { cookie: 'msToken' } },
  { id: 'cookie-uuid-session', value: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098', teach: { cookie: 'sessionid_ss' } },
  { id: 'cookie-ttwid', value: '1%7CFAKEttwid0x9%7C1700000000%7Cab12', teach: { cookie: 'ttwid' } },
  // Found by the word in front of them in the server's message
  { id: 'announced-rt', value: 'r9Tq2LmX7', announce: 'rt' },
  { id: 'announced-token', value: 'tK7wQ2zP4', announce: 'token' },
  { id: 'announced-access', value: 'acc3ssK9zQ', announce: 'access token' },
  { id: 'announced-password', value: 'pW0rd7Kq', announce: 'password:' },
  { id: 'announced-secret', value: 'S3cr3tZk9', announce: 'secret' },
  { id: 'announced-api-key', value: 'kEy0Q9wz2', announce: 'api key' },
];

/** What support needs, planted next to the secrets: every one must reach the bundle whole. */
export const KEEP = {
  requestId: '2023080308421839B5F5A8CC5C01A1AE6D',
  errorCode: '36009004',
  listingCode: '12052220',
  orderId: '576461413038785752',
  packageId: '1152921510234567890',
  skuId: '1729384756129384123',
  productId: '1729384756129384',
  status: 'HTTP 503',
  path: '/api/v1/product/local/products/list',
  sellerSku: 'TEE-BLK-XL-2024',
} as const;

/** The message text that carries the keep-list. */
export const KEEP_MESSAGE = `keep: code ${KEEP.errorCode} and ${KEEP.listingCode}, request_id ${KEEP.requestId}, order ${KEEP.orderId}, package ${KEEP.packageId}, SKU ${KEEP.skuId} (${KEEP.sellerSku}), product ${KEEP.productId}, ${KEEP.status} on ${KEEP.path}`;

export interface Planted {
  /** the request URL (relative to the seller host) */
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** `document.cookie = ...` before the request, when taught by cookie */
  cookie?: string;
  /** what the server's error envelope says */
  message: string;
  console: [string, string];
  stack: string;
  toast: string;
}

const enc = encodeURIComponent;

/** The places one sample is planted in, as a page would: the secret place first (when taught), then the echoes. */
export function plant(s: LeakSample): Planted {
  const t = s.teach;
  const oneLine = !s.value.includes('\n');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  let query = `case=${s.id}`;
  let hash = '';
  let body = JSON.stringify({ note: s.value, case: s.id });
  let cookie: string | undefined;
  if (t && 'header' in t) headers[t.header] = t.scheme ? `${t.scheme} ${s.value}` : s.value;
  else if (oneLine) headers['x-sim-note'] = s.value;
  if (t && 'query' in t) query += `&${t.query}=${enc(s.value)}`;
  if (t && 'fragment' in t) hash = `#${t.fragment}=${enc(s.value)}`;
  if (t && 'json' in t) body = JSON.stringify({ [t.json]: s.value, case: s.id });
  if (t && 'form' in t) {
    body = `case=${s.id}&${t.form}=${enc(s.value)}`;
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  if (t && 'cookie' in t) cookie = `${t.cookie}=${s.value}; path=/`;
  // shape samples also ride in a harmless parameter and in the path; taught ones in the path (echoed by value)
  if (!t) query += `&note=${enc(s.value)}`;
  const said = s.announce ? `${s.announce} ${s.value} has expired` : `request failed for ${s.value}`;
  return {
    url: `/api/v1/sim/echo/${s.id}/${enc(s.value)}?${query}${hash}`,
    method: 'POST',
    headers,
    body,
    cookie,
    message: `[${s.id}] ${said}`,
    console: [`[${s.id}] token refresh failed for`, s.value],
    stack: `Error: [${s.id}] session lost ${s.value}\n    at refresh (https://seller-us.tiktok.com/static/js/app.js?t=${enc(s.value)}:12:34)\n    at ${s.value.split('\n')[0]} (chunk-vendors.js:1:1)`,
    toast: `[${s.id}] Could not sign in with ${s.value}. Please try again.`,
  };
}

/** Every form a sample could leak in: as written, decoded, encoded; a PEM block's body lines. */
export function leakForms(value: string): string[] {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // as written
  }
  const lines = value.includes('\n') ? value.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----')) : [];
  return [...new Set([value, decoded, encodeURIComponent(value), ...lines])];
}
