/**
 * Check a pasted Partner API request (a URL or a curl command) against what TikTok expects: host, path shape
 * and version, signing parameters, the timestamp window and where the access token goes (TIKTOK_FACTS.md).
 * Pure: `now` and the measured clock skew come in as options. Secrets are masked in everything it returns.
 */
import { API_HOST, AUTH_HOST, isSellerHost, WRONG_API_HOSTS } from '../facts/hosts';
import { CLOCK_WINDOW } from '../probes/clock';
import { isCurl, parseCurl } from './curl';
import { mask, readPaste, SECRET_NAMES } from './paste';

export type FindingLevel = 'pass' | 'info' | 'warn' | 'fail';

export interface Finding {
  /** stable id: tests and the page key on it */
  id: string;
  level: FindingLevel;
  title: string;
  detail?: string;
}

export interface RequestCheck {
  /** set when the input could not be read as a request at all */
  error?: string;
  input?: 'url' | 'curl';
  method?: string;
  /** the URL with secret values masked */
  displayUrl?: string;
  host?: string;
  path?: string;
  apiVersion?: string;
  findings: Finding[];
}

export interface CheckOptions {
  /** epoch ms; defaults to Date.now() */
  now?: number;
  /** this computer's clock minus TikTok's, in seconds, when the clock check has run */
  skewSeconds?: number;
}

/** Legacy `/api/...` shutdown (Partner changelog): phased from 2025-07-01, fully 2025-12-31. */
export const LEGACY_SUNSET = { phasedFrom: '2025-07-01', fullyOff: '2025-12-31' } as const;
/** The first version of the current API shape. */
export const FIRST_VERSION = 202309;

const TOKEN_PATHS: Record<string, { grant: string; secretParam: string }> = {
  '/api/v2/token/get': { grant: 'authorized_code', secretParam: 'auth_code' },
  '/api/v2/token/refresh': { grant: 'refresh_token', secretParam: 'refresh_token' },
};

const SIGN_RECIPE =
  'sign = lowercase hex HMAC-SHA256 keyed with the app secret, over: app_secret + path + the query parameters ' +
  'sorted by name as name+value (without sign and access_token) + the body (unless multipart) + app_secret. ' +
  'The doctor cannot verify it: that needs the app secret, which it never asks for.';

export function checkRequest(raw: string, options: CheckOptions = {}): RequestCheck {
  const paste = readPaste(raw);
  if (!paste.ok) return { error: paste.message, findings: [] };
  const text = paste.text;
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);

  let urlText: string | undefined;
  let method = 'GET';
  let headers: [string, string][] = [];
  let body: string | undefined;
  let multipart = false;
  const curl = isCurl(text);
  if (curl) {
    const c = parseCurl(text);
    urlText = c.url;
    method = c.method;
    headers = c.headers;
    body = c.data;
    multipart = c.multipart;
    if (!urlText) return { error: 'This curl command has no URL. Paste the whole command.', findings: [] };
  } else {
    // "POST https://..." from a log line; otherwise the first URL-looking word.
    const m = /^(?:(GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?(\S+)/i.exec(text);
    if (m?.[1]) method = m[1].toUpperCase();
    urlText = m?.[2];
    if (m && text.slice(m[0].length).trim() !== '') {
      add({
        id: 'input',
        level: 'info',
        title: 'Only the first line was read as the request URL.',
        detail: 'Paste a single URL, or a whole curl command (it starts with "curl").',
      });
    }
  }

  let url: URL;
  const candidate = urlText ?? '';
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) ? candidate : `https://${candidate}`;
    url = new URL(withScheme);
    if (!url.hostname.includes('.')) throw new Error('no host');
    if (withScheme !== candidate) {
      add({ id: 'scheme', level: 'info', title: 'No scheme given; read as https://.' });
    }
  } catch {
    return {
      error:
        'This is neither a URL nor a curl command. Paste a request URL such as ' +
        `https://${API_HOST}/order/202309/orders/search?app_key=...&timestamp=...&sign=...&shop_cipher=..., ` +
        'or a curl command.',
      findings: [],
    };
  }

  const host = url.hostname.toLowerCase();
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const headerMap = new Map(headers.map(([k, v]) => [k.toLowerCase(), v]));
  const query = new Map<string, string[]>();
  for (const [k, v] of url.searchParams) {
    const vs = query.get(k);
    if (vs) vs.push(v);
    else query.set(k, [v]);
  }
  const q = (k: string) => query.get(k)?.[0];

  // ---- scheme and host ----
  if (url.protocol !== 'https:') {
    add({
      id: 'scheme',
      level: 'fail',
      title: `Uses ${url.protocol.replace(':', '')}, not https.`,
      detail: 'The Partner API answers over HTTPS only.',
    });
  }
  const tokenPath = TOKEN_PATHS[path];
  const isApiHost = host === API_HOST;
  const isAuthHost = host === AUTH_HOST;
  const wrong = WRONG_API_HOSTS[host];
  if (wrong) {
    add({ id: 'host', level: 'fail', title: `Wrong host ${host}: ${wrong}.` });
  } else if (isSellerHost(host)) {
    add({
      id: 'host',
      level: 'fail',
      title: `${host} is a Seller Center web host, not the API.`,
      detail: `API calls go to ${API_HOST}; token calls to ${AUTH_HOST}.`,
    });
  } else if (isApiHost) {
    add(
      tokenPath
        ? { id: 'host', level: 'fail', title: `Token calls go to ${AUTH_HOST}, not ${API_HOST}.` }
        : {
            id: 'host',
            level: 'pass',
            title: `Host ${host} is the Partner API gateway (every market, the US included).`,
          },
    );
  } else if (isAuthHost) {
    add(
      tokenPath
        ? { id: 'host', level: 'pass', title: `Host ${host} is the token host.` }
        : {
            id: 'host',
            level: 'fail',
            title: `${AUTH_HOST} serves only token get and refresh; API calls go to ${API_HOST}.`,
          },
    );
  } else if (host.startsWith('xn--') || host.includes('.xn--')) {
    add({
      id: 'host',
      level: 'fail',
      title: `Host ${host} contains non-Latin characters (look-alike letters).`,
      detail: `Type the host again by hand: ${API_HOST}.`,
    });
  } else if (/(^|\.)(tiktok|tiktokglobalshop|tiktokshop|tiktok-shops|tokopedia)\.com$/.test(host)) {
    add({
      id: 'host',
      level: 'fail',
      title: `${host} is not a Partner API host.`,
      detail: `Use ${API_HOST} (tokens: ${AUTH_HOST}).`,
    });
  } else {
    add({
      id: 'host',
      level: 'warn',
      title: `${host} is not a TikTok host.`,
      detail: `If it is your own proxy or gateway, check that it forwards to https://${API_HOST} unchanged (the path is part of the signature).`,
    });
  }
  if (url.port && url.port !== '443') {
    add({ id: 'port', level: 'warn', title: `Port ${url.port}: the Partner API listens on 443 only.` });
  }

  let apiVersion: string | undefined;
  if (tokenPath) {
    checkTokenCall(tokenPath, method, q, add);
  } else {
    apiVersion = checkApiPath(path, options.now ?? Date.now(), add);
    const shape = /^\/([a-z_]+)\/(\d{6})\/(.+)$/.exec(path);
    checkSigning(q, add);
    if (shape) checkShopCipher(shape[1] as string, shape[3] as string, q, add);
    checkToken({ query: q, headerMap, curl, add });
    if (q('app_secret') !== undefined) {
      add({
        id: 'app-secret',
        level: 'fail',
        title: 'app_secret is in the query.',
        detail:
          'Never send the app secret with API calls: it only keys the signature. Rotate it in Partner Center, since it has travelled in a URL (and into logs).',
      });
    }
    if (q('shop_id') !== undefined && shape) {
      add({
        id: 'shop-id',
        level: 'info',
        title: 'shop_id is a legacy parameter; current versions identify the shop by shop_cipher.',
      });
    }
  }

  checkTimestamp(q('timestamp'), options, add);

  for (const [k, vs] of query) {
    if (vs.length > 1)
      add({
        id: 'duplicate-param',
        level: 'warn',
        title: `Query parameter ${k} appears ${vs.length} times.`,
        detail: 'Send each parameter once; duplicates break the signature.',
      });
  }

  if (curl) checkBody(method, headerMap, body, multipart, add);

  return {
    input: curl ? 'curl' : 'url',
    method,
    displayUrl: maskUrl(url),
    host,
    path,
    apiVersion,
    findings,
  };
}

function checkApiPath(path: string, now: number, add: (f: Finding) => void): string | undefined {
  if (path === '/api' || path.startsWith('/api/')) {
    const off = now >= Date.parse(`${LEGACY_SUNSET.fullyOff}T00:00:00Z`);
    add({
      id: 'path',
      level: 'fail',
      title: `Legacy path ${path}: the /api/... API is ${off ? 'shut down' : 'being shut down'}.`,
      detail: `TikTok phased out the legacy API from ${LEGACY_SUNSET.phasedFrom}, fully by ${LEGACY_SUNSET.fullyOff}. Move to the current shape /{category}/{version}/{resource}, for example /order/202309/orders/search, with the token in the x-tts-access-token header and shop_cipher in the query.`,
    });
    return undefined;
  }
  const shape = /^\/([a-z_]+)\/(\d{6})\/(.+)$/.exec(path);
  if (!shape) {
    const looseVersion = /\/(v\d+|\d{6})(\/|$)/i.exec(path)?.[1];
    add({
      id: 'path',
      level: 'fail',
      title: `Path ${path} does not have the Partner API shape /{category}/{version}/{resource}.`,
      detail: `${looseVersion?.toLowerCase().startsWith('v') ? `"${looseVersion}" is not a TikTok version; versions are year and month, like 202309. ` : ''}Copy the path from the Partner Center documentation, for example /order/202309/orders/search or /product/202309/products/search.`,
    });
    return undefined;
  }
  const version = shape[2] as string;
  add({ id: 'path', level: 'pass', title: `Path shape is current: category "${shape[1]}", version ${version}.` });
  const v = Number(version);
  const month = v % 100;
  const d = new Date(now);
  const current = d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
  if (month < 1 || month > 12) {
    add({
      id: 'version',
      level: 'fail',
      title: `Version ${version} is not a year and month.`,
      detail: 'Versions look like 202309 (September 2023).',
    });
  } else if (v < FIRST_VERSION) {
    add({
      id: 'version',
      level: 'fail',
      title: `Version ${version} is older than ${FIRST_VERSION}, the first version of the current API.`,
      detail:
        'Use the version the endpoint documents (202309 or later); TikTok answers 36009014 for versions it does not serve.',
    });
  } else if (v > current) {
    add({
      id: 'version',
      level: 'fail',
      title: `Version ${version} is in the future.`,
      detail: 'Use the version the endpoint documents.',
    });
  } else {
    add({
      id: 'version',
      level: 'pass',
      title: `Version ${version} has the right form.`,
      detail:
        'Each endpoint exists in specific versions; if TikTok answers 36009009 or 36009014, check this endpoint\u2019s version in the docs.',
    });
  }
  return version;
}

function checkSigning(q: (k: string) => string | undefined, add: (f: Finding) => void): void {
  for (const name of ['app_key', 'timestamp'] as const) {
    const v = q(name);
    add(
      v
        ? { id: `param-${name}`, level: 'pass', title: `${name} is present.` }
        : {
            id: `param-${name}`,
            level: 'fail',
            title: `${name} is missing from the query.`,
            detail: 'Every signed call needs app_key, timestamp and sign in the query.',
          },
    );
  }
  const sign = q('sign');
  if (!sign) {
    add({ id: 'param-sign', level: 'fail', title: 'sign is missing from the query.', detail: SIGN_RECIPE });
  } else if (/^[0-9a-f]{64}$/.test(sign)) {
    add({
      id: 'param-sign',
      level: 'pass',
      title: 'sign has the form of a lowercase HMAC-SHA256 hex digest.',
      detail: SIGN_RECIPE,
    });
  } else if (/^[0-9A-Fa-f]{64}$/.test(sign)) {
    add({
      id: 'param-sign',
      level: 'fail',
      title: 'sign has upper-case letters; TikTok compares it as lowercase hex.',
      detail: SIGN_RECIPE,
    });
  } else {
    add({
      id: 'param-sign',
      level: 'fail',
      title: `sign is not 64 hex characters (${sign.length} characters).`,
      detail: `Expected a lowercase hex HMAC-SHA256 (not SHA-256 or MD5 alone, not base64). ${SIGN_RECIPE}`,
    });
  }
}

/** Calls that identify no shop: authorization, seller, global products, uploads (TIKTOK_FACTS.md). */
export function needsShopCipher(category: string, resource: string): boolean {
  if (category === 'authorization' || category === 'seller') return false;
  if (category === 'product' && (/^global_products\b/.test(resource) || /(^|\/)(images|files)\/upload$/.test(resource)))
    return false;
  return true;
}

function checkShopCipher(
  category: string,
  resource: string,
  q: (k: string) => string | undefined,
  add: (f: Finding) => void,
): void {
  const has = q('shop_cipher');
  if (needsShopCipher(category, resource)) {
    add(
      has
        ? { id: 'shop_cipher', level: 'pass', title: 'shop_cipher is present.' }
        : {
            id: 'shop_cipher',
            level: 'fail',
            title: 'shop_cipher is missing from the query.',
            detail:
              'Shop calls need shop_cipher (TikTok answers 106013 without it). Get it from GET /authorization/202309/shops, once per shop, and keep it with the shop.',
          },
    );
  } else if (has) {
    add({
      id: 'shop_cipher',
      level: 'info',
      title: `shop_cipher is not needed on /${category}/... calls of this kind (harmless, but it is signed).`,
    });
  }
}

function checkToken(args: {
  query: (k: string) => string | undefined;
  headerMap: Map<string, string>;
  curl: boolean;
  add: (f: Finding) => void;
}): void {
  const { query, headerMap, curl, add } = args;
  if (query('access_token') !== undefined) {
    add({
      id: 'token-in-query',
      level: 'fail',
      title: 'The access token is in the query string.',
      detail:
        'Since version 202309 it goes in the x-tts-access-token header and is not signed. Tokens in URLs also end up in proxy and server logs.',
    });
  }
  const header = headerMap.get('x-tts-access-token');
  if (header) {
    add({ id: 'token-header', level: 'pass', title: `x-tts-access-token header is set (${mask(header)}).` });
  } else if (curl) {
    add({
      id: 'token-header',
      level: 'fail',
      title: 'No x-tts-access-token header.',
      detail: 'Send the access token in the x-tts-access-token header.',
    });
  } else {
    add({
      id: 'token-header',
      level: 'info',
      title: 'A URL does not show headers: make sure the call sends the access token in x-tts-access-token.',
    });
  }
  if (headerMap.has('authorization')) {
    add({
      id: 'auth-bearer',
      level: 'warn',
      title: 'An Authorization header is set; TikTok reads the token only from x-tts-access-token.',
    });
  }
}

function checkTokenCall(
  spec: { grant: string; secretParam: string },
  method: string,
  q: (k: string) => string | undefined,
  add: (f: Finding) => void,
): void {
  add({ id: 'path', level: 'pass', title: 'Token endpoint (get or refresh).' });
  for (const name of ['app_key', 'app_secret', spec.secretParam, 'grant_type']) {
    if (!q(name)) add({ id: `param-${name}`, level: 'fail', title: `${name} is missing from the query.` });
  }
  const grant = q('grant_type');
  if (grant && grant !== spec.grant) {
    add({ id: 'grant-type', level: 'fail', title: `grant_type is "${grant}"; this endpoint wants "${spec.grant}".` });
  }
  if (method !== 'GET') add({ id: 'method', level: 'warn', title: `Token calls are GET, not ${method}.` });
  add({
    id: 'app-secret',
    level: 'info',
    title: 'This call carries the app secret: the doctor masks it and stores nothing from this page.',
    detail: 'Keep token calls on your server; never put the app secret in a browser or a shared log.',
  });
}

function checkTimestamp(value: string | undefined, options: CheckOptions, add: (f: Finding) => void): void {
  if (value === undefined) return; // reported with the required parameters
  if (/^\d{13}$/.test(value)) {
    add({
      id: 'timestamp',
      level: 'fail',
      title: 'timestamp has 13 digits: milliseconds. TikTok wants Unix seconds (10 digits).',
    });
    return;
  }
  if (!/^\d{10}$/.test(value)) {
    add({ id: 'timestamp', level: 'fail', title: `timestamp "${value.slice(0, 40)}" is not 10-digit Unix seconds.` });
    return;
  }
  const now = options.now ?? Date.now();
  const tiktokNow = Math.floor((now - (options.skewSeconds ?? 0) * 1000) / 1000);
  const delta = Number(value) - tiktokNow;
  const when = new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z');
  const against =
    options.skewSeconds !== undefined ? 'TikTok\u2019s clock (from the clock check)' : 'this computer\u2019s clock';
  if (delta > CLOCK_WINDOW.aheadSeconds) {
    add({
      id: 'timestamp',
      level: 'fail',
      title: `timestamp ${when} is ${formatDuration(delta)} ahead of ${against}; TikTok allows 30 s.`,
      detail:
        'The sending server\u2019s clock runs ahead: sync it with NTP. TikTok answers 36009004 "Invalid timestamp".',
    });
  } else if (-delta > CLOCK_WINDOW.behindSeconds) {
    add({
      id: 'timestamp',
      level: 'fail',
      title: `timestamp ${when} is ${formatDuration(-delta)} behind ${against}; TikTok allows 5 minutes.`,
      detail:
        'If this request was sent just now, the sending server\u2019s clock is behind or it reuses an old timestamp: sync the clock with NTP and compute the timestamp (and the sign) for every call. If you copied it from an old log, this is expected.',
    });
  } else {
    add({
      id: 'timestamp',
      level: 'pass',
      title: `timestamp ${when} is within TikTok\u2019s window (${delta >= 0 ? `${delta} s ahead` : `${-delta} s behind`}).`,
    });
  }
}

function checkBody(
  method: string,
  headerMap: Map<string, string>,
  body: string | undefined,
  multipart: boolean,
  add: (f: Finding) => void,
): void {
  const type = headerMap.get('content-type')?.toLowerCase();
  if (multipart) {
    if (type && !type.startsWith('multipart/form-data'))
      add({
        id: 'content-type',
        level: 'warn',
        title: `Content-Type ${type} with a form upload; uploads are multipart/form-data.`,
      });
    return;
  }
  if (body === undefined) return;
  if (method === 'GET' || method === 'HEAD') {
    add({
      id: 'method',
      level: 'warn',
      title: `A body with ${method}: TikTok ignores it. Search and create calls are POST.`,
    });
  }
  if (!type) {
    add({
      id: 'content-type',
      level: 'warn',
      title: 'No Content-Type header: curl then sends application/x-www-form-urlencoded.',
      detail: 'Add -H "Content-Type: application/json"; TikTok answers 36009022 or 36009023 otherwise.',
    });
  } else if (!type.startsWith('application/json')) {
    add({ id: 'content-type', level: 'warn', title: `Content-Type is ${type}; TikTok wants application/json.` });
  }
  if (body.trim() !== '') {
    try {
      JSON.parse(body);
    } catch {
      if (!body.startsWith('@')) add({ id: 'body', level: 'warn', title: 'The body is not valid JSON.' });
    }
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  if (s < 120) return `${s} s`;
  if (s < 7_200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3_600)} h`;
  return `${Math.round(s / 86_400)} days`;
}

function maskUrl(url: URL): string {
  const query = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      if (eq < 0 || !SECRET_NAMES.has(safeDecode(key).toLowerCase())) return part;
      return `${key}=${mask(safeDecode(part.slice(eq + 1)))}`;
    });
  return `${url.origin}${url.pathname}${query.length ? `?${query.join('&')}` : ''}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
