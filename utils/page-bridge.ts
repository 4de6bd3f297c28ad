/**
 * The bridge between the MAIN-world hook and the content script: one namespaced CustomEvent on a private element
 * (see observer/handshake.ts), its `detail` a JSON string (safe across worlds and cheap to size-check) holding the per-load
 * nonce and a batch of already-counted items. The page can see and forge anything in its world, so the content
 * script checks size, nonce, rate and every field here, caps strings and drops the rest.
 */
import type { Counted } from './observer/tally';

export const BRIDGE_EVENT = 'tsd:hook/1';

export const MAX_DETAIL_CHARS = 512 * 1024;
export const MAX_ITEMS = 600;
export const MAX_MESSAGE = 1_000;
export const MAX_URL_CHARS = 2_048;
const MAX_COUNT = 10_000_000;

export type ErrorItemKind = 'js-error' | 'unhandled-rejection' | 'console-error';
export type ResourceType = 'script' | 'stylesheet' | 'image' | 'other';

/** Page errors, counted: uncaught errors, unhandled rejections, console.error, failed resource loads. */
export interface ErrorItem extends Counted {
  t: 'e';
  k: ErrorItemKind;
  msg: string;
  /** script URL (+ :line) of an error, or the URL of a resource that failed to load */
  src?: string;
  res?: ResourceType;
}

/** A fetch / XHR that failed, answered an error envelope, or was slower than the smallest budget. */
export interface RequestItem extends Counted {
  t: 'r';
  m: string;
  /** as the page wrote it (may be relative) */
  u: string;
  /** HTTP status, 0 when no response */
  s: number;
  /** ms to response headers (fetch) or to loadend (XHR) */
  d: number;
  /** failed below HTTP */
  f?: 'error' | 'timeout';
  /** TikTok envelope code when != 0 */
  c?: number;
  msg?: string;
  rid?: string;
  ct?: string;
  /** request headers and body as the page sent them: read for secrets to remember (utils/redact/learn.ts), never kept */
  h?: [string, string][];
  b?: string;
}

export type HookItem = ErrorItem | RequestItem;

export interface HookBatch {
  v: 1;
  nonce: string;
  /** the page is going away: the content script flushes at once */
  final?: boolean;
  items: HookItem[];
}

const ERROR_KINDS: unknown[] = ['js-error', 'unhandled-rejection', 'console-error'];
const RESOURCE_TYPES: unknown[] = ['script', 'stylesheet', 'image', 'other'];

/** A string capped to `max`, or undefined (empty strings too). */
const str = (v: unknown, max: number) => (typeof v === 'string' && v ? v.slice(0, max) : undefined);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

const isPair = (p: unknown): p is [string, string] =>
  Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string';

/** One item, rebuilt field by field from what the page sent: unknown fields never pass, strings are capped. */
export function cleanItem(v: unknown): HookItem | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const { n, a, z } = o;
  if (!int(n, 1, MAX_COUNT) || !num(a) || !num(z) || a > z) return undefined;
  if (o.t === 'e') {
    const msg = typeof o.msg === 'string' ? o.msg.slice(0, MAX_MESSAGE) : undefined;
    if (!ERROR_KINDS.includes(o.k) || msg === undefined) return undefined;
    const res = RESOURCE_TYPES.includes(o.res) ? (o.res as ResourceType) : undefined;
    return { t: 'e', k: o.k as ErrorItemKind, msg, src: str(o.src, MAX_URL_CHARS), res, n, a, z };
  }
  const u = str(o.u, MAX_URL_CHARS);
  const m = o.m;
  if (o.t !== 'r' || !u || typeof m !== 'string' || !/^[A-Za-z]{1,16}$/.test(m) || !int(o.s, 0, 999)) return undefined;
  if (!num(o.d) || o.d < 0) return undefined;
  return {
    t: 'r',
    m: m.toUpperCase(),
    u,
    s: o.s,
    d: Math.min(o.d, 86_400_000),
    f: o.f === 'error' || o.f === 'timeout' ? o.f : undefined,
    c: int(o.c, -(2 ** 31), 2 ** 31) && o.c !== 0 ? o.c : undefined,
    msg: str(o.msg, MAX_MESSAGE),
    rid: typeof o.rid === 'string' && /^[\w.:-]{1,128}$/.test(o.rid) ? o.rid : undefined,
    ct: str(o.ct, 128),
    h: Array.isArray(o.h) ? o.h.slice(0, 32).filter(isPair) : undefined,
    b: str(o.b, 8_192),
    n,
    a,
    z,
  };
}

/**
 * A batch from the page, or undefined when it is not ours: not a string, too big, not JSON, wrong version or
 * wrong nonce. Items that fail their check are dropped one by one; at most MAX_ITEMS are read.
 */
export function readHookBatch(detail: unknown, nonce: string): { items: HookItem[]; final: boolean } | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL_CHARS || !nonce) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const batch = parsed as Record<string, unknown>;
  if (batch.v !== 1 || batch.nonce !== nonce || !Array.isArray(batch.items)) return undefined;
  const items: HookItem[] = [];
  for (const raw of batch.items.slice(0, MAX_ITEMS)) {
    const item = cleanItem(raw);
    if (item) items.push(item);
  }
  return { items, final: batch.final === true };
}

/** Token bucket: at most `perSecond` on average, `burst` at once. What it refuses is dropped, not queued. */
export function rateGate(perSecond: number, burst: number, now: number): (at: number) => boolean {
  let tokens = burst;
  let last = now;
  return (at) => {
    tokens = Math.min(burst, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
