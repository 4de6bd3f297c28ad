/**
 * HTML of the simulated pages. Page scripts are always external files (/static/js/app.js), so the CSP-strict
 * variant differs only by its header and by leaving out the one inline script the normal variant carries.
 */

/** Secret-looking values the simulated pages send; a test can grep a bundle for SECRET_MARK to find leaks. */
export const SECRET_MARK = 'SIMSECRET';
export const SIM_TOKEN = `ROW_${SECRET_MARK}_access_token_7d1f0c`;
export const SIM_EMAIL = 'seller.sim@example.com';
export const SIM_PHONE = '+1 202 555 0147';
const QUERY = `locale=en&aid=4068&oec_seller_id=7494123456789&msToken=${SECRET_MARK}msToken9Qx&X-Bogus=${SECRET_MARK}xbogus&_signature=${SECRET_MARK}sig`;

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #161823; background: #f8f8f8; }
header { background: #000; color: #fff; padding: 12px 20px; font-weight: 600; }
header span { color: #fe2c55; }
nav { display: flex; gap: 16px; padding: 8px 20px; background: #fff; border-bottom: 1px solid #e3e3e4; }
main { padding: 20px; }
#sim-toasts { position: fixed; top: 16px; right: 16px; display: flex; flex-direction: column; gap: 8px; z-index: 9; }
.sim-toast { background: #fff1f0; border: 1px solid #ffccc7; color: #a8071a; padding: 10px 14px; border-radius: 6px; max-width: 360px; }
.notice { max-width: 560px; margin: 60px auto; background: #fff; padding: 32px; border-radius: 8px; text-align: center; }
table { border-collapse: collapse; } td { border: 1px solid #eee; padding: 2px 6px; }
`;

/** What each Seller Center page calls: path, method, and fetch or XHR (both kinds on every page). */
export const PAGE_APIS = {
  homepage: [
    { method: 'GET', path: '/api/v1/seller/profile', via: 'fetch' },
    { method: 'GET', path: '/api/v1/product/list', via: 'xhr', toast: 'listing-error' },
    { method: 'GET', path: '/api/v1/order/list', via: 'fetch' },
    { method: 'GET', path: '/api/v1/inventory/status', via: 'xhr' },
    { method: 'GET', path: '/api/v1/finance/balance', via: 'fetch', toast: 'payment-failed' },
  ],
  product: [
    { method: 'GET', path: '/api/v1/seller/profile', via: 'fetch' },
    { method: 'GET', path: '/api/v1/product/list', via: 'fetch', toast: 'listing-error' },
    { method: 'GET', path: '/api/v1/product/category/tree', via: 'xhr', toast: 'listing-error' },
    { method: 'POST', path: '/api/v1/product/save', via: 'fetch', toast: 'listing-error', body: { title: 'Sim tee' } },
    { method: 'POST', path: '/api/v1/product/image/upload', via: 'xhr', toast: 'listing-error' },
  ],
  order: [
    { method: 'GET', path: '/api/v1/seller/profile', via: 'fetch' },
    { method: 'GET', path: '/api/v1/order/list', via: 'fetch' },
    { method: 'GET', path: '/api/v1/order/detail', via: 'xhr' },
    { method: 'GET', path: '/api/v1/logistics/tracking', via: 'xhr' },
  ],
  finance: [
    { method: 'GET', path: '/api/v1/seller/profile', via: 'fetch' },
    { method: 'GET', path: '/api/v1/finance/balance', via: 'xhr', toast: 'payment-failed' },
    { method: 'GET', path: '/api/v1/finance/payout', via: 'fetch', toast: 'payment-failed' },
    { method: 'GET', path: '/api/v1/payment/account', via: 'xhr', toast: 'payment-failed' },
    { method: 'POST', path: '/api/v1/payment/checkout', via: 'fetch', toast: 'payment-failed', body: { invoice: 1 } },
  ],
};

const TITLES = { homepage: 'Home', product: 'Manage products', order: 'Manage orders', finance: 'Payouts' };

/** Which page a Seller Center path shows. */
export function sellerPageOf(pathname) {
  if (pathname.startsWith('/product')) return 'product';
  if (pathname.startsWith('/order')) return 'order';
  if (pathname.startsWith('/finance') || pathname.startsWith('/payment')) return 'finance';
  return 'homepage';
}

function shell({ title, pageId, lang = 'en', config, strict, body, brand = 'Seller Center' }) {
  const inline = strict ? '' : '<script>window.__simInline = true;</script>';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" data-sim-page="${escapeHtml(pageId)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | TikTok Shop ${escapeHtml(brand)}</title>
<style>${STYLE}</style>
${inline}
${config ? `<script type="application/json" id="sim-config">${jsonForScript(config)}</script>\n<script src="/static/js/app.js" defer></script>` : ''}
</head>
<body>
<header>TikTok Shop <span>${escapeHtml(brand)}</span> (local simulator)</header>
${body}
<div id="sim-toasts" role="alert" aria-live="assertive"></div>
</body>
</html>`;
}

const NAV = `<nav><a href="/homepage">Home</a><a href="/product/manage">Products</a><a href="/order/list">Orders</a><a href="/finance/payout">Finance</a></nav>`;

/**
 * @param {{ page: string; host: string; strict?: boolean; lang?: string; toasts?: string[]; toastTtlMs?: number;
 *   quiet?: boolean; heavy?: { nodes: number; calls: number } }} o
 */
export function sellerPage(o) {
  const market = (/^seller-([a-z]{2})/.exec(o.host)?.[1] ?? 'us').toUpperCase();
  const config = {
    page: o.page,
    lang: o.lang ?? 'en',
    apis: o.heavy ? [] : PAGE_APIS[o.page],
    heavy: o.heavy,
    chunk: `chunk-${o.page}.3f9a1c`,
    toasts: o.toasts ?? [],
    toastTtlMs: o.toastTtlMs ?? 0,
    quiet: o.quiet ?? false,
    query: QUERY,
    token: SIM_TOKEN,
  };
  let content = `<p>Market: <b>${escapeHtml(market)}</b> · Shop: Sim Shop</p><section id="sim-widgets"></section>`;
  // A search box (issue 18's breadcrumb test types into it; the button calls an API, never with the typed text).
  content +=
    '<form id="sim-search" role="search"><label>Keyword <input id="sim-search-q" type="search"></label> <button type="button" id="sim-search-go">Search products</button></form>';
  if (o.heavy) content += heavyTable(o.heavy.nodes);
  return shell({
    title: o.heavy ? 'Heavy page' : TITLES[o.page],
    pageId: o.heavy ? 'heavy' : o.page,
    lang: o.lang,
    config,
    strict: o.strict,
    body: `${NAV}<main id="sim-main"><h1>${escapeHtml(o.heavy ? 'Heavy page' : TITLES[o.page])}</h1>${content}</main>`,
  });
}

/** About `nodes` DOM nodes: rows of five cells (one row is 1 tr + 5 td + 5 text nodes = 11 nodes). */
function heavyTable(nodes) {
  const rows = Math.max(1, Math.round(nodes / 11));
  const out = ['<table id="sim-heavy"><tbody>'];
  for (let i = 0; i < rows; i++) {
    out.push(
      `<tr><td>SKU-${i}</td><td>Product ${i}</td><td>${(i * 7) % 100}</td><td>$${i % 50}.99</td><td>Live</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('');
}

/** Buyer checkout (shop.tiktok.com/*, www.tiktok.com/shop/*). */
export function checkoutPage({ apiBase, strict, lang, toasts }) {
  const config = {
    page: 'checkout',
    lang: lang ?? 'en',
    apis: [
      { method: 'GET', path: `${apiBase}/checkout/prepare`, via: 'xhr', toast: 'payment-failed' },
      { method: 'POST', path: `${apiBase}/payment/checkout`, via: 'fetch', toast: 'payment-failed', body: { cart: 1 } },
    ],
    chunk: 'chunk-checkout.8b21e4',
    toasts: toasts ?? [],
    query: QUERY,
    token: SIM_TOKEN,
  };
  return shell({
    title: 'Checkout',
    pageId: 'checkout',
    lang,
    config,
    strict,
    brand: 'Checkout',
    body: '<main id="sim-main"><h1>Checkout</h1><p>1 × Sim tee · $19.99</p><button type="button">Place order</button></main>',
  });
}

export function regionPage() {
  return shell({
    title: 'Not available in your region',
    pageId: 'region-unavailable',
    body: `<div class="notice" data-sim-notice="region-unavailable"><h1>TikTok Shop is not available in your region</h1>
<p>This service is not available in your country or region. If you are using a VPN or proxy, turn it off and try again.</p></div>`,
  });
}

export function maintenancePage() {
  return shell({
    title: 'Under maintenance',
    pageId: 'maintenance',
    body: `<div class="notice" data-sim-notice="maintenance"><h1>Seller Center is under maintenance</h1>
<p>We are upgrading our systems to serve you better. Please come back later.</p></div>`,
  });
}

export function chunkScript(name) {
  return `window.__simChunkLoaded && window.__simChunkLoaded(${JSON.stringify(name)});
document.getElementById('sim-widgets')?.insertAdjacentHTML('beforeend', '<p data-sim-widget>Widgets loaded</p>');\n`;
}
