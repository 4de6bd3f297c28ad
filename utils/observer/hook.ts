/**
 * The MAIN-world hook: wraps fetch and XMLHttpRequest, listens for uncaught errors, unhandled rejections and failed
 * resource loads, wraps console.error. Per observation it does O(1) work (a key, a map lookup, a count); every
 * `flushMs` one CustomEvent carries the counted batch to the content script. It never reads a body itself: a
 * fetch response's TikTok envelope is read from what the page reads (`json()`, `text()`), an XHR's from its
 * already decoded response. It never changes what the page gets and swallows its own failures. Dependency-free:
 * it is bundled alone into hook.js.
 */
import {
  BRIDGE_EVENT,
  type ErrorItem,
  type HookItem,
  MAX_MESSAGE,
  MAX_URL_CHARS,
  type RequestItem,
  type ResourceType,
} from '../page-bridge';
import { Tally } from './tally';

export interface HookOptions {
  /** report successful calls only when slower than this (the smallest latency budget), until `connect` says */
  slowMs?: number;
  flushMs?: number;
  maxKeys?: number;
  /** longest body text (characters) searched for the TikTok envelope; longer texts are data, not errors */
  bodyCap?: number;
}

export interface HookHandle {
  /** Where batches go (a private element), signed with the content script's nonce. Counted until then. */
  connect: (target: EventTarget, nonce: string, slowMs: number) => void;
}

interface HookState {
  target?: EventTarget;
  nonce: string;
  slowMs: number;
}

type Envelope = { c: number; msg?: string; rid?: string } | undefined;
type RequestFacts = Omit<RequestItem, 't' | 'n' | 'a' | 'z'>;
/** A fetch call, known by its Response until the page reads the body; p: failed or slow (reported anyway). */
type Call = RequestFacts & { p?: boolean; w?: boolean; done?: boolean };

const STATE = Symbol.for('tsd.hook');
const TEXTUAL = /json|text\/plain/i;
const CODE_ZERO = /^\s*\{\s*"code"\s*:\s*0\s*[,}]/;
const MAX_PENDING = 256;
/** characters of request headers and bodies one batch may carry (the bridge refuses batches over 512 KB) */
const RAW_ROOM = 128 * 1024;

/** The envelope fields of a parsed body, when its code says failure. */
function fromObject(o: unknown): Envelope {
  try {
    const e = o as { code?: unknown; message?: unknown; request_id?: unknown } | null;
    if (!e || typeof e !== 'object' || typeof e.code !== 'number' || e.code === 0) return undefined;
    const { message, request_id } = e;
    return {
      c: e.code,
      msg: typeof message === 'string' ? message.slice(0, MAX_MESSAGE) : undefined,
      rid: typeof request_id === 'string' ? request_id.slice(0, 128) : undefined,
    };
  } catch {
    return undefined;
  }
}

/**
 * The envelope from a JSON text. A text cut short at the cap is no error envelope (those are small; a long body
 * is data), and `"code":0` first is success: both cost no parse.
 */
export function envelopeOf(text: string, complete: boolean): Envelope {
  if (!complete || CODE_ZERO.test(text) || !text.includes('"code"')) return undefined;
  try {
    return fromObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** What a thrown value says, reading no more than two properties of it. */
function textOf(v: unknown): string {
  try {
    const o = v as { name?: unknown; message?: unknown } | null;
    if (o && typeof o === 'object') {
      return typeof o.message === 'string'
        ? `${typeof o.name === 'string' ? o.name : 'Error'}: ${o.message}`
        : '[object]';
    }
    return String(v);
  } catch {
    return '(unreadable)';
  }
}

/** Install once per page (a second install does nothing). Observes at once; sends once connected. */
export function installHook(win: Window & typeof globalThis, opts: HookOptions = {}): HookHandle {
  if (Object.hasOwn(win, STATE)) return { connect: () => {} };
  const state: HookState = { nonce: '', slowMs: opts.slowMs ?? 500 };
  Object.defineProperty(win, STATE, { value: true });

  const bodyCap = opts.bodyCap ?? 64 * 1024;
  // Our own references: the page may replace these later. Date.now allocates nothing.
  const now = Date.now;
  const perf = win.performance;
  const setT = win.setTimeout.bind(win);
  const clearT = win.clearTimeout.bind(win);
  const stringify = JSON.stringify;
  const CE = win.CustomEvent;
  const ErrorEv = win.ErrorEvent;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const H = win.Headers;
  let room = RAW_ROOM;
  /**
   * A reported call's request headers and body, raw: the content script learns the secrets in them (a token sent
   * in a header and repeated by an error message) and keeps none of it. Read only for reported calls.
   */
  const raw = (hs: unknown, body: unknown): Pick<RequestItem, 'h' | 'b'> => {
    try {
      if (room <= 0) return {};
      const h = [...new H(hs as HeadersInit)].slice(0, 32).map(([k, v]): [string, string] => [k, v.slice(0, 4000)]);
      // a string, or a form (URLSearchParams); other bodies say "[object Blob]" and teach nothing
      const b = body == null ? undefined : String(body).slice(0, 8000);
      room -= stringify(h).length + (b?.length ?? 0);
      return { h, b };
    } catch {
      return {};
    }
  };

  const tally = new Tally<HookItem>(opts.maxKeys ?? 256, (item) => {
    if (item.t === 'r') item.u = '(other requests)';
    if (item.t === 'r' || !item.res) item.msg = '(more distinct messages)';
    else item.src = undefined;
  });
  let timer = 0;
  /** failed or slow fetch calls waiting (one to two flushes) for the page to read their body */
  let pending: Call[] = [];

  const flush = (final: boolean) => {
    clearT(timer);
    timer = 0;
    if (pending.length) {
      const waiting = pending;
      pending = [];
      for (const r of waiting) {
        if (r.done) continue;
        if (final || r.w) finish(r, undefined);
        else {
          r.w = true;
          pending.push(r);
        }
      }
      if (pending.length) schedule();
    }
    if (tally.size === 0) return;
    // not connected yet: keep counting (the next observation or `connect` arms the timer again)
    if (!state.target) return;
    try {
      room = RAW_ROOM;
      const detail = stringify({ v: 1, nonce: state.nonce, final, items: tally.drain() });
      dispatch.call(state.target, new CE(BRIDGE_EVENT, { detail }));
    } catch {
      // never break the page
    }
  };
  function schedule() {
    timer ||= setT(flush, opts.flushMs ?? 500, false);
  }
  const norm = (s: string) => s.slice(0, 200).replace(/\d+/g, '0');

  // The per-error path: one key, one map lookup; a sample is built only for a key not seen since the last flush
  // (while a key is in the tally, the flush timer is armed or `connect` will arm it).
  const noteError = (k: ErrorItem['k'], message: string, file?: string, line?: number) => {
    const at = now();
    const key = `${k}\n${norm(message)}\n${file}:${line}`;
    if (tally.hit(key, at)) return;
    const src = file ? `${file.slice(0, MAX_URL_CHARS)}:${line}` : undefined;
    tally.put(key, { t: 'e', k, msg: message.slice(0, MAX_MESSAGE), src, n: 1, a: at, z: at }, k);
    schedule();
  };
  const noteResource = (res: ResourceType, url: string) => {
    const at = now();
    const key = `${res}\n${url.split('?')[0]}`;
    if (tally.hit(key, at)) return;
    const item: ErrorItem = {
      t: 'e',
      k: 'js-error',
      msg: '',
      src: url.slice(0, MAX_URL_CHARS),
      res,
      n: 1,
      a: at,
      z: at,
    };
    tally.put(key, item, res);
    schedule();
  };
  const noteRequest = (r: RequestFacts) => {
    const at = now();
    const key = `${r.m} ${norm(r.u.split('?')[0] ?? '')}\n${r.s} ${r.c} ${r.f} ${r.d > state.slowMs}`;
    if (!tally.hit(key, at)) tally.put(key, { t: 'r', ...r, n: 1, a: at, z: at }, 'r');
    schedule();
  };

  /** Report a fetch call once: with its envelope when the page read one, else as failed or slow. */
  function finish(r: Call, env: Envelope, res?: Response) {
    if (r.done) return;
    r.done = true;
    let { ct, rid } = r;
    if (res && !r.p) {
      const h = res.headers;
      ct ??= h.get('content-type') ?? '';
      rid = h.get('x-tt-logid') ?? undefined;
    }
    noteRequest({
      m: r.m,
      u: r.u,
      s: r.s,
      d: r.d,
      f: r.f,
      c: env?.c,
      msg: env?.msg ?? r.msg,
      rid: env?.rid ?? rid,
      ct,
      h: r.h,
      b: r.b,
    });
  }
  /** What the page read from a tracked response: an error envelope, or the end of a failed call's wait. */
  const seen = (res: Response, r: Call, env: Envelope) => {
    try {
      if (env || r.p) finish(r, env, res);
    } catch {
      // never break the page
    }
  };

  // Fetch bodies: no clone and no read of our own. The page's json() / text() of a response the wrapper saw give
  // the envelope from what the page reads anyway; arrayBuffer / blob / body streams are skipped. The page gets the
  // same value or the same rejection, one microtask later; an untracked response gets the original promise itself.
  const tracked = new WeakMap<Response, Call>();
  const RP = win.Response?.prototype;
  if (RP) {
    const { json, text, clone } = RP;
    const pass = <T>(p: Promise<T>, look: (v: T) => void): Promise<T> =>
      p.then((v) => {
        look(v);
        return v;
      });
    RP.json = function (this: Response) {
      const p: Promise<unknown> = json.call(this);
      const r = tracked.get(this);
      return r && !r.done ? pass(p, (v) => seen(this, r, fromObject(v))) : p;
    };
    RP.text = function (this: Response) {
      const p: Promise<string> = text.call(this);
      const r = tracked.get(this);
      if (!r || r.done) return p;
      try {
        r.ct ??= this.headers.get('content-type') ?? '';
        if (!TEXTUAL.test(r.ct)) return p;
      } catch {
        return p;
      }
      return pass(p, (t) => seen(this, r, t.length <= bodyCap ? envelopeOf(t, true) : undefined));
    };
    RP.clone = function (this: Response) {
      const c: Response = clone.call(this);
      const r = tracked.get(this);
      if (r) tracked.set(c, r);
      return c;
    };
  }

  const origFetch = win.fetch;
  if (origFetch) {
    win.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const t0 = perf.now();
      let m = 'GET';
      let u = '';
      let hs: unknown;
      let body: unknown;
      try {
        const req = input as Request;
        u = typeof input === 'string' ? input : input instanceof URL ? input.href : req.url;
        m = (init?.method ?? req.method ?? m).toUpperCase().slice(0, 16);
        hs = init?.headers ?? req.headers;
        body = init?.body;
        u = u.slice(0, MAX_URL_CHARS);
      } catch {
        // exotic input: still make the call
      }
      // biome-ignore lint/complexity/noArguments: pass through exactly what the page gave
      const p: Promise<Response> = origFetch.apply(this, arguments as unknown as [RequestInfo | URL]);
      return p.then(
        (res) => {
          try {
            const type = res.type;
            if (type !== 'opaque' && type !== 'opaqueredirect') {
              const r: Call = { m, u, s: res.status, d: perf.now() - t0 };
              if (r.s >= 400 || r.d > state.slowMs) {
                Object.assign(r, raw(hs, body));
                // reported at the latest one to two flushes from now, with the envelope if the page reads it
                const h = res.headers;
                r.ct = h.get('content-type') ?? '';
                r.rid = h.get('x-tt-logid') ?? undefined;
                r.p = true;
                if (pending.length < MAX_PENDING) pending.push(r);
                else finish(r, undefined);
                schedule();
              }
              tracked.set(res, r);
            }
          } catch {
            // never break the page
          }
          return res;
        },
        (err: unknown) => {
          if ((err as { name?: unknown } | null)?.name !== 'AbortError') {
            noteRequest({
              m,
              u,
              s: 0,
              d: perf.now() - t0,
              f: 'error',
              msg: textOf(err).slice(0, 200),
              ...raw(hs, body),
            });
          }
          throw err;
        },
      );
    } as typeof fetch;
  }

  const XHR = win.XMLHttpRequest;
  if (XHR) {
    const proto = XHR.prototype;
    const { open, send, setRequestHeader } = proto;
    const meta = new WeakMap<
      XMLHttpRequest,
      { m: string; u: string; t0: number; x?: string; h: [string, string][]; b?: unknown }
    >();
    function onEvent(this: XMLHttpRequest, e: Event) {
      const r = meta.get(this);
      if (!r) return;
      if (e.type !== 'loadend') {
        r.x = e.type;
        return;
      }
      try {
        const s = this.status;
        const d = perf.now() - r.t0;
        if (r.x === 'abort') return;
        if (s === 0)
          return noteRequest({ m: r.m, u: r.u, s, d, f: r.x === 'timeout' ? 'timeout' : 'error', ...raw(r.h, r.b) });
        const ct = this.getResponseHeader('content-type') ?? '';
        const rt = this.responseType;
        // already decoded by loadend: no read of our own, only a look at a text within the cap
        let env: Envelope;
        if ((rt === '' || rt === 'text') && TEXTUAL.test(ct)) {
          const text: string = this.responseText;
          if (text.length <= bodyCap) env = envelopeOf(text, true);
        } else if (rt === 'json') env = fromObject(this.response);
        if (s < 400 && d <= state.slowMs && !env) return;
        const rid = env?.rid ?? this.getResponseHeader('x-tt-logid') ?? undefined;
        noteRequest({ m: r.m, u: r.u, s, d, ct, c: env?.c, msg: env?.msg, rid, ...raw(r.h, r.b) });
      } catch {
        // never break the page
      }
    }
    proto.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      try {
        meta.set(this, {
          m: String(method).toUpperCase().slice(0, 16),
          u: String(url).slice(0, MAX_URL_CHARS),
          t0: 0,
          h: [],
        });
      } catch {
        // still open
      }
      // biome-ignore lint/complexity/noArguments: pass through exactly what the page gave
      return open.apply(this, arguments as unknown as Parameters<typeof open>);
    } as typeof open;
    proto.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
      const r = meta.get(this);
      if (r && r.h.length < 32) r.h.push([name, value]);
      // biome-ignore lint/complexity/noArguments: pass through exactly what the page gave
      return setRequestHeader.apply(this, arguments as unknown as [string, string]);
    };
    proto.send = function (this: XMLHttpRequest, body?: unknown) {
      const r = meta.get(this);
      if (r) {
        r.b = body;
        // the same listener twice is a no-op, so a reused XHR is fine
        for (const type of ['loadend', 'abort', 'timeout']) this.addEventListener(type, onEvent);
        r.t0 = perf.now();
        r.x = undefined;
      }
      // biome-ignore lint/complexity/noArguments: pass through exactly what the page gave
      return send.apply(this, arguments as unknown as Parameters<typeof send>);
    };
  }

  // Uncaught errors, and failed <script> / <link> / <img> loads (plain Events that do not bubble: seen here, in
  // the capture phase). The only window 'error' listener of the extension: the content script has none.
  win.addEventListener(
    'error',
    (e: Event) => {
      try {
        if (e instanceof ErrorEv) {
          noteError('js-error', e.message || textOf(e.error), e.filename || undefined, e.lineno);
          return;
        }
        const t = e.target as HTMLScriptElement & HTMLLinkElement;
        const tag = t?.tagName;
        const res: ResourceType | undefined =
          tag === 'SCRIPT' ? 'script' : tag === 'LINK' ? 'stylesheet' : tag === 'IMG' ? 'image' : undefined;
        if (!res) return;
        const url = t.src || t.href || '';
        if (url && !/^(?:chrome|moz)-extension:/.test(url)) noteResource(res, url);
      } catch {
        // never break the page
      }
    },
    true,
  );
  win.addEventListener('unhandledrejection', (e) => noteError('unhandled-rejection', textOf(e.reason)));

  const con = win.console;
  const origError = con.error;
  con.error = function (this: unknown, ...args: unknown[]) {
    try {
      noteError(
        'console-error',
        args
          .slice(0, 4)
          .map((a) => textOf(a).slice(0, MAX_MESSAGE))
          .join(' '),
      );
    } catch {
      // never break the page
    }
    return origError.apply(this, args);
  };

  // The page is going away: hand over what is counted now, timers may never run again.
  win.addEventListener('pagehide', () => flush(true));

  return {
    connect: (target, nonce, slowMs) => {
      if (state.target) return;
      state.target = target;
      state.nonce = nonce;
      state.slowMs = slowMs;
      if (tally.size || pending.length) schedule();
    },
  };
}
