/**
 * The MAIN-world hook: wraps fetch (fetch.ts) and XMLHttpRequest (xhr.ts), listens for uncaught errors, unhandled
 * rejections and failed resource loads, wraps console.error (errors.ts). Per observation it does O(1) work (a key, a
 * map lookup, a count: tally.ts); every `flushMs` one CustomEvent carries the counted batch to the content script.
 * It never reads a body itself and never changes what the page gets; it swallows its own failures.
 * Dependency-free: it is bundled alone into hook.js.
 */
import { MIN_BUDGET_MS } from '../facts/latency-budgets';
import {
  BRIDGE_BODY_CHARS,
  BRIDGE_HEADERS,
  HOOK_BODY_CHARS,
  HOOK_FLUSH_MS,
  HOOK_HEADER_CHARS,
  HOOK_MAX_KEYS,
  HOOK_RAW_CHARS,
  MESSAGE_CHARS,
  URL_CHARS,
} from '../limits';
import { NS } from '../product';
import type { HookCore, LateFacts, RawRequest, RequestFacts } from './core';
import { watchErrors } from './errors';
import { watchFetch } from './fetch';
import { Tally } from './tally';
import {
  BRIDGE_EVENT,
  type ChannelOffer,
  type ErrorItem,
  type HookItem,
  type RequestItem,
  type ResourceType,
} from './wire';
import { watchXhr } from './xhr';

export { envelopeOf } from './envelope';

export interface HookOptions {
  /** report successful calls only when slower than this, until `connect` says (default: the smallest budget) */
  slowMs?: number;
  flushMs?: number;
  maxKeys?: number;
  /** longest body text (characters) searched for the TikTok envelope; longer texts are data, not errors */
  bodyCap?: number;
}

export interface HookHandle {
  /** Where batches go (a private element), signed with the content script's nonce. Counted until then. */
  connect: (target: EventTarget, offer: ChannelOffer) => void;
}

const STATE = Symbol.for(`${NS}.hook`);

/** Install once per page (a second install does nothing). Observes at once; sends once connected. */
export function installHook(win: Window & typeof globalThis, opts: HookOptions = {}): HookHandle {
  if (Object.hasOwn(win, STATE)) return { connect: () => {} };
  Object.defineProperty(win, STATE, { value: true });
  let target: EventTarget | undefined;
  let nonce = '';

  // Our own references: the page may replace these later. Date.now allocates nothing.
  const now = Date.now;
  const setT = win.setTimeout.bind(win);
  const clearT = win.clearTimeout.bind(win);
  const stringify = JSON.stringify;
  const CE = win.CustomEvent;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const flushMs = opts.flushMs ?? HOOK_FLUSH_MS;
  const H = win.Headers;
  let room = HOOK_RAW_CHARS;

  const tally = new Tally<HookItem>(opts.maxKeys ?? HOOK_MAX_KEYS, (item) => {
    if (item.t === 'r') item.u = '(other requests)';
    if (item.t === 'r' || !item.res) item.msg = '(more distinct messages)';
    else item.src = undefined;
  });
  let timer = 0;
  let fetches: ReturnType<typeof watchFetch> | undefined;

  const flush = (final: boolean) => {
    clearT(timer);
    timer = 0;
    fetches?.sweep(final);
    if (tally.size === 0) return;
    // not connected yet: keep counting (the next observation or `connect` arms the timer again)
    if (!target) return;
    try {
      room = HOOK_RAW_CHARS;
      const detail = stringify({ v: 1, nonce, final, items: tally.drain() });
      dispatch.call(target, new CE(BRIDGE_EVENT, { detail }));
    } catch {
      // never break the page
    }
  };
  // A new kind of call's late facts (core.ts LateFacts): its headers and body copied and capped, within the batch's room.
  const readLate = (late: (() => LateFacts) | undefined): Pick<RequestItem, 'h' | 'b' | 'ct' | 'rid'> => {
    if (!late) return {};
    try {
      const { ct, rid, raw } = late();
      return { ct, rid, ...(raw && readRaw(raw)) };
    } catch {
      return {};
    }
  };
  const readRaw = ({ headers, body }: RawRequest): Pick<RequestItem, 'h' | 'b'> => {
    try {
      if (room <= 0) return {};
      const h = [...new H(headers as HeadersInit)]
        .slice(0, BRIDGE_HEADERS)
        .map(([k, v]): [string, string] => [k, v.slice(0, HOOK_HEADER_CHARS)]);
      // a string, or a form (URLSearchParams); other bodies say "[object Blob]" and teach nothing
      const b = body == null ? undefined : String(body).slice(0, BRIDGE_BODY_CHARS);
      room -= stringify(h).length + (b?.length ?? 0);
      return { h, b };
    } catch {
      return {};
    }
  };
  const norm = (s: string) => s.slice(0, 200).replace(/\d+/g, '0');
  // A page calls the same few paths over and over: a path's normal form and, once connected, its kind's budget
  // (ChannelOffer.budgets) are looked up, not rebuilt (bounded). The budget only for a call over the smallest
  // budget, so the page's fast calls never pay for it.
  const paths = new Map<string, { path: string; norm: string; budget?: number }>();
  const pathOf = (u: string) => {
    const q = u.indexOf('?');
    const path = q < 0 ? u : u.slice(0, q);
    let p = paths.get(path);
    if (p === undefined) {
      if (paths.size >= HOOK_MAX_KEYS) paths.clear();
      p = { path, norm: norm(path) };
      paths.set(path, p);
    }
    return p;
  };
  /** the offer's budget rules, compiled when a call first needs one (never, on a page whose calls are all fast) */
  let rules: [string, number][] = [];
  let budgets: [RegExp, number][] | undefined;
  let otherMs = 0;
  const budgetOf = (u: string) => {
    if (rules.length === 0) return otherMs;
    const p = pathOf(u);
    if (p.budget === undefined) {
      budgets ??= rules.flatMap(([src, ms]): [RegExp, number][] => {
        try {
          return [[new RegExp(src, 'i'), ms]];
        } catch {
          return []; // a pattern that does not compile: that kind falls to otherMs
        }
      });
      let target = p.path;
      try {
        const url = new URL(p.path, win.location.href);
        target = url.host + url.pathname;
      } catch {
        // a URL the browser would refuse: its text
      }
      p.budget = budgets.find(([re]) => re.test(target))?.[1] ?? otherMs;
    }
    return p.budget;
  };

  const core: HookCore = {
    slowMs: opts.slowMs ?? MIN_BUDGET_MS,
    isSlow: (u, ms) => ms > core.slowMs && ms > budgetOf(u),
    bodyCap: opts.bodyCap ?? HOOK_BODY_CHARS,
    schedule() {
      timer ||= setT(flush, flushMs, false);
    },
    // The per-error path: one key, one map lookup; a sample is built only for a key not seen since the last flush
    // (while a key is in the tally, the flush timer is armed or `connect` will arm it).
    noteError(k: ErrorItem['k'], message: string, file?: string, line?: number) {
      const at = now();
      const key = `${k}\n${norm(message)}\n${file}:${line}`;
      if (tally.hit(key, at)) return;
      const src = file ? `${file.slice(0, URL_CHARS)}:${line}` : undefined;
      tally.put(key, { t: 'e', k, msg: message.slice(0, MESSAGE_CHARS), src, n: 1, a: at, z: at }, k);
      core.schedule();
    },
    noteResource(res: ResourceType, url: string) {
      const at = now();
      const key = `${res}\n${url.split('?')[0]}`;
      if (tally.hit(key, at)) return;
      const item: ErrorItem = { t: 'e', k: 'js-error', msg: '', src: url.slice(0, URL_CHARS), res, n: 1, a: at, z: at };
      tally.put(key, item, res);
      core.schedule();
    },
    noteRequest(r: RequestFacts, late?: () => LateFacts) {
      const at = now();
      const key = `${r.m} ${pathOf(r.u).norm}\n${r.s} ${r.c} ${r.ic} ${r.f} ${core.isSlow(r.u, r.d)}`;
      if (!tally.hit(key, at)) tally.put(key, { t: 'r', ...r, ...readLate(late), n: 1, a: at, z: at }, 'r');
      core.schedule();
    },
  };

  fetches = watchFetch(win, core);
  watchXhr(win, core);
  watchErrors(win, core);

  // The page is going away: hand over what is counted now, timers may never run again.
  win.addEventListener('pagehide', () => flush(true));

  return {
    connect: (to, offer) => {
      if (target) return;
      target = to;
      nonce = offer.nonce;
      core.slowMs = offer.slowMs;
      rules = offer.budgets ?? [];
      otherMs = offer.otherMs ?? 0;
      if (tally.size || fetches?.waiting) core.schedule();
    },
  };
}
