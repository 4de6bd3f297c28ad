/**
 * TikTok-shaped API answers: the envelope {code, message, request_id, data} with plausible data.
 */
import { randomBytes } from 'node:crypto';
import { SIM_EMAIL, SIM_PHONE, SIM_TOKEN } from './pages/html.mjs';

/** A 34-character request id as TikTok writes them: yyyyMMddHHmmss + 20 upper-case hex digits. */
export function requestId(now = Date.now()) {
  const stamp = new Date(now).toISOString().replace(/\D/g, '').slice(0, 14);
  return stamp + randomBytes(10).toString('hex').toUpperCase();
}

export function envelope(code, message, data, now) {
  return { code, message, request_id: requestId(now), data };
}

const products = (n = 3) =>
  Array.from({ length: n }, (_, i) => ({ id: `17290${i}`, title: `Sim product ${i}`, status: 'LIVE', stock: 10 + i }));

/** Seller Center web API data by path (after the /api/v1 or /shop/api/v1 prefix). */
const SELLER_DATA = {
  '/seller/profile': () => ({
    shop_id: '7494123456789',
    shop_name: 'Sim Shop',
    region: 'US',
    contact_email: SIM_EMAIL,
    contact_phone: SIM_PHONE,
  }),
  '/product/list': () => ({ products: products(), total: 3 }),
  '/product/detail': () => products(1)[0],
  '/product/category/tree': () => ({ categories: [{ id: 600001, name: 'Womenswear', is_leaf: false }] }),
  '/product/save': () => ({ product_id: '172909', status: 'PENDING' }),
  '/product/image/upload': () => ({ uri: 'tos-sim/img-1', width: 800, height: 800 }),
  '/order/list': () => ({ orders: [{ id: '576461413', status: 'AWAITING_SHIPMENT' }], total: 1 }),
  '/order/detail': () => ({ id: '576461413', status: 'AWAITING_SHIPMENT', buyer_email: SIM_EMAIL }),
  '/logistics/tracking': () => ({ tracking_number: 'SIM123', status: 'IN_TRANSIT' }),
  '/inventory/status': () => ({ skus: [{ id: 'SKU-1', available: 12 }] }),
  '/finance/balance': () => ({ currency: 'USD', available: '1204.50' }),
  '/finance/payout': () => ({ next_payout: '2026-06-01', account_linked: true }),
  '/payment/account': () => ({ linked: true, bank: 'SIM BANK ****6789' }),
  '/payment/checkout': () => ({ order_id: '576461499', payment_status: 'PAID' }),
  '/checkout/prepare': () => ({ cart_id: 'c-1', total: '19.99', currency: 'USD' }),
};

/** @returns {object} the success envelope for a Seller Center or checkout API path */
export function sellerApi(path, now) {
  const key = path.replace(/^\/(shop\/)?api\/v1/, '');
  const data = SELLER_DATA[key]?.() ?? {};
  return envelope(0, 'success', data, now);
}

const PARTNER_DATA = {
  '/api/v2/token/get': (now) => token(now),
  '/api/v2/token/refresh': (now) => token(now),
  '/authorization/202309/shops': () => ({ shops: [shop()] }),
  '/seller/202309/shops': () => ({ shops: [shop()] }),
  '/order/202309/orders/search': () => ({ orders: [], total_count: 0, next_page_token: '' }),
  '/product/202309/products/search': () => ({ products: [], total_count: 0, next_page_token: '' }),
};

function token(now) {
  const s = Math.floor(now / 1000);
  return {
    access_token: SIM_TOKEN,
    access_token_expire_in: s + 7 * 86_400,
    refresh_token: `${SIM_TOKEN}_refresh`,
    refresh_token_expire_in: s + 365 * 86_400,
    open_id: 'sim-open-id',
    seller_name: 'Sim Shop',
    seller_base_region: 'US',
    user_type: 0,
    granted_scopes: ['seller.order.info', 'seller.product.basic'],
  };
}

function shop() {
  return { id: '7494123456789', cipher: 'ROW_SimCipher', code: 'USLCSIM', name: 'Sim Shop', region: 'US' };
}

/**
 * Partner API answer: {status, body}. Checks the `timestamp` query like TikTok (at most 5 minutes behind and
 * 30 seconds ahead of the server's clock, which is `now`).
 */
export function partnerApi(url, now) {
  const ts = url.searchParams.get('timestamp');
  if (ts !== null) {
    const skew = Number(ts) - now / 1000;
    if (skew < -300)
      return {
        status: 401,
        body: envelope(
          36009004,
          'Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes before the current time.',
          null,
          now,
        ),
      };
    if (skew > 30)
      return {
        status: 401,
        body: envelope(
          36009004,
          'Invalid timestamp. The value of the `timestamp` query parameter must not exceed the current time by more than 30 seconds.',
          null,
          now,
        ),
      };
  }
  const make = PARTNER_DATA[url.pathname];
  if (!make) return { status: 404, body: envelope(36009009, 'Invalid path.', null, now) };
  return { status: 200, body: envelope(0, 'Success', make(now), now) };
}
