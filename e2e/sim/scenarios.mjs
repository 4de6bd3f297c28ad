/**
 * Named fault scenarios for tests and the demo. A scenario is simulator faults (rules, see server.mjs) plus
 * host-resolver extras (names that fail DNS or are refused), which only a browser launch can apply.
 * `causes` lists the cause ids (CONTRACT.md) the scenario should surface as likely or possible.
 */
import { DEFAULT_SELLER_HOST, TIKTOK_NAME_PATTERNS } from './hosts.mjs';

const SELLER_HOME = `https://${DEFAULT_SELLER_HOST}/homepage`;
const SELLER_PRODUCTS = `https://${DEFAULT_SELLER_HOST}/product/manage`;

/** @type {Record<string, import('./scenarios.d.mts').Scenario>} */
export const SCENARIOS = {
  healthy: {
    description: 'Everything answers normally; no cause should be likely or possible.',
    causes: [],
    page: SELLER_HOME,
    faults: [],
    network: {},
  },
  'dns-failure': {
    description: 'TikTok host names do not resolve (DNS) while the control hosts do.',
    causes: ['connectivity'],
    page: SELLER_HOME,
    faults: [],
    network: { notFound: TIKTOK_NAME_PATTERNS },
  },
  offline: {
    description: 'No name resolves: the computer is offline.',
    causes: ['connectivity'],
    page: SELLER_HOME,
    faults: [],
    network: { notFound: ['*'] },
  },
  refused: {
    description: 'Connections to TikTok hosts are refused (firewall, proxy) while the control hosts answer.',
    causes: ['connectivity'],
    page: SELLER_HOME,
    faults: [],
    network: { refused: TIKTOK_NAME_PATTERNS },
  },
  timeout: {
    description: 'Pages load, but every TikTok API and probe request hangs (never answers).',
    causes: ['connectivity', 'platform'],
    page: SELLER_HOME,
    faults: [{ host: 'tiktok', dest: 'empty', hang: true }],
    network: {},
  },
  'platform-5xx': {
    description: 'TikTok APIs answer 5xx (and 36009003) on several endpoints while the control hosts answer.',
    causes: ['platform'],
    page: SELLER_HOME,
    faults: [
      { host: 'tiktok', dest: 'empty', status: 503 },
      { host: 'tiktok', dest: 'empty', path: '/api/v1/order/*', status: 502 },
      {
        host: 'seller',
        path: '/api/v1/seller/*',
        status: 200,
        code: 36009003,
        message: 'Internal error, please retry.',
      },
    ],
    network: {},
  },
  'account-deactivated': {
    description: 'Seller APIs answer HTTP 401 with code 36009044 (seller account deactivated).',
    causes: ['account'],
    page: SELLER_HOME,
    faults: [
      {
        host: 'seller',
        path: '/api/*',
        status: 401,
        code: 36009044,
        message: 'The seller account has been deactivated.',
      },
    ],
    network: {},
  },
  'listing-codes': {
    description: 'Product APIs answer listing codes 12052023 (category does not exist) and 12052931 (title format).',
    causes: ['listing'],
    page: SELLER_PRODUCTS,
    faults: [
      { host: 'seller', path: '/api/v1/product/category/*', code: 12052023, message: 'Category does not exist.' },
      { host: 'seller', path: '/api/v1/product/save', code: 12052931, message: 'The product title format is invalid.' },
    ],
    network: {},
  },
  policy: {
    description: 'Saving a product answers 12052220 (category prohibited) and a violation toast shows.',
    causes: ['policy'],
    page: SELLER_PRODUCTS,
    faults: [
      {
        host: 'seller',
        path: '/api/v1/product/save',
        code: 12052220,
        message: 'The category is prohibited. Products in this category cannot be listed.',
      },
      { host: 'seller', dest: 'document', toasts: ['violation'] },
    ],
    network: {},
  },
  'chunk-load': {
    description: 'Script chunks answer 404 (stale cached page after a release): ChunkLoadError in the page.',
    causes: ['cache'],
    page: SELLER_HOME,
    faults: [{ host: 'seller', path: '/static/js/chunk-*', status: 404 }],
    network: {},
  },
  'geo-451': {
    description: 'Seller Center answers HTTP 451 with a region-unavailable page.',
    causes: ['geo'],
    page: SELLER_HOME,
    faults: [{ host: ['seller', 'checkout'], page: 'region', status: 451 }],
    network: {},
  },
  'clock-skew': {
    description: "Every server's Date is 11 minutes ahead of this computer's clock (the device clock is behind).",
    causes: ['connectivity'],
    page: SELLER_HOME,
    faults: [{ host: '*', dateOffsetMs: 11 * 60_000 }],
    network: {},
  },
  'big-cookies': {
    description: 'Seller pages set 12 KB of cookies; later requests carry them and answer HTTP 431.',
    causes: ['cache'],
    page: SELLER_HOME,
    faults: [{ host: 'seller', dest: 'document', setCookieBytes: 12 * 1024 }],
    network: {},
  },
  'slow-checkout': {
    description: 'Checkout and payment APIs take 1.5 s (budget 500 ms).',
    causes: ['payment'],
    page: 'https://shop.tiktok.com/checkout',
    faults: [
      { host: ['checkout', 'seller'], path: ['/api/v1/payment/*', '/shop/api/v1/payment/*'], delayMs: 1500 },
      { host: ['checkout', 'seller'], path: ['/api/v1/checkout/*', '/shop/api/v1/checkout/*'], delayMs: 1200 },
    ],
    network: {},
  },
  toasts: {
    description: 'Seller Center shows payment and listing error toasts in Indonesian, with no failing API.',
    causes: ['payment', 'listing'],
    page: 'https://seller-id.tiktok.com/homepage',
    faults: [{ host: 'seller', dest: 'document', toasts: ['payment-failed', 'listing-error'], toastLang: 'id' }],
    network: {},
  },
  'csp-strict': {
    description: "Seller pages send a strict CSP (script-src 'self', no inline script); everything else healthy.",
    causes: [],
    page: SELLER_HOME,
    faults: [{ host: 'seller', dest: 'document', csp: 'strict' }],
    network: {},
  },
  maintenance: {
    description: 'Seller Center answers 503 with a maintenance page.',
    causes: ['platform'],
    page: SELLER_HOME,
    faults: [{ host: 'seller', page: 'maintenance' }],
    network: {},
  },
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS);

/** @param {string} name */
export function getScenario(name) {
  const s = SCENARIOS[name];
  if (!s) throw new Error(`Unknown scenario "${name}". Known: ${SCENARIO_NAMES.join(', ')}`);
  return s;
}
