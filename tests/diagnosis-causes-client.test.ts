import { api, ev, HOST, healthyRun, httpOn, probe, withProbes } from './diagnosis-fixtures';
import { checkRows, type Row, toastRow } from './helpers/cause-rows';

const rows: Row[] = [
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
  // Seller Center states the problem itself: direct evidence
  toastRow('update-your-browser message', 'Please update your browser to continue', 'app-version', 'likely'),
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

checkRows(rows);
