/**
 * The content script's check of what the page sends over the bridge (utils/hook/wire.ts). The page can see and
 * forge anything in its world, so every batch is checked here for size, nonce and rate, and every item field by
 * field; strings are capped and the rest dropped. Hand-written on purpose, and the one place that does it: a
 * schema library would cost the page's bundle more than the budget left (docs/architecture.md, page-code budget).
 */

import type { ErrorItemKind, HookItem, ResourceType } from '../hook/wire';
import {
  BRIDGE_BODY_CHARS,
  BRIDGE_DETAIL_CHARS,
  BRIDGE_HEADERS,
  BRIDGE_ITEMS,
  BRIDGE_MAX_COUNT,
  ITEM_CODES,
  MESSAGE_CHARS,
  METHOD_CHARS,
  REQUEST_ID_CHARS,
  SHORT_TEXT_CHARS,
  URL_CHARS,
} from '../limits';

const ERROR_KINDS: unknown[] = ['js-error', 'unhandled-rejection', 'console-error'];
const RESOURCE_TYPES: unknown[] = ['script', 'stylesheet', 'image', 'other'];
const METHOD = new RegExp(`^[A-Za-z]{1,${METHOD_CHARS}}$`);
const REQUEST_ID = new RegExp(`^[\\w.:-]{1,${REQUEST_ID_CHARS}}$`);

/** A string capped to `max`, or undefined (empty strings too). */
const str = (v: unknown, max: number) => (typeof v === 'string' && v ? v.slice(0, max) : undefined);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Per-item codes from the page: distinct non-zero integers, at most ITEM_CODES. */
function itemCodeList(v: unknown): number[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.filter((c): c is number => int(c, -(2 ** 31), 2 ** 31) && c !== 0).slice(0, ITEM_CODES);
  return out.length ? [...new Set(out)] : undefined;
}

const int = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

const isPair = (p: unknown): p is [string, string] =>
  Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string';

/** One item, rebuilt field by field from what the page sent: unknown fields never pass, strings are capped. */
export function cleanItem(v: unknown): HookItem | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const { n, a, z } = o;
  if (!int(n, 1, BRIDGE_MAX_COUNT) || !num(a) || !num(z) || a > z) return undefined;
  if (o.t === 'e') {
    const msg = typeof o.msg === 'string' ? o.msg.slice(0, MESSAGE_CHARS) : undefined;
    if (!ERROR_KINDS.includes(o.k) || msg === undefined) return undefined;
    const res = RESOURCE_TYPES.includes(o.res) ? (o.res as ResourceType) : undefined;
    return { t: 'e', k: o.k as ErrorItemKind, msg, src: str(o.src, URL_CHARS), res, n, a, z };
  }
  const u = str(o.u, URL_CHARS);
  const m = o.m;
  if (o.t !== 'r' || !u || typeof m !== 'string' || !METHOD.test(m) || !int(o.s, 0, 999)) return undefined;
  if (!num(o.d) || o.d < 0) return undefined;
  return {
    t: 'r',
    m: m.toUpperCase(),
    u,
    s: o.s,
    d: Math.min(o.d, 86_400_000),
    f: o.f === 'error' || o.f === 'timeout' ? o.f : undefined,
    c: int(o.c, -(2 ** 31), 2 ** 31) && o.c !== 0 ? o.c : undefined,
    ic: itemCodeList(o.ic),
    msg: str(o.msg, MESSAGE_CHARS),
    rid: typeof o.rid === 'string' && REQUEST_ID.test(o.rid) ? o.rid : undefined,
    ct: str(o.ct, SHORT_TEXT_CHARS),
    h: Array.isArray(o.h) ? o.h.slice(0, BRIDGE_HEADERS).filter(isPair) : undefined,
    b: str(o.b, BRIDGE_BODY_CHARS),
    n,
    a,
    z,
  };
}

/**
 * A batch from the page, or undefined when it is not ours: not a string, too big, not JSON, wrong version or
 * wrong nonce. Items that fail their check are dropped one by one; at most BRIDGE_ITEMS are read.
 */
export function readHookBatch(detail: unknown, nonce: string): { items: HookItem[]; final: boolean } | undefined {
  if (typeof detail !== 'string' || detail.length > BRIDGE_DETAIL_CHARS || !nonce) return undefined;
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
  for (const raw of batch.items.slice(0, BRIDGE_ITEMS)) {
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
