/**
 * Check a pasted Partner API request (a URL or a curl command) against what TikTok expects: host, path shape
 * and version, signing parameters, the timestamp window and where the access token goes (TIKTOK_FACTS.md).
 * Pure: `now` and the measured clock skew come in as options. Secrets are masked in everything it returns.
 */
import { type DxMessage, dx } from '../diagnosis/message';
import { API_HOST, AUTH_HOST, isSellerHost, WRONG_API_HOSTS } from '../facts/hosts';
import type { MessageKey } from '../i18n/keys';
import { checkBody, checkSigning, checkTimestamp, checkToken, checkTokenCall } from './check-params';
import { checkApiPath, checkShopCipher } from './check-path';
import { isCurl, parseCurl } from './curl';
import type { CheckOptions, Finding } from './finding';
import { formatSize, MAX_PASTE_CHARS, mask, readPaste, SECRET_NAMES } from './paste';

export { durationPhrase } from './check-params';
export { FIRST_VERSION, LEGACY_SUNSET, needsShopCipher } from './check-path';
export type { CheckOptions, Finding, FindingLevel } from './finding';
export { findingWords } from './finding';

export interface RequestCheck {
  /** set when the input could not be read as a request at all: why, in words rendered when shown */
  error?: DxMessage;
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
  if (!paste.ok) {
    const error =
      paste.reason === 'empty'
        ? dx('apidoc.paste.empty')
        : dx('apidoc.paste.tooLargeMessage', { size: formatSize(raw.length), max: formatSize(MAX_PASTE_CHARS) });
    return { error, findings: [] };
  }
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
    if (!urlText) return { error: dx('apicheck.error.curlNoUrl'), findings: [] };
  } else {
    // "POST https://..." from a log line; otherwise the first URL-looking word.
    const m = /^(?:(GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?(\S+)/i.exec(text);
    if (m?.[1]) method = m[1].toUpperCase();
    urlText = m?.[2];
    if (m && text.slice(m[0].length).trim() !== '') {
      add({
        id: 'input',
        level: 'info',
        title: dx('apicheck.input.firstLine'),
        detail: dx('apicheck.input.firstLineDetail'),
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
      add({ id: 'scheme', level: 'info', title: dx('apicheck.scheme.assumed') });
    }
  } catch {
    const example = `https://${API_HOST}/order/202309/orders/search?app_key=...&timestamp=...&sign=...&shop_cipher=...`;
    return { error: dx('apicheck.error.notRequest', { example }), findings: [] };
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
      title: dx('apicheck.scheme.notHttps', { scheme: url.protocol.replace(':', '') }),
      detail: dx('apicheck.scheme.httpsOnly'),
    });
  }
  const tokenPath = TOKEN_PATHS[path];
  const isApiHost = host === API_HOST;
  const isAuthHost = host === AUTH_HOST;
  const wrong = WRONG_API_HOSTS[host];
  const hosts = { host, api: API_HOST, auth: AUTH_HOST };
  if (wrong) {
    add({ id: 'host', level: 'fail', title: dx(wrongHostKey(wrong), hosts) });
  } else if (isSellerHost(host)) {
    add({
      id: 'host',
      level: 'fail',
      title: dx('apicheck.host.seller', hosts),
      detail: dx('apicheck.host.apiGoesTo', hosts),
    });
  } else if (isApiHost) {
    add(
      tokenPath
        ? { id: 'host', level: 'fail', title: dx('apicheck.host.tokenOnApi', hosts) }
        : { id: 'host', level: 'pass', title: dx('apicheck.host.gateway', hosts) },
    );
  } else if (isAuthHost) {
    add(
      tokenPath
        ? { id: 'host', level: 'pass', title: dx('apicheck.host.tokenHost', hosts) }
        : { id: 'host', level: 'fail', title: dx('apicheck.host.authOnly', hosts) },
    );
  } else if (host.startsWith('xn--') || host.includes('.xn--')) {
    add({
      id: 'host',
      level: 'fail',
      title: dx('apicheck.host.punycode', hosts),
      detail: dx('apicheck.host.retype', hosts),
    });
  } else if (/(^|\.)(tiktok|tiktokglobalshop|tiktokshop|tiktok-shops|tokopedia)\.com$/.test(host)) {
    add({
      id: 'host',
      level: 'fail',
      title: dx('apicheck.host.notApi', hosts),
      detail: dx('apicheck.host.useApi', hosts),
    });
  } else {
    add({
      id: 'host',
      level: 'warn',
      title: dx('apicheck.host.notTikTok', hosts),
      detail: dx('apicheck.host.proxy', hosts),
    });
  }
  if (url.port && url.port !== '443') {
    add({ id: 'port', level: 'warn', title: dx('apicheck.port', { port: url.port }) });
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
        title: dx('apicheck.appSecret.inQuery'),
        detail: dx('apicheck.appSecret.inQueryDetail'),
      });
    }
    if (q('shop_id') !== undefined && shape) {
      add({ id: 'shop-id', level: 'info', title: dx('apicheck.shopId') });
    }
  }

  checkTimestamp(q('timestamp'), options, add);

  for (const [k, vs] of query) {
    if (vs.length > 1)
      add({
        id: 'duplicate-param',
        level: 'warn',
        title: dx('apicheck.duplicate', { name: k, count: vs.length }),
        detail: dx('apicheck.duplicateDetail'),
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

/** The reason of a known wrong host (facts/hosts.ts WRONG_API_HOSTS, English there) as a message. */
function wrongHostKey(reason: string): MessageKey {
  if (reason.includes('sandbox')) return 'apicheck.host.wrong.sandbox';
  if (reason.includes('token host')) return 'apicheck.host.wrong.notAuth';
  if (reason.includes('US included')) return 'apicheck.host.wrong.notApiUs';
  return 'apicheck.host.wrong.notApi';
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
