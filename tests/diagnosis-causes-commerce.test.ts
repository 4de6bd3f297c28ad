import { api, codeOn, ev, healthyRun, httpOn, reach, verdict, withProbes } from './diagnosis-fixtures';
import { checkRows, type Row, toastRow } from './helpers/cause-rows';

const rows: Row[] = [
  // payment
  {
    name: 'checkout failures',
    events: [ev('checkout-failure', { url: 'https://shop.tiktok.com/api/checkout/pay', apiKind: 'checkout' })],
    cause: 'payment',
    status: 'likely',
    first: true,
  },
  {
    name: 'checkout failing with 503 in an outage is only possible for payment',
    events: [
      ...httpOn(3, 503),
      ev('checkout-failure', { url: api('finance/balance'), status: 503, apiKind: 'payment' }),
    ],
    probes: healthyRun(),
    cause: 'payment',
    status: 'possible',
  },
  {
    name: 'a checkout refused for oversized cookies is not a payment problem',
    events: [ev('checkout-failure', { url: api('checkout/pay'), status: 431, apiKind: 'checkout' }, { count: 2 })],
    cause: 'payment',
    status: 'unknown',
  },
  {
    name: 'slow checkout calls',
    events: [
      ev('slow-api', { url: api('checkout/a'), apiKind: 'checkout', durationMs: 1800 }),
      ev('slow-api', { url: api('checkout/b'), apiKind: 'checkout', durationMs: 900 }),
    ],
    cause: 'payment',
    status: 'possible',
    why: /longer than 500 ms \(slowest 1,800 ms\)/,
  },
  toastRow('payment toast', 'Payout failed: bank account not verified', 'payment', 'possible'),
  // Seller Center states the problem itself: direct evidence
  toastRow(
    'payment toast in Indonesian',
    'Pembayaran gagal. Silakan periksa metode pembayaran Anda dan coba lagi.',
    'payment',
    'likely',
  ),
  // listing
  toastRow(
    'listing toast in Spanish',
    'No se pudo guardar el producto: faltan campos obligatorios o no son válidos.',
    'listing',
    'possible',
  ),
  {
    name: 'listing codes',
    events: [codeOn(12052931, { apiKind: 'product' }), codeOn(12019022, { apiKind: 'product' })],
    cause: 'listing',
    status: 'likely',
    first: true,
    why: /codes 12019022 \(SKU needs a warehouse\) and 12052931 \(title format invalid\)/,
  },
  {
    name: 'invalid parameter',
    events: [codeOn(98001004, { message: 'Invalid parameter: package_weight' })],
    cause: 'listing',
    status: 'likely',
  },
  {
    name: 'unknown code on a product call',
    events: [codeOn(12999999, { apiKind: 'product' })],
    cause: 'listing',
    status: 'possible',
  },
  {
    name: 'upload too large',
    events: httpOn(1, 413, { apiKind: 'product' }),
    cause: 'listing',
    status: 'possible',
  },
  // account
  {
    name: 'seller account deactivated',
    events: [codeOn(36009044, { status: 401 }, { count: 3, requestIds: ['20260501120000ABC'] })],
    probes: healthyRun(),
    cause: 'account',
    status: 'likely',
    first: true,
    why: /36009044 \(seller account deactivated\) 3 times .*request id 20260501120000ABC/,
  },
  {
    name: 'expired app token',
    events: [codeOn(105002, { apiKind: 'auth' })],
    cause: 'account',
    status: 'likely',
  },
  {
    name: '401 on two endpoints',
    events: httpOn(2, 401),
    cause: 'account',
    status: 'possible',
  },
  // Seller Center states the problem itself: direct evidence
  toastRow('suspension toast', 'Your account has been suspended', 'account', 'likely'),
  // platform
  {
    name: '503 on four endpoints while the control host answers',
    events: httpOn(4, 503, {}, { ageMin: 2, spanMin: 8 }),
    probes: healthyRun(),
    cause: 'platform',
    status: 'likely',
    first: true,
    why: /^Seller Center API answered 503 on 4 endpoints in the last 10 minutes while the control host answered$/,
  },
  {
    name: 'platform verdict from the probes',
    probes: withProbes(
      verdict('platform', true, 1),
      reach('open-api.tiktokglobalshop.com', 'api', false, { status: 503, failure: 'http' }),
    ),
    cause: 'platform',
    status: 'likely',
    first: true,
    why: /open-api\.tiktokglobalshop\.com \(HTTP 503\)/,
  },
  {
    name: 'internal error code',
    events: [codeOn(36009003)],
    cause: 'platform',
    status: 'likely',
  },
  {
    name: 'one 500 once',
    events: httpOn(1, 500),
    cause: 'platform',
    status: 'possible',
  },
  {
    name: 'a toast quoting a server error counts for the platform',
    events: [
      ev('toast', { message: 'Failed to save the product: some required fields are missing. (HTTP 503)' }),
      ev('toast', { message: 'Request failed with status code 502' }),
    ],
    cause: 'platform',
    status: 'likely',
    first: true,
  },
  toastRow('maintenance notice', 'Seller Center is under maintenance until 02:00', 'platform', 'possible'),
];

checkRows(rows);
