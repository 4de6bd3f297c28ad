/**
 * The local TikTok Shop simulator: one HTTPS server on 127.0.0.1 that answers by Host header (Chromium maps
 * every name to it with --host-resolver-rules). Faults are rules matched per request; see server.d.mts for
 * the rule fields. Plain Node, no dependencies. HTTP/1.1 by default; `http2: true` serves the same handler over
 * HTTP/2 (negotiated by ALPN, HTTP/1.1 clients still served), as real Seller Center is.
 */
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { join } from 'node:path';
import { envelope, partnerApi, sellerApi } from './api.mjs';
import { BENCH_PAGE, benchPage, ISOLATION_HEADERS, isBenchPath } from './bench-page.mjs';
import { bigCookies, sessionCookie } from './cookies.mjs';
import { hostClass } from './hosts.mjs';
import { checkoutPage, chunkScript, maintenancePage, regionPage, sellerPage, sellerPageOf } from './pages/html.mjs';
import { asList, effectiveFault, matchText } from './rules.mjs';
import { getScenario } from './scenarios.mjs';

const DIR = import.meta.dirname;
const TLS = { key: readFileSync(join(DIR, 'cert/key.pem')), cert: readFileSync(join(DIR, 'cert/cert.pem')) };
const APP_JS = readFileSync(join(DIR, 'pages/app.js'));
const LOG_CAP = 20_000;

/**
 * @param {import('./server.d.mts').SimOptions} [options]
 * @returns {Promise<import('./server.d.mts').Sim>}
 */
export async function startSim(options = {}) {
  const sellerHosts = options.sellerHosts ? new Set(options.sellerHosts.map((h) => h.toLowerCase())) : undefined;
  const defaultCookieLimit = options.cookieLimit ?? 8192;
  /** @type {Array<import('./server.d.mts').Fault & { used: number }>} */
  let rules = [];
  /** @type {import('./server.d.mts').LoggedRequest[]} */
  const requests = [];
  const timers = new Set();
  let closed = false;
  /** a serial number per connection (HTTP/2: per session), for LoggedRequest.connection */
  const connections = new WeakMap();
  let lastConnection = 0;
  const connectionOf = (req) => {
    const key = req.stream?.session ?? req.socket;
    if (!key) return 0;
    if (!connections.has(key)) connections.set(key, ++lastConnection);
    return connections.get(key);
  };

  const set = (faults) => {
    rules = asList(faults).map((f) => ({ ...f, used: 0 }));
  };
  const add = (faults) => {
    rules.push(...asList(faults).map((f) => ({ ...f, used: 0 })));
  };

  const sleep = (ms) =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req, res) {
    const started = Date.now();
    // HTTP/2 carries the host in :authority (Chromium sends no Host header there).
    const host = String(req.headers[':authority'] ?? req.headers.host ?? '')
      .replace(/:\d+$/, '')
      .toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'unknown'}`);
    const cls = hostClass(host, sellerHosts);
    const dest = String(req.headers['sec-fetch-dest'] ?? 'empty');
    const cookieBytes = Buffer.byteLength(String(req.headers.cookie ?? ''));
    const method = (req.method ?? 'GET').toUpperCase();
    /** @type {import('./server.d.mts').LoggedRequest} */
    const entry = {
      at: started,
      host,
      method,
      path: url.pathname + url.search,
      dest,
      cookieBytes,
      status: 0,
      ms: null,
      httpVersion: req.httpVersion,
      connection: connectionOf(req),
    };
    requests.push(entry);
    if (requests.length > LOG_CAP) requests.splice(0, requests.length - LOG_CAP);
    res.on('finish', () => {
      // HTTP/2 (compat API) also emits 'finish' when the client cancels the stream unanswered: that stays status 0.
      if (!res.headersSent) return;
      entry.status = res.statusCode;
      entry.ms = Date.now() - started;
    });

    const fault = effectiveFault(rules, { host, cls, pathname: url.pathname, method, dest });
    if (fault.hang) {
      entry.hung = true;
      return; // never answered; close() destroys the socket (HTTP/2: the session)
    }
    if (fault.delayMs) {
      await sleep(fault.delayMs);
      if (closed) return;
    }
    const now = Date.now() + (fault.dateOffsetMs ?? 0);
    res.setHeader('Date', new Date(now).toUTCString());
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Timing-Allow-Origin', '*');
    if (isBenchPath(url.pathname)) for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
    if (fault.setCookieBytes) res.setHeader('Set-Cookie', bigCookies(host, fault.setCookieBytes));

    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, ...headers });
      res.end(method === 'HEAD' ? undefined : body);
    };
    const json = (status, body) => send(status, 'application/json; charset=utf-8', JSON.stringify(body));
    const html = (status, body, headers) => send(status, 'text/html; charset=utf-8', body, headers);
    const plain = (status, body = STATUS_CODES[status] ?? String(status)) =>
      send(status, 'text/html; charset=utf-8', `<html><body><h1>${status} ${body}</h1></body></html>`);

    // Real Seller Center serves its scripts from a CDN host that never sees these cookies: /static/ is exempt.
    const cdnLike = url.pathname.startsWith('/static/');
    if (!cdnLike && cookieBytes > (fault.cookieLimit ?? defaultCookieLimit)) return plain(431);
    if (fault.page === 'region' || (cls === 'seller' && url.pathname === '/region-unavailable'))
      return html(fault.page === 'region' ? (fault.status ?? 451) : 200, regionPage());
    if (fault.page === 'maintenance' || (cls === 'seller' && url.pathname === '/maintenance'))
      return html(fault.page === 'maintenance' ? (fault.status ?? 503) : 200, maintenancePage(), {
        'Retry-After': '3600',
      });
    // Before the fault answers, so that a rule answering a whole host (the bench's other site) still serves it.
    if (url.pathname === BENCH_PAGE) return html(200, benchPage());
    if (fault.code !== undefined)
      return json(fault.status ?? 200, envelope(fault.code, fault.message ?? 'error', null, now));
    if (fault.status !== undefined) {
      if (fault.status === 429) return json(429, envelope(36009002, 'Too many requests.', null, now));
      return plain(fault.status);
    }

    const pageOptions = {
      strict: fault.csp === 'strict',
      lang: fault.toastLang ?? url.searchParams.get('lang') ?? 'en',
      toasts: fault.toasts ?? asList(url.searchParams.get('toast') ?? undefined),
      toastTtlMs: fault.toastTtlMs,
    };
    const pageHeaders = pageOptions.strict
      ? { 'Content-Security-Policy': "script-src 'self'; object-src 'none'; base-uri 'self'" }
      : {};

    if (method === 'OPTIONS') return send(204, 'text/plain', '', { 'Access-Control-Allow-Origin': '*' });

    if (cls === 'seller' || cls === 'checkout') {
      if (url.pathname === '/static/js/app.js') return send(200, 'text/javascript; charset=utf-8', APP_JS);
      const chunk = /^\/static\/js\/(chunk-[\w.-]+)\.js$/.exec(url.pathname);
      if (chunk) return send(200, 'text/javascript; charset=utf-8', chunkScript(chunk[1]));
      if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    }

    if (cls === 'seller') {
      // The leak corpus (e2e/leak-corpus.spec.ts): an error envelope saying what the page asks it to (`x-sim-echo`,
      // percent-encoded), the way a server repeats a token it rejects.
      if (url.pathname.startsWith('/api/v1/sim/echo/')) {
        const said = decodeURIComponent(String(req.headers['x-sim-echo'] ?? 'error'));
        return json(401, envelope(105002, said, null, now));
      }
      if (url.pathname.startsWith('/api/')) return json(200, sellerApi(url.pathname, now));
      const heavy =
        url.pathname === '/heavy' || url.searchParams.has('heavy')
          ? {
              nodes: clampInt(url.searchParams.get('nodes'), 5000, 0, 200_000),
              calls: clampInt(url.searchParams.get('calls'), 200, 0, 5000),
            }
          : undefined;
      if (!fault.setCookieBytes) res.appendHeader('Set-Cookie', sessionCookie(host));
      return html(
        200,
        sellerPage({ ...pageOptions, host, page: sellerPageOf(url.pathname), heavy, quiet: Boolean(heavy) }),
        pageHeaders,
      );
    }

    if (cls === 'checkout') {
      const www = host === 'www.tiktok.com';
      const apiPrefix = www ? '/shop/api/' : '/api/';
      if (url.pathname.startsWith(apiPrefix)) return json(200, sellerApi(url.pathname, now));
      if (www && !/^\/shop(\/|$)/.test(url.pathname)) return plain(404);
      return html(200, checkoutPage({ ...pageOptions, apiBase: www ? '/shop/api/v1' : '/api/v1' }), pageHeaders);
    }

    if (cls === 'api') {
      if (url.pathname === '/') return send(200, 'text/plain; charset=utf-8', 'ok');
      const answer = partnerApi(url, now);
      return json(answer.status, answer.body);
    }

    if (cls === 'control') {
      if (url.pathname === '/generate_204') return send(204, 'text/plain', '');
      return plain(404);
    }

    return plain(404, 'Not Found (not served by the TikTok Shop simulator)');
  }

  /** @type {(req: any, res: any) => void} */
  const onRequest = (req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`simulator error: ${err instanceof Error ? err.message : String(err)}`);
    });
  };
  const server = options.http2 ? http2Server(onRequest) : https1Server(onRequest);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  if (options.scenario) set(getScenario(options.scenario).faults);
  if (options.faults) add(options.faults);

  return {
    port,
    requests,
    set,
    add,
    useScenario: (name) => set(getScenario(name).faults),
    reset() {
      rules = [];
      requests.length = 0;
    },
    clearLog() {
      requests.length = 0;
    },
    requestsTo(host, path) {
      return requests.filter(
        (r) => matchText(host, r.host) && (path === undefined || matchText(path, r.path.split('?')[0])),
      );
    },
    url: (host, path = '/') => `https://${host}${path}`,
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const done = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.dropAll();
      await done;
    },
  };
}

/**
 * HTTP/1.1 only (the default). dropAll(): destroy every connection, idle or waiting on a hung request.
 * @param {(req: any, res: any) => void} onRequest
 */
function https1Server(onRequest) {
  const server = https.createServer({ ...TLS, maxHeaderSize: 128 * 1024, keepAliveTimeout: 5_000 }, onRequest);
  // A client that gives up on a hung request resets the socket; that is not an error here.
  server.on('clientError', (_err, socket) => socket.destroy());
  return Object.assign(server, { dropAll: () => server.closeAllConnections() });
}

/**
 * HTTP/2 with the compatibility API (req/res as in node:http), HTTP/1.1 allowed for clients that do not offer h2
 * (Node's own clients, curl --http1.1). dropAll(): destroy every session and connection, as server.close() alone
 * waits for open sessions (a hung stream keeps its session open).
 * @param {(req: any, res: any) => void} onRequest
 */
function http2Server(onRequest) {
  const server = http2.createSecureServer(
    {
      ...TLS,
      allowHTTP1: true,
      // Many concurrent streams: a page's hundreds of parallel calls must not queue on the server's limit.
      settings: { maxConcurrentStreams: 10_000, maxHeaderListSize: 256 * 1024 },
      // Chromium sends each cookie as its own header field ("crumbs"): a big cookie jar is many fields.
      maxHeaderListPairs: 2_000,
      maxSessionMemory: 64,
    },
    onRequest,
  );
  // The HTTP/1.1 fallback parses headers with node:http's parser, which reads this (default 16 KB): without it a
  // 16-32 KB Cookie header would get Node's own bare 431 instead of reaching the handler.
  Object.assign(server, { maxHeaderSize: 128 * 1024 });
  /** @type {Set<import('node:http2').ServerHttp2Session>} */
  const sessions = new Set();
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
    session.on('error', () => undefined); // a client that resets its connection is not an error here
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  server.on('sessionError', () => undefined);
  return Object.assign(server, {
    dropAll() {
      for (const s of sessions) s.destroy();
      for (const s of sockets) s.destroy();
    },
  });
}

function clampInt(raw, fallback, min, max) {
  const n = raw === null ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

// `node e2e/sim/server.mjs [scenario] [port]`: run the simulator alone (curl with --resolve / -k to explore).
if (import.meta.url === `file://${process.argv[1]}`) {
  const http2 = process.env.SIM_HTTP2 === '1';
  const sim = await startSim({ scenario: process.argv[2], port: Number(process.argv[3] ?? 0), http2 });
  console.log(`TikTok Shop simulator on https://127.0.0.1:${sim.port}${http2 ? ' (HTTP/2)' : ''} (Ctrl-C to stop)`);
  process.on('SIGINT', () => sim.close().then(() => process.exit(0)));
}
