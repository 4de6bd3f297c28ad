/** Table-driven: each row is a situation and the verdict the diagnosis must reach for one cause. */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose } from '@/utils/diagnosis';
import { whyText } from '@/utils/diagnosis/render';
import type { CauseId, CauseStatus, EventGroup, ObservedEvent, ProbeResult } from '@/utils/model';
import {
  api,
  codeOn,
  type EvOpts,
  ev,
  HOST,
  healthyRun,
  httpOn,
  NOW,
  probe,
  reach,
  verdict,
  withProbes,
} from './diagnosis-fixtures';

interface Row {
  name: string;
  events?: EventGroup[];
  probes?: ProbeResult[];
  cause: CauseId;
  status: CauseStatus;
  /** the cause must rank first */
  first?: boolean;
  why?: RegExp;
}

const dnsFail = (extra: Partial<ObservedEvent> = {}, o: EvOpts = {}) =>
  ev('network-failure', { url: `https://${HOST}/`, status: 0, netError: 'net::ERR_NAME_NOT_RESOLVED', ...extra }, o);
// TikTok far slower than the control host in the same check: the only sign of a VPN or proxy without `proxy`.
const detour = [
  reach(HOST, 'seller', true, { medianMs: 900 }),
  reach('open-api.tiktokglobalshop.com', 'api', true, { medianMs: 1100 }),
  reach('www.gstatic.com', 'control', true, { medianMs: 40 }),
];

const rows: Row[] = [
  // connectivity
  {
    name: 'DNS failure of the page and of the probes',
    events: [dnsFail({ resourceType: 'main_frame' })],
    probes: withProbes(
      verdict('tiktok-unreachable', true, 2),
      reach(HOST, 'seller', false, { failure: 'dns', netError: 'net::ERR_NAME_NOT_RESOLVED' }),
    ),
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /DNS lookup failed for 1 TikTok host \(seller-us\.tiktok\.com\) .* while the control host answered/,
  },
  {
    name: 'DNS failures on page requests alone',
    events: [dnsFail({ url: api('a') }), dnsFail({ url: api('b') })],
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /DNS lookup failed \(net::ERR_NAME_NOT_RESOLVED\) for Seller Center requests on 2 endpoints/,
  },
  {
    name: 'offline: control host down too',
    probes: withProbes(verdict('offline', false, 2)),
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /looks offline/,
  },
  {
    name: 'clock seven minutes ahead',
    probes: withProbes(probe('clock', { host: HOST, skewSeconds: 432, rttMs: 50, outsideWindow: true }, 'fail')),
    cause: 'connectivity',
    status: 'likely',
    first: true,
    why: /clock is 7 min 12 s ahead of TikTok's/,
  },
  {
    name: 'one reset request once is only possible',
    events: [ev('network-failure', { url: api('x'), status: 0, netError: 'net::ERR_CONNECTION_RESET' })],
    cause: 'connectivity',
    status: 'possible',
  },
  {
    name: 'aborted requests are navigation noise',
    events: [ev('network-failure', { url: api('x'), status: 0, netError: 'net::ERR_ABORTED' }, { count: 40 })],
    probes: healthyRun(),
    cause: 'connectivity',
    status: 'clear',
  },
  {
    name: 'TikTok far slower than the control host alone is no fault',
    probes: withProbes(...detour),
    cause: 'connectivity',
    status: 'clear',
  },
  {
    name: 'IP allow list code',
    events: [codeOn(36009033)],
    cause: 'connectivity',
    status: 'likely',
    why: /36009033 \(IP address not in the allow list\)/,
  },
  {
    name: 'unstable verdict',
    probes: withProbes(verdict('unstable')),
    cause: 'connectivity',
    status: 'possible',
  },
  {
    name: 'failures followed by a check that reached TikTok weigh half',
    events: [dnsFail({ url: api('a') }, { ageMin: 5 }), dnsFail({ url: api('b') }, { ageMin: 5 })],
    probes: healthyRun(1),
    cause: 'connectivity',
    status: 'possible',
    why: /but a later check reached every TikTok host/,
  },
  {
    name: 'TikTok answering with errors means the path works',
    probes: withProbes(verdict('platform', true, 1)),
    cause: 'connectivity',
    status: 'clear',
    why: /with errors\), so the connection to it works/,
  },
  {
    name: 'an unreliable offline flag while hosts answered is ignored',
    probes: withProbes(
      probe('online', { online: false, effectiveType: null, rttMs: null, downlinkMbps: null }, 'pass'),
    ),
    cause: 'connectivity',
    status: 'clear',
  },
  {
    name: 'the offline flag counts when the probe failed it',
    probes: [probe('online', { online: false, effectiveType: null, rttMs: null, downlinkMbps: null }, 'fail')],
    cause: 'connectivity',
    status: 'likely',
  },
  // policy
  {
    name: 'category prohibited code',
    events: [codeOn(12052220, { apiKind: 'product' })],
    cause: 'policy',
    status: 'likely',
    first: true,
    why: /12052220 \(category prohibited\)/,
  },
  {
    name: 'violation toast',
    events: [ev('toast', { message: 'This product violates the prohibited items policy' })],
    cause: 'policy',
    status: 'possible',
  },
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
  {
    name: 'payment toast',
    events: [ev('toast', { message: 'Payout failed: bank account not verified' })],
    cause: 'payment',
    status: 'possible',
  },
  {
    name: 'payment toast in Indonesian',
    events: [ev('toast', { message: 'Pembayaran gagal. Silakan periksa metode pembayaran Anda dan coba lagi.' })],
    cause: 'payment',
    status: 'likely', // Seller Center states the problem itself: direct evidence
  },
  // listing
  {
    name: 'listing toast in Spanish',
    events: [ev('toast', { message: 'No se pudo guardar el producto: faltan campos obligatorios o no son válidos.' })],
    cause: 'listing',
    status: 'possible',
  },
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
  {
    name: 'suspension toast',
    events: [ev('toast', { message: 'Your account has been suspended' })],
    cause: 'account',
    status: 'likely', // Seller Center states the problem itself: direct evidence
  },
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
  {
    name: 'maintenance notice',
    events: [ev('toast', { message: 'Seller Center is under maintenance until 02:00' })],
    cause: 'platform',
    status: 'possible',
  },
  // app-version
  {
    name: 'browser older than the minimum',
    probes: withProbes(
      probe('browser', { name: 'Chrome', major: 96, minimum: 110, extensionVersion: '0.1.0' }, 'fail'),
    ),
    cause: 'app-version',
    status: 'likely',
    first: true,
    why: /Chrome 96 is older than the version 110/,
  },
  {
    name: 'old engine syntax errors',
    events: [ev('js-error', { message: "SyntaxError: Unexpected token '?'" })],
    cause: 'app-version',
    status: 'possible',
  },
  {
    name: 'update-your-browser message',
    events: [ev('toast', { message: 'Please update your browser to continue' })],
    cause: 'app-version',
    status: 'likely', // Seller Center states the problem itself: direct evidence
  },
  // geo
  {
    name: 'HTTP 451',
    events: httpOn(1, 451, { resourceType: 'main_frame' }),
    probes: healthyRun(),
    cause: 'geo',
    status: 'likely',
    first: true,
    why: /451 \(unavailable for legal reasons\)/,
  },
  {
    name: 'region mismatch alone is not a fault',
    probes: withProbes(
      probe('region', { host: HOST, market: 'US', timeZone: 'Europe/Berlin', locale: 'de-DE', match: false }, 'warn'),
    ),
    cause: 'geo',
    status: 'unknown',
  },
  {
    name: 'region mismatch with TikTok far slower than the control host (a VPN exit is possible)',
    probes: withProbes(
      ...detour,
      probe('region', { host: HOST, market: 'US', timeZone: 'Europe/Berlin', locale: 'de-DE', match: false }, 'warn'),
    ),
    cause: 'geo',
    status: 'possible',
  },
  {
    name: 'not available in your region page',
    events: [ev('toast', { message: 'TikTok Shop is not available in your region' })],
    cause: 'geo',
    status: 'likely', // Seller Center states the problem itself: direct evidence
  },
  // cache
  {
    name: 'ChunkLoadError',
    events: [ev('js-error', { message: 'ChunkLoadError: Loading chunk 123 failed.' })],
    probes: healthyRun(),
    cause: 'cache',
    status: 'likely',
    first: true,
    why: /chunk-load errors/,
  },
  {
    name: 'webpack chunk with a hashed name, without the error name',
    events: [
      ev('unhandled-rejection', {
        message: 'Loading chunk chunk-homepage.3f9a1c failed. (missing: https://seller-us.tiktok.com/static/js/x.js)',
      }),
    ],
    cause: 'cache',
    status: 'likely',
  },
  {
    name: 'failed dynamic import',
    events: [
      ev('unhandled-rejection', {
        message: 'TypeError: Failed to fetch dynamically imported module: https://x/y.js',
      }),
    ],
    cause: 'cache',
    status: 'likely',
  },
  {
    name: '404 on a script',
    events: httpOn(1, 404, { resourceType: 'script' }),
    cause: 'cache',
    status: 'possible',
  },
  {
    name: '431 on a checkout call counts for the cookies',
    events: [ev('checkout-failure', { url: api('checkout/pay'), status: 431, apiKind: 'checkout' })],
    cause: 'cache',
    status: 'likely',
    first: true,
  },
  {
    name: '431 request header too large',
    events: httpOn(1, 431),
    cause: 'cache',
    status: 'likely',
    first: true,
  },
  {
    name: 'cookies over 8 KB',
    probes: withProbes(probe('cookies', { host: HOST, bytes: 9400, count: 61 }, 'fail', 1, HOST)),
    cause: 'cache',
    status: 'possible',
    why: /9,400 bytes \(61 cookies\)/,
  },
  {
    name: 'storage nearly full',
    probes: withProbes(
      probe(
        'storage',
        {
          origin: `https://${HOST}`,
          usage: 95,
          quota: 100,
          ratio: 0.95,
          cacheNames: 1,
          indexedDbs: 1,
          serviceWorkers: 1,
        },
        'fail',
        1,
        `https://${HOST}`,
      ),
    ),
    cause: 'cache',
    status: 'likely',
  },
  {
    name: 'quota exceeded',
    events: [ev('js-error', { message: "QuotaExceededError: Failed to execute 'setItem' on 'Storage'" })],
    cause: 'cache',
    status: 'possible',
  },
];

describe.each(rows)('$cause: $name', (row) => {
  it(`is ${row.status}${row.first ? ' and ranks first' : ''}`, () => {
    const d = diagnose(CAUSES, row.events ?? [], row.probes ?? [], [], NOW);
    const v = d.causes.find((c) => c.id === row.cause);
    expect(v?.status, JSON.stringify(v, null, 1)).toBe(row.status);
    if (row.first) expect(d.causes[0]?.id).toBe(row.cause);
    if (row.why) expect(v && whyText(v)).toMatch(row.why);
    if (row.status === 'likely' || row.status === 'possible') expect(d.healthy).toBe(false);
  });
});
