/**
 * The page -> content script wire: one namespaced CustomEvent on a private element (see handshake.ts), its
 * `detail` a JSON string (safe across worlds and cheap to size-check) holding the per-load nonce and a batch of
 * already-counted items. The hook writes these shapes; the content script trusts none of it and checks every
 * field (utils/content/page-bridge.ts). Types and one event name only: the hook stays dependency-free.
 */
import { pageEvent } from '../product';
import type { Counted } from './tally';

export const BRIDGE_EVENT = pageEvent('hook');

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
  /** per-item codes of a batch response (`data.errors[]`, `fail_packages[]`), distinct, at most 16 */
  ic?: number[];
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

/** What the content script hands the hook in the handshake. */
export interface ChannelOffer {
  /** signs every batch; the content script drops a batch without it */
  nonce: string;
  /** report successful calls only when slower than this (the smallest latency budget) */
  slowMs: number;
  /**
   * Each kind of call's budget, so that the hook does not report a call its kind allows (a product call of 700 ms):
   * [pattern over host + path (case-insensitive), ms], first match wins; anything else gets `otherMs`.
   */
  budgets?: [string, number][];
  otherMs?: number;
}
