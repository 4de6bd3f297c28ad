/**
 * One paste may hold several responses: a whole HAR or one HAR entry, `curl -i` / `curl -v` output (with a
 * `100 Continue` before the real answer), several JSON bodies or log lines pasted at once. This splits it into
 * responses, each with what parseResponse reads and the parsed body for the per-item errors.
 */
import { findHttpStatus, isObj, type Parsed, parseResponse, tryJson } from './parse-response';

export interface PastedResponse {
  parsed: Parsed;
  /** the JSON body, when there is one */
  body?: unknown;
  /** where it came from in the paste: "HAR entry 2 (POST /product/202309/products)" */
  label?: string;
}

const MAX_RESPONSES = 50;

export function splitPaste(text: string): PastedResponse[] {
  const whole = tryJson(text);
  if (whole.ok) {
    const har = harEntries(whole.value);
    if (har) return har;
  }
  const curlV = /^< HTTP\//m.test(text) ? text.replace(/^[<>*] ?/gm, '') : text;
  const http = httpMessages(curlV);
  if (http.length > 0) return http;
  if (!whole.ok) {
    const many = jsonSegments(text);
    if (many.length > 1) return many;
    const lines = text.split(/\r?\n/).filter((l) => /\S/.test(l));
    if (lines.length > 1) {
      const read = lines.map((l) => parseResponse(l.trim())).filter((p): p is Parsed => p?.code !== undefined);
      if (read.length > 1 && read.length === lines.length) {
        return read.map((parsed, i) => ({ parsed, label: `line ${i + 1}` }));
      }
    }
  }
  const parsed = parseResponse(text);
  if (!parsed) return [];
  return [{ parsed, body: bodyOf(text) }];
}

/** The JSON object in a text: the whole text, else from its first { to its last }. */
function bodyOf(text: string): unknown {
  const whole = tryJson(text);
  if (whole.ok) return whole.value;
  const s = text.indexOf('{');
  const e = text.lastIndexOf('}');
  if (s < 0 || e <= s) return undefined;
  const inner = tryJson(text.slice(s, e + 1));
  return inner.ok ? inner.value : undefined;
}

function harEntries(value: unknown): PastedResponse[] | undefined {
  const log = isObj(value) && isObj(value.log) ? value.log : undefined;
  const single = isObj(value) && isObj(value.response) && ('content' in value.response || 'status' in value.response);
  const entries = Array.isArray(log?.entries) ? log.entries : single ? [value] : undefined;
  if (!entries) return undefined;
  const out: PastedResponse[] = [];
  entries.slice(0, MAX_RESPONSES * 4).forEach((entry: unknown, i: number) => {
    if (!isObj(entry) || !isObj(entry.response) || out.length >= MAX_RESPONSES) return;
    const res = entry.response;
    const req = isObj(entry.request) ? entry.request : {};
    const content = isObj(res.content) ? res.content : {};
    let bodyText = typeof content.text === 'string' ? content.text : '';
    if (content.encoding === 'base64') {
      try {
        bodyText = new TextDecoder().decode(Uint8Array.from(atob(bodyText), (c) => c.charCodeAt(0)));
      } catch {
        bodyText = '';
      }
    }
    const status = typeof res.status === 'number' && res.status > 0 ? res.status : undefined;
    const body = tryJson(bodyText);
    const parsed = (body.ok ? parseResponse(bodyText) : undefined) ?? { notes: [] };
    parsed.httpStatus ??= status;
    parsed.requestId ??= headerOf(res.headers, 'x-tt-logid');
    // a HAR of a whole session holds successes too: list only entries with something to say
    const failed = (parsed.code !== undefined && parsed.code !== 0) || (status ?? 0) >= 400;
    const hasItems = body.ok && /"(?:errors|fail_[a-z_]+)"\s*:\s*\[\s*\{/.test(bodyText);
    if (entries.length > 1 && !failed && !hasItems) return;
    if (parsed.code === undefined && parsed.httpStatus === undefined) return;
    const url = typeof req.url === 'string' ? pathOf(req.url) : '';
    const method = typeof req.method === 'string' ? req.method : '';
    out.push({ parsed, body: body.ok ? body.value : undefined, label: `HAR entry ${i + 1} (${method} ${url})` });
  });
  return out;
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!Array.isArray(headers)) return undefined;
  const h = headers.find((x) => isObj(x) && typeof x.name === 'string' && x.name.toLowerCase() === name);
  return isObj(h) && typeof h.value === 'string' && h.value !== '' ? h.value.slice(0, 128) : undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0]?.slice(0, 200) ?? '';
  }
}

/** Raw HTTP responses (curl -i): each status line starts one; 1xx interim answers are skipped. */
function httpMessages(text: string): PastedResponse[] {
  const starts = [...text.matchAll(/^HTTP\/[\d.]+\s+([1-5]\d{2})\b.*$/gm)];
  const out: PastedResponse[] = [];
  starts.forEach((m, i) => {
    if (out.length >= MAX_RESPONSES || m[1]?.startsWith('1')) return;
    const chunk = text.slice(m.index, starts[i + 1]?.index ?? text.length);
    const parsed = parseResponse(chunk) ?? { httpStatus: findHttpStatus(chunk), notes: [] };
    const rid = /^x-tt-logid:\s*(\S{1,128})/im.exec(chunk)?.[1];
    if (rid) parsed.requestId ??= rid;
    out.push({
      parsed,
      body: bodyOf(chunk.slice(chunk.search(/\r?\n\r?\n/) + 1)),
      label: starts.length > 1 ? `response ${out.length + 1}` : undefined,
    });
  });
  return out;
}

/** Several JSON objects pasted one after another (log lines, a chat thread): each balanced {...} that parses. */
function jsonSegments(text: string): PastedResponse[] {
  const out: PastedResponse[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let last = 0;
  for (let i = 0; i < text.length && out.length < MAX_RESPONSES; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = depth > 0;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && depth > 0 && --depth === 0) {
      const seg = tryJson(text.slice(start, i + 1));
      const parsed = seg.ok ? parseResponse(text.slice(start, i + 1)) : undefined;
      if (seg.ok && parsed) {
        parsed.httpStatus ??= findHttpStatus(text.slice(last, start));
        out.push({ parsed, body: seg.value, label: `response ${out.length + 1}` });
      }
      last = i + 1;
    }
  }
  return out;
}
