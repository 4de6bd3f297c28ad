/**
 * Hand-written knowledge per family of codes (the family column of ../shared/tiktok-error-codes.tsv): the cause it
 * usually points at, the area (an id of AREAS in utils/facts/error-areas.ts), who must act, whether a retry can
 * help, and the fix steps every code of the family shares. Read by scripts/gen-catalog.mjs only.
 */
const SUPPORT = 'If it still fails, give the request_id and the time of the call to TikTok Partner support.';

export const FAMILIES = {
  'listing-product': {
    label: 'products and listings',
    cause: 'listing',
    area: 'product',
    actor: 'seller',
    retry: false,
    fix: [
      'Open the product in Seller Center > Products (or fix the data your system sends) and correct what the message names.',
      'Check the product against the category rules in Seller Center, then save or send it again.',
    ],
  },
  'category-brand-attribute': {
    label: 'categories, brands and attributes',
    cause: 'listing',
    area: 'category',
    actor: 'seller',
    retry: false,
    fix: [
      'Read the current category tree, its attributes and their allowed values again (they change), and map the product to them.',
      'Pick a leaf category and fill every required attribute before sending the product again.',
    ],
  },
  'inventory-price': {
    label: 'inventory and prices',
    cause: 'listing',
    area: 'inventory',
    actor: 'seller',
    retry: false,
    fix: [
      'Check the SKU, its warehouse and the stock or price values named in the message, in Seller Center > Products.',
      'Send only SKUs and warehouses that belong to this shop, then update again.',
    ],
  },
  'image-media': {
    label: 'images, files and media',
    cause: 'listing',
    area: 'media',
    actor: 'seller',
    retry: false,
    fix: [
      'Upload the image or file again in an accepted format, size and resolution (the message or the endpoint page gives the limits).',
      'Use the URI the upload call returned, not an outside URL.',
    ],
  },
  promotion: {
    label: 'promotions and campaigns',
    cause: 'integration',
    area: 'promotion',
    actor: 'integrator',
    retry: false,
    fix: [
      'Check the promotion settings in Seller Center > Marketing (dates, discount, products already in another activity).',
      'Correct the activity or product list the request sends and try again.',
    ],
  },
  'fulfillment-logistics': {
    label: 'fulfillment, packages and shipping',
    cause: 'integration',
    area: 'fulfillment',
    actor: 'integrator',
    retry: false,
    fix: [
      'Read the order and package status again (Get Order Detail / Get Package Detail): the action may not fit the current status.',
      'Fix the package, tracking or address data the message names and retry only that package.',
    ],
  },
  order: {
    label: 'orders',
    cause: 'integration',
    area: 'orders',
    actor: 'integrator',
    retry: false,
    fix: ['Read the order again (Get Order Detail) and act only on orders in a status that allows it.'],
  },
  'return-refund': {
    label: 'returns, refunds and cancellations',
    cause: 'integration',
    area: 'returns',
    actor: 'integrator',
    retry: false,
    fix: [
      'Read the return or cancellation again: its status may have changed, or the reason or amount is not allowed.',
      'Handle it in Seller Center > Returns if the API keeps refusing.',
    ],
  },
  'customer-service': {
    label: 'customer service messages',
    cause: 'integration',
    area: 'customer-service',
    actor: 'integrator',
    retry: false,
    fix: ['Check the conversation id, the message type and its content against the Customer Service API page.'],
  },
  affiliate: {
    label: 'affiliate and creators',
    cause: 'integration',
    area: 'affiliate',
    actor: 'integrator',
    retry: false,
    fix: ['Check the campaign, creator or product ids and the campaign status in Seller Center > Affiliate.'],
  },
  'params-request': {
    label: 'request parameters',
    cause: 'integration',
    area: 'request',
    actor: 'integrator',
    retry: false,
    fix: [
      'Compare the request with the endpoint page: parameter names, types, required fields, formats and ranges.',
      'Fix the parameter the message names; resending the same request gives the same answer.',
    ],
  },
  'platform-server': {
    label: 'TikTok servers',
    cause: 'platform',
    area: 'server',
    actor: 'tiktok',
    retry: true,
    fix: ['Retry after a short wait, with exponential backoff and jitter.', SUPPORT],
  },
  'rate-limit': {
    label: 'rate limits and quotas',
    cause: 'platform',
    area: 'rate-limit',
    actor: 'integrator',
    retry: true,
    fix: [
      'Slow down: back off exponentially with jitter, and honour Retry-After when it is sent.',
      'Spread bulk jobs over time; daily quotas reset the next day.',
    ],
  },
  'permission-scope': {
    label: 'permissions and scopes',
    cause: 'account',
    area: 'permissions',
    actor: 'integrator',
    retry: false,
    fix: [
      'In Partner Center, add the scope (permission package) this endpoint needs to the app.',
      'Have the seller authorize the app again so that the token carries the new scope.',
    ],
  },
  'auth-token': {
    label: 'authorization and tokens',
    cause: 'account',
    area: 'credentials',
    actor: 'integrator',
    retry: false,
    fix: [
      'Refresh the access token with the latest refresh token, and send it in the `x-tts-access-token` header.',
      'If refreshing fails, the seller must authorize the app again (Seller Center > Apps & services).',
    ],
  },
  'signature-clock': {
    label: 'signing and timestamps',
    cause: 'account',
    area: 'signing',
    actor: 'integrator',
    retry: false,
    fix: [
      'Sign with HMAC-SHA256 keyed by app_secret over app_secret + path + sorted query (without sign and access_token) + body + app_secret.',
      'Send `timestamp` as Unix seconds taken just before signing, from a clock synced by NTP.',
    ],
  },
  'shop-cipher': {
    label: 'shop identity (shop_cipher)',
    cause: 'integration',
    area: 'shop-identity',
    actor: 'integrator',
    retry: false,
    fix: [
      'Use the token and the shop_cipher of the shop that owns the object (Get Authorized Shops lists them).',
      'Do not mix ids (products, packages, warehouses) between shops.',
    ],
  },
  'account-shop-status': {
    label: 'account and shop status',
    cause: 'account',
    area: 'account-status',
    actor: 'seller',
    retry: false,
    fix: [
      'Sign in to Seller Center and read Account health and the notifications for the reason.',
      'Finish the verification or setup it asks for, or appeal there if it is a mistake.',
    ],
  },
  'payment-finance': {
    label: 'payments and finance',
    cause: 'payment',
    area: 'finance',
    actor: 'seller',
    retry: false,
    fix: ['Check the payment account, deposit and bank details in Seller Center > Finance.'],
  },
  webhook: {
    label: 'webhooks',
    cause: 'integration',
    area: 'request',
    actor: 'integrator',
    retry: false,
    fix: ['Check the webhook URL and event type registered in Partner Center.'],
  },
  other: {
    label: 'other',
    cause: 'integration',
    area: 'request',
    actor: 'integrator',
    retry: false,
    fix: ['Read the message: it usually names the field or the reason.', SUPPORT],
  },
};

/**
 * Refinements by words of the message or meaning, for codes without a hand-written entry: the first rule whose
 * pattern matches and whose families include the code's family sets cause and area (and actor when given).
 */
export const REFINE = [
  {
    re: /timed? ?out|timeout|internal error|system error|system busy|try again later|please retry/i,
    cause: 'platform',
    area: 'server',
    actor: 'tiktok',
    retry: true,
    families: ['*'],
  },
  {
    re: /prohibit|restricted|qualificat|not allowed to (sell|list)|violat|compliance|certificat|risk (check|control)/i,
    cause: 'policy',
    area: 'restricted',
    families: ['listing-product', 'category-brand-attribute', 'promotion', 'account-shop-status', 'image-media'],
  },
  {
    re: /brand/i,
    cause: 'policy',
    area: 'brand',
    families: ['category-brand-attribute'],
    when: /authori[sz]|unauthori[sz]|not (allowed|available)/i,
  },
  { re: /\bversion\b/i, cause: 'app-version', area: 'endpoint', families: ['params-request'] },
  {
    re: /deposit|payment account|bank account|balance/i,
    cause: 'payment',
    area: 'finance',
    actor: 'seller',
    families: ['*'],
  },
  {
    re: /onboard|setup tasks|not (finish|complete)/i,
    cause: 'account',
    area: 'onboarding',
    actor: 'seller',
    families: ['account-shop-status'],
  },
  {
    re: /\bimage|picture|video|file size|resolution/i,
    cause: 'listing',
    area: 'media',
    families: ['listing-product', 'params-request'],
  },
];
