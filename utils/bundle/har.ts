/**
 * network.har: HAR 1.2 of the failed and slow requests observed (PLATFORM_NOTES.md, HAR 1.2).
 * Only the total duration is known, so it is all `wait`; the phases nobody measured are -1, and `time` is the sum
 * of the known ones. Failures below HTTP are status 0 with `response._error` (the raw net::ERR_* string), as
 * Chrome writes them. Headers and bodies are not recorded at the edge, so their lists are empty and sizes -1.
 */
import type { RequestRecord } from '../model';
import type { Scrubber } from './scrub';

export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: HarNameValue[];
    queryString: HarNameValue[];
    cookies: HarNameValue[];
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarNameValue[];
    cookies: HarNameValue[];
    content: { size: number; mimeType: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { blocked: number; dns: number; connect: number; ssl: number; send: number; wait: number; receive: number };
  _requestId?: string;
  _tiktokCode?: number;
  _tiktokMessage?: string;
  _pageHost: string;
  _source: string;
  _failure: 'network' | 'http' | 'api' | 'slow';
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    browser?: { name: string; version: string };
    pages: never[];
    entries: HarEntry[];
    comment?: string;
  };
}

export interface HarOptions {
  creator: { name: string; version: string };
  browser?: { name: string; version: string };
  scrub: Scrubber;
}

/** Entries oldest first, as HAR viewers expect a waterfall. */
export function buildHar(requests: readonly RequestRecord[], opts: HarOptions): Har {
  const entries = requests
    .slice()
    .sort((a, b) => a.at - b.at)
    .map((r) => harEntry(r, opts.scrub));
  return {
    log: {
      version: '1.2',
      creator: opts.creator,
      ...(opts.browser ? { browser: opts.browser } : {}),
      pages: [],
      entries,
      comment: 'Failed and slow Seller Center requests observed by Shop Doctor; secrets redacted.',
    },
  };
}

export function failureOf(r: RequestRecord): HarEntry['_failure'] {
  if (r.status === 0 || r.netError) return 'network';
  if (r.status >= 400) return 'http';
  if (r.code !== undefined && r.code !== 0) return 'api';
  return 'slow';
}

function harEntry(r: RequestRecord, scrub: Scrubber): HarEntry {
  const url = scrub.url(r.url);
  const wait = nonNegative(r.durationMs);
  const status = Number.isInteger(r.status) && r.status >= 0 && r.status < 1000 ? r.status : 0;
  const method = /^[A-Z]{1,16}$/.test(r.method) ? r.method : 'GET';
  const entry: HarEntry = {
    startedDateTime: new Date(r.at).toISOString(),
    time: wait,
    request: {
      method,
      url,
      httpVersion: '',
      headers: [],
      queryString: queryOf(url),
      cookies: [],
      headersSize: -1,
      bodySize: method === 'GET' || method === 'HEAD' ? 0 : -1,
    },
    response: {
      status,
      statusText: status === 0 ? '' : (STATUS_TEXT[status] ?? ''),
      httpVersion: '',
      headers: [],
      cookies: [],
      content: { size: 0, mimeType: r.mimeType ? scrub.text(r.mimeType) : 'x-unknown' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait, receive: 0 },
    _pageHost: scrub.text(r.pageHost),
    _source: r.source,
    _failure: failureOf(r),
  };
  if (status === 0) entry.response._error = scrub.text(r.netError ?? 'net::ERR_FAILED');
  else if (r.netError) entry.response._error = scrub.text(r.netError);
  if (r.requestId) entry._requestId = scrub.text(r.requestId);
  if (r.code !== undefined && Number.isFinite(r.code)) entry._tiktokCode = r.code;
  if (r.message) entry._tiktokMessage = scrub.text(r.message);
  return entry;
}

function nonNegative(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms * 1000) / 1000 : 0;
}

/** Query pairs of an (already redacted) URL; an unparsable URL has none. */
function queryOf(url: string): HarNameValue[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const hash = url.indexOf('#', q);
  const search = url.slice(q + 1, hash < 0 ? undefined : hash);
  const out: HarNameValue[] = [];
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    out.push({ name: decode(eq < 0 ? pair : pair.slice(0, eq)), value: eq < 0 ? '' : decode(pair.slice(eq + 1)) });
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
