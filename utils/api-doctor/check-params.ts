/**
 * Parameter rules of the request checker: signing parameters, where the access token goes, token calls on the
 * auth host, the timestamp window and the body's content type (TIKTOK_FACTS.md, "Signing and clock").
 */
import { CLOCK_WINDOW } from '../background/probes/clock';
import type { AddFinding, CheckOptions } from './finding';
import { mask } from './paste';

const SIGN_RECIPE =
  'sign = lowercase hex HMAC-SHA256 keyed with the app secret, over: app_secret + path + the query parameters ' +
  'sorted by name as name+value (without sign and access_token) + the body (unless multipart) + app_secret. ' +
  'The doctor cannot verify it: that needs the app secret, which it never asks for.';

export function checkSigning(q: (k: string) => string | undefined, add: AddFinding): void {
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

export function checkToken(args: {
  query: (k: string) => string | undefined;
  headerMap: Map<string, string>;
  curl: boolean;
  add: AddFinding;
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

export function checkTokenCall(
  spec: { grant: string; secretParam: string },
  method: string,
  q: (k: string) => string | undefined,
  add: AddFinding,
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

export function checkTimestamp(value: string | undefined, options: CheckOptions, add: AddFinding): void {
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

export function checkBody(
  method: string,
  headerMap: Map<string, string>,
  body: string | undefined,
  multipart: boolean,
  add: AddFinding,
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
