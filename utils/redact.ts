/**
 * Redaction, the one module for it: used at the edge (content script, webRequest observer) before anything is
 * stored, and again at export. Keys stay, values go, so that support still sees the shape of a request; request ids
 * and error codes stay. Pure string functions, no DOM, safe in every context.
 *
 * Three ways: by key (query, fragment, header, cookie, JSON and `key=value` values), by shape (JWTs, bearer tokens,
 * token-shaped runs, e-mails) and by value: given a `SecretMemory` (redact/values.ts), every value removed
 * by key is remembered and replaced wherever it appears again in text that passes through the same memory.
 * The rarer shapes (cards, key formats, announced values, and phone numbers, which are personal data but no
 * credential: redact/shapes.ts) run where size does not count, in the background before anything is stored and at
 * export, so that the code in the page stays small.
 */
import type { SecretMemory } from './redact/values';

export const REDACTED = '[REDACTED]';
export const EMAIL_MARK = '[EMAIL]';
export const PHONE_MARK = '[PHONE]';

/** Keys whose values are secrets or personal data, in query strings, JSON bodies, headers and `key=value` text. */
const SECRET_KEY =
  /token|secret|passw|pwd|signature|^sign$|^_?sig$|cookie|session|^sid(?:_|$)|^sessionid|authori[sz]ation|^auth$|auth_?code|^code$|^state$|^nonce$|x_bogus|^_signature$|csrf|xsrf|api_?key|private_?key|credential|^otp$|verify_?code|captcha|^e_?mail$|^phone|^mobile|^tel$/;
/** Keys that contain a secret word but hold no secret (expiry times, token types). */
const HARMLESS_KEY = /expire|_type$|_count$|_len(?:gth)?$|_at$|_ttl$/;

/** Whether a query, JSON or header key carries a secret (case and `-` vs `_` do not matter). */
export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/-/g, '_');
  return SECRET_KEY.test(k) && !HARMLESS_KEY.test(k);
}

/** `code` is a secret as an OAuth authorization code, not as a numeric error code. */
function keepsValue(key: string, value: string): boolean {
  const k = key.toLowerCase();
  return k === 'code' && /^-?\d{1,12}$/.test(value);
}

function redactParams(query: string, mem?: SecretMemory): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      const rawKey = part.slice(0, eq);
      const value = part.slice(eq + 1);
      // a malformed escape: the raw key is judged
      const key = safeDecode(rawKey);
      if (isSecretKey(key) && value !== '' && !keepsValue(key, value)) {
        mem?.learn(value);
        return `${rawKey}=${REDACTED}`;
      }
      return `${rawKey}=${redactText(safeDecode(value), mem) === safeDecode(value) ? value : REDACTED}`;
    })
    .join('&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * A URL with secret query values, fragments that carry tokens (`#access_token=...`), user info and token-shaped
 * path segments replaced. Relative URLs stay relative; text that is not a URL is treated as text.
 */
export function redactUrl(url: string, mem?: SecretMemory): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? undefined : url.slice(hashAt + 1);
  const qAt = beforeHash.indexOf('?');
  let path = qAt < 0 ? beforeHash : beforeHash.slice(0, qAt);
  const query = qAt < 0 ? undefined : beforeHash.slice(qAt + 1);
  // user:password@host
  path = path.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, `$1${REDACTED}@`);
  let out = redactPath(path);
  if (query !== undefined) out += `?${redactParams(query, mem)}`;
  if (hash !== undefined) out += `#${hash.includes('=') ? redactParams(hash, mem) : hash}`;
  return mem ? mem.scrub(out) : out;
}

/** Path segments that are token-shaped replaced, e-mail addresses in them marked. */
function redactPath(path: string): string {
  return path
    .split('/')
    .map((seg) => (isTokenShaped(safeDecode(seg)) ? REDACTED : seg.replace(EMAIL_RE, EMAIL_MARK)))
    .join('/');
}

/** Also percent-encoded (`jane%40example.com`), as in URL paths. */
const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_RE = /\bhttps?:\/\/[^\s"'<>`]+/gi;
const JWT_RE = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}/g;
const BEARER_RE = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/** A quoted `Cookie:` / `Set-Cookie:` header or `cookie = "..."`: `name=value` pairs joined by `;`, every value a secret. */
const COOKIE_RE = /\b(cookie["']?\s*[:=]\s*["']?)([^\s"';=]+=[^\s"';]*(?:;\s*[^\s"';=]+(?:=[^\s"';]*)?)*)/gi;
/** `access_token=...`, `"password": "..."`, `sign: ...` inside free text; the key is kept. */
const KV_RE =
  /(["']?)\b([A-Za-z_-]{0,40}(?:token|secret|passw(?:or)?d|signature|sign|cookie|session_?id|sessionid|api_?key|authorization|auth_code|mstoken|x-bogus)[A-Za-z_-]{0,40})\1(\s*[:=]\s*)(["']?)([^\s"'&,;}\]]+)/gi;
const TOKEN_RE = /[A-Za-z0-9+/]{32,}={0,2}|[A-Za-z0-9_-]{32,}/g;
/** TikTok request / log ids: 14-digit time stamp + upper-case hex (34 chars in the envelope). Kept. */
const REQUEST_ID = /^\d{14}[0-9A-F]{10,30}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string looks like a credential: long, and either mixed upper/lower/digits, hex, or base64 with
 * `+`/`/`. Words in snake_case, request ids, UUIDs and paths are not.
 */
export function isTokenShaped(s: string): boolean {
  if (s.length < 32 || REQUEST_ID.test(s) || UUID.test(s) || /^\d+$/.test(s)) return false;
  if (!/^[A-Za-z0-9_+/=-]+$/.test(s) || isPathLike(s)) return false;
  const digits = /\d/.test(s);
  const upper = /[A-Z]/.test(s);
  const lower = /[a-z]/.test(s);
  if (/^[0-9a-f]+$/i.test(s)) return digits && /[a-f]/i.test(s);
  return digits && upper && lower ? true : /[+/]/.test(s) && digits && (upper || lower);
}

/**
 * A path, not base64: no `+` or `=` padding, and at least half of its `/` segments lower-case words or numbers
 * (`api`, `v1`, `products`, `100000`). In random base64, segments are long and mix cases.
 */
function isPathLike(s: string): boolean {
  if (!s.includes('/') || /[+=]/.test(s)) return false;
  const segs = s.split('/').filter(Boolean);
  return segs.filter((seg) => /^[a-z0-9_-]+$/.test(seg)).length * 2 >= segs.length;
}

/**
 * Free text (error messages, toast text): URLs through `redactUrl`, JWTs (whole), bearer tokens, cookie values,
 * secret `key=value` pairs, e-mail addresses and token-shaped strings (not paths) replaced. Phone numbers are
 * marked by redact/shapes.ts, in the background before anything is stored and at export.
 */
export function redactText(text: string, mem?: SecretMemory): string {
  if (text === '') return text;
  const learn = (v: string) => mem?.learn(v);
  const out = text
    .replace(URL_RE, (u) => redactUrl(u, mem))
    .replace(JWT_RE, REDACTED)
    .replace(BEARER_RE, (m, scheme: string) => {
      learn(m.slice(scheme.length + 1).trim());
      return `${scheme} ${REDACTED}`;
    })
    .replace(
      COOKIE_RE,
      (_m, head: string, pairs: string) =>
        head +
        pairs.replace(/=[^;]*/g, (v) => {
          learn(v.slice(1));
          return `=${REDACTED}`;
        }),
    )
    .replace(KV_RE, (m, q: string, key: string, sep: string, q2: string, value: string) => {
      // already done: a mark, a cookie pair (the value class stops before `]`), or a bearer scheme
      if (/^\[|=\[REDACTED$|^(?:Bearer|Basic)$/i.test(value)) return m;
      learn(value);
      return `${q}${key}${q}${sep}${q2}${REDACTED}`;
    })
    .replace(EMAIL_RE, EMAIL_MARK)
    // a run with `/` may be a path (`/api/v1/products/1729384756129384/list`): then only its token segments go
    .replace(TOKEN_RE, (t) => (isTokenShaped(t) ? REDACTED : t.includes('/') ? redactPath(t) : t));
  return mem ? mem.scrub(out) : out;
}

export type HeaderList = Record<string, string> | [string, string][];

const SECRET_HEADER = /^(?:cookie|set-cookie|authorization|proxy-authorization|x-tts-access-token|x-api-key)$/i;

/** Headers with secret values replaced (cookies, authorization, `x-tts-access-token`, anything token-like). */
export function redactHeaders<T extends HeaderList>(headers: T, mem?: SecretMemory): T {
  const redactOne = (name: string, value: string) => {
    if (!SECRET_HEADER.test(name) && !isSecretKey(name)) return redactText(value, mem);
    if (mem) {
      // the whole value, its scheme-less token, and each cookie value
      mem.learn(value);
      redactText(`${name}: ${value}`, mem);
    }
    return REDACTED;
  };
  if (Array.isArray(headers)) return headers.map(([n, v]) => [n, redactOne(n, v)]) as T;
  const out: Record<string, string> = {};
  for (const [n, v] of Object.entries(headers)) out[n] = redactOne(n, v);
  return out as T;
}

/**
 * A JSON value with secret keys' values replaced (whole subtrees under a secret key), every string through
 * `redactText`; numbers, booleans and null stay (error codes, counts). Depth-capped against hostile input.
 */
export function redactJson(value: unknown, depth = 0, mem?: SecretMemory): unknown {
  if (depth > 32) return REDACTED;
  if (typeof value === 'string') return redactText(value, mem);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, depth + 1, mem));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const keep = (typeof v === 'number' || typeof v === 'string') && keepsValue(k, String(v));
      if (isSecretKey(k) && !keep && v !== null && v !== '') {
        if (typeof v === 'string') mem?.learn(v);
        out[k] = REDACTED;
      } else out[k] = redactJson(v, depth + 1, mem);
    }
    return out;
  }
  return value;
}

/** A JSON text redacted; text that does not parse is redacted as free text. */
export function redactJsonText(text: string, mem?: SecretMemory): string {
  try {
    return JSON.stringify(redactJson(JSON.parse(text), 0, mem));
  } catch {
    return redactText(text, mem);
  }
}
