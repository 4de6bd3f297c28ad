/**
 * Check a pasted Partner API request (a URL or a curl command) against what TikTok expects: host, path shape
 * and version, signing parameters, the timestamp window and where the access token goes (TIKTOK_FACTS.md).
 * Pure: `now` and the measured clock skew come in as options. Secrets are masked in everything it returns.
 */
import { API_HOST, AUTH_HOST, isSellerHost, WRONG_API_HOSTS } from '../facts/hosts';
import { checkBody, checkSigning, checkTimestamp, checkToken, checkTokenCall } from './check-params';
import { checkApiPath, checkShopCipher } from './check-path';
import { isCurl, parseCurl } from './curl';
import type { CheckOptions, Finding } from './finding';
import { mask, readPaste, SECRET_NAMES } from './paste';

export { formatDuration } from './check-params';
export { FIRST_VERSION, LEGACY_SUNSET, needsShopCipher } from './check-path';
export type { CheckOptions, Finding, FindingLevel } from './finding';

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

const TOKEN_PATHS: Record<string, { grant: string; secretParam: string }> = {
  '/api/v2/token/get': { grant: 'authorized_code', secretParam: 'auth_code' },
  '/api/v2/token/refresh': { grant: 'refresh_token', secretParam: 'refresh_token' },
};

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
