/**
 * Areas inside a cause, as support names them: where to look. Ids are stable (the compact index stores their
 * position; utils/diagnosis/code-signal.ts maps them to diagnosis signals). Read by scripts/gen-catalog.mjs only.
 */
export const AREAS = {
  credentials: 'credentials (access token, app_key)',
  authorization: 'authorization (the seller’s consent)',
  signing: 'request signing',
  permissions: 'permissions and scopes',
  'shop-identity': 'shop identity (shop_cipher, ids of another shop)',
  'account-status': 'account status',
  onboarding: 'onboarding and verification',
  'rate-limit': 'rate limit',
  server: 'TikTok servers',
  clock: 'clock',
  'ip-allowlist': 'network (IP allow list)',
  endpoint: 'API path and version',
  request: 'request parameters',
  product: 'product listing',
  category: 'category and attributes',
  inventory: 'inventory, price and warehouses',
  media: 'images and files',
  brand: 'brand authorization',
  restricted: 'restricted or prohibited products',
  finance: 'payments and finance',
  fulfillment: 'fulfillment and shipping',
  orders: 'orders',
  returns: 'returns and cancellations',
  promotion: 'promotions',
  affiliate: 'affiliate',
  'customer-service': 'customer service',
};
