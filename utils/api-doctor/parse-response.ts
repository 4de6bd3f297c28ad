/**
 * Read a pasted response into code, HTTP status, message and request id: a JSON envelope (maybe wrapped by a
 * connector), a raw HTTP response, a log line, half JSON cut off mid-paste, or a bare number.
 */

import type { MessageKey } from '../i18n/keys';

const MAX_MESSAGE = 500;

export interface Parsed {
  code?: number;
  httpStatus?: number;
  message?: string;
  requestId?: string;
  /** how the input was read, as message keys (the explanation puts them into words, with `{section}` named) */
  notes: MessageKey[];
}

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function toInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d{1,12}$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

export const cap = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s);

export function parseResponse(text: string): Parsed | undefined {
  const httpStatus = findHttpStatus(text);
  const whole = tryJson(text);
  if (whole.ok) {
    const fromJson = fromValue(whole.value, httpStatus);
    if (fromJson) return fromJson;
  }
  const start = text.indexOf('{');
  if (start >= 0) {
    const end = text.lastIndexOf('}');
    if (end > start && (start > 0 || end < text.length - 1)) {
      const inner = tryJson(text.slice(start, end + 1));
      if (inner.ok) {
        const p = fromValue(inner.value, httpStatus);
        if (p) return p;
      }
    }
    const salvaged = salvage(text, httpStatus);
    if (salvaged) {
      salvaged.notes.unshift('apicheck.note.malformed');
      return salvaged;
    }
  }
  const labelled = salvage(text, httpStatus);
  if (labelled) return labelled;
  // "36009004", "401 Unauthorized", "36009004 Invalid timestamp ...": a number, then maybe its message.
  const bare = /^(-?\d{1,12})(?:[\s:,-]+([\s\S]{1,2000}))?$/.exec(text);
  if (bare) {
    const n = Number(bare[1]);
    const rest = bare[2]?.trim();
    if (n >= 100 && n <= 599) return { httpStatus: n, notes: ['apicheck.note.httpStatus'] };
    return { code: n, message: rest ? cap(rest) : undefined, httpStatus, notes: [] };
  }
  if (httpStatus !== undefined) return { httpStatus, notes: [] };
  return undefined;
}

export function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function fromValue(value: unknown, httpStatus: number | undefined): Parsed | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return value >= 100 && value <= 599 ? { httpStatus: value, notes: [] } : { code: value, httpStatus, notes: [] };
  }
  if (!isObj(value)) return undefined;
  const notes: MessageKey[] = [];
  // Some connectors wrap TikTok's envelope: {"error": {...}} or {"response": {...}}.
  const env = ['code', 'message', 'request_id'].some((k) => k in value)
    ? value
    : (Object.values(value).find((v) => isObj(v) && 'code' in v && 'request_id' in v) as Record<string, unknown>);
  if (!env) {
    if ('access_token' in value || 'access_token_expire_in' in value) {
      return {
        code: 0,
        httpStatus,
        notes: ['apicheck.note.tokenData'],
      };
    }
    return undefined;
  }
  const code = toInt(env.code);
  if (env.code !== undefined && code === undefined) notes.push('apicheck.note.codeNotInteger');
  const message = typeof env.message === 'string' && env.message !== '' ? cap(env.message) : undefined;
  const requestId = typeof env.request_id === 'string' && env.request_id !== '' ? cap(env.request_id) : undefined;
  const data = env.data;
  if (code === 0 && isObj(data) && ('access_token_expire_in' in data || 'refresh_token_expire_in' in data)) {
    notes.push('apicheck.note.tokenResponse');
  }
  if (code === undefined && message === undefined && httpStatus === undefined) return undefined;
  return { code, message, requestId, httpStatus, notes };
}

export function findHttpStatus(text: string): number | undefined {
  const m =
    /\bHTTP(?:\/[\d.]+)?\s+([1-5]\d{2})\b/i.exec(text) ??
    /\b(?:status(?:[ _]?code)?|http[ _]?status)["']?\s*[:=]?\s*([1-5]\d{2})\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Read `code`, `message` and `request_id` out of text that is not valid JSON (cut-off paste, log line). */
function salvage(text: string, httpStatus: number | undefined): Parsed | undefined {
  const code = /["']?\b(?:code|error[_ ]?code)["']?\s*[:=]?\s*["']?(-?\d{1,12})\b/i.exec(text);
  if (!code) return undefined;
  const message = /["']?message["']?\s*[:=]\s*"((?:[^"\\]|\\.)*)/i.exec(text);
  const requestId = /["']?request_id["']?\s*[:=]\s*["']?([A-Za-z0-9]{8,64})/i.exec(text);
  return {
    code: Number(code[1]),
    message: message?.[1] ? cap(unescapeJson(message[1])) : undefined,
    requestId: requestId?.[1],
    httpStatus,
    notes: [],
  };
}

function unescapeJson(s: string): string {
  const r = tryJson(`"${s}"`);
  return r.ok && typeof r.value === 'string' ? r.value : s;
}
