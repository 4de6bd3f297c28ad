/**
 * The MAIN-world hook: wraps fetch and XMLHttpRequest, listens for uncaught errors and unhandled rejections,
 * wraps console.error. Per observation it does O(1) work (a key, a map lookup, a count); every `flushMs` one
 * CustomEvent carries the counted batch to the content script. It never reads a body the page needs (fetch
 * bodies are read from a clone, capped, with a timeout), never changes what the page gets, and swallows its
 * own failures. Dependency-free: it is bundled alone into hook.js.
 */
import {
  BRIDGE_EVENT,
  type ErrorItem,
  type HookItem,
  MAX_MESSAGE,
  MAX_URL_CHARS,
  type RequestItem,
} from '../page-bridge';
import { Tally } from './tally';

export interface HookOptions {
  /** report successful calls only when slower than this (the smallest latency budget), until `connect` says */
  slowMs?: number;
  flushMs?: number;
  maxKeys?: number;
  /** body characters read from a clone to find the TikTok envelope */
  bodyCap?: number;
  bodyTimeoutMs?: number;
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

const STATE = Symbol.for('tsd.hook');
const TEXTUAL = /json|text\/plain/i;
const CODE_ZERO = /^\s*\{\s*"code"\s*:\s*0\s*[,}]/;

/** The envelope fields of a parsed body, when its code says failure. */
function fromObject(o: unknown): Envelope {
  const e = o as { code?: unknown; message?: unknown; request_id?: unknown } | null;
  if (!e || typeof e.code !== 'number' || e.code === 0) return undefined;
  return {
    c: e.code,
    msg: typeof e.message === 'string' ? e.message.slice(0, MAX_MESSAGE) : undefined,
    rid: typeof e.request_id === 'string' ? e.request_id.slice(0, 128) : undefined,
  };
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
  // Our own references: the page may replace these later.
  const now = Date.now;
  const perf = win.performance;
  const setT = win.setTimeout.bind(win);
  const clearT = win.clearTimeout.bind(win);
  const stringify = JSON.stringify;
  const CE = win.CustomEvent;
  const ErrorEv = win.ErrorEvent;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const Decoder = win.TextDecoder;

  const tally = new Tally<HookItem>(opts.maxKeys ?? 256, (item) => {
    item.msg = '(more distinct messages)';
    if (item.t === 'r') item.u = '(other requests)';
  });
  let timer = 0;

  const flush = (final: boolean) => {
    clearT(timer);
    timer = 0;
    if (tally.size === 0) return;
    // not connected yet: keep counting (the next observation or `connect` arms the timer again)
    if (!state.target) return;
    try {
      const detail = stringify({ v: 1, nonce: state.nonce, final, items: tally.drain() });
      dispatch.call(state.target, new CE(BRIDGE_EVENT, { detail }));
    } catch {
      // never break the page
    }
  };
  function schedule() {
    timer ||= setT(flush, opts.flushMs ?? 500, false);
  }
  const count = (key: string, make: (at: number) => HookItem, overflowKey: string) => {
    const at = now();
    tally.add(key, at, () => make(at), overflowKey);
    schedule();
  };
  const norm = (s: string) => s.slice(0, 200).replace(/\d+/g, '0');

  const noteError = (k: ErrorItem['k'], message: string, src?: string) => {
    const msg = message.slice(0, MAX_MESSAGE);
    count(`${k}\n${norm(msg)}\n${src}`, (at) => ({ t: 'e', k, msg, src, n: 1, a: at, z: at }), k);
  };
  const noteRequest = (r: RequestFacts) => {
    const key = `${r.m} ${norm(r.u.split('?')[0] ?? '')}\n${r.s} ${r.c} ${r.f} ${r.d > state.slowMs}`;
    count(key, (at) => ({ t: 'r', ...r, n: 1, a: at, z: at }), 'r');
  };
  /** Failed, an error envelope, or slower than the smallest budget: worth a report. */
  const report = (r: RequestFacts, env: Envelope) => {
    if (r.s < 400 && r.d <= state.slowMs && !env) return;
    noteRequest({ ...r, c: env?.c, msg: env?.msg, rid: env?.rid ?? r.rid });
  };

  /** At most `bodyCap` characters of a clone, giving up after the timeout: never hangs on a stream. */
  const readCapped = async (body: ReadableStream<Uint8Array>): Promise<Envelope> => {
    const reader = body.getReader();
    const dec = new Decoder();
    let text = '';
    let done = false;
    const stop = setT(() => reader.cancel().catch(() => {}), opts.bodyTimeoutMs ?? 10_000);
    try {
      while (!done && text.length < bodyCap) {
        const chunk = await reader.read();
        done = chunk.done;
        if (chunk.value) text += dec.decode(chunk.value, { stream: true });
        // a success envelope says so in its first bytes: stop reading there
        if (CODE_ZERO.test(text)) break;
      }
    } finally {
      clearT(stop);
      if (!done) reader.cancel().catch(() => {});
    }
    return envelopeOf(text, done);
  };

  const origFetch = win.fetch;
  if (origFetch) {
    win.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const t0 = perf.now();
      let m = 'GET';
      let u = '';
      try {
        const req = input as Request;
        u = typeof input === 'string' ? input : input instanceof URL ? input.href : req.url;
        m = (init?.method ?? req.method ?? m).toUpperCase().slice(0, 16);
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
              const h = res.headers;
              const ct = h.get('content-type') ?? '';
              const r: RequestFacts = {
                m,
                u,
                s: res.status,
                d: perf.now() - t0,
                ct,
                rid: h.get('x-tt-logid') ?? undefined,
              };
              // Only textual, not huge, unread bodies; the page gets the original, we read a clone.
              if (TEXTUAL.test(ct) && res.body && Number(h.get('content-length')) < bodyCap * 16) {
                const body = res.clone().body;
                if (body)
                  readCapped(body).then(
                    (env) => report(r, env),
                    () => report(r, undefined),
                  );
              } else report(r, undefined);
            }
          } catch {
            // never break the page
          }
          return res;
        },
        (err: unknown) => {
          if ((err as { name?: unknown } | null)?.name !== 'AbortError') {
            noteRequest({ m, u, s: 0, d: perf.now() - t0, f: 'error', msg: textOf(err).slice(0, 200) });
          }
          throw err;
        },
      );
    } as typeof fetch;
  }

  const XHR = win.XMLHttpRequest;
  if (XHR) {
    const proto = XHR.prototype;
    const { open, send } = proto;
    const meta = new WeakMap<XMLHttpRequest, { m: string; u: string; t0: number; x?: string }>();
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
        if (s === 0) return noteRequest({ m: r.m, u: r.u, s, d, f: r.x === 'timeout' ? 'timeout' : 'error' });
        const ct = this.getResponseHeader('content-type') ?? '';
        const rt = this.responseType;
        let env: Envelope;
        if ((rt === '' || rt === 'text') && TEXTUAL.test(ct)) {
          const text: string = this.responseText;
          env = envelopeOf(text.slice(0, bodyCap), text.length <= bodyCap);
        } else if (rt === 'json') env = fromObject(this.response);
        report({ m: r.m, u: r.u, s, d, ct, rid: this.getResponseHeader('x-tt-logid') ?? undefined }, env);
      } catch {
        // never break the page
      }
    }
    proto.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      try {
        meta.set(this, { m: String(method).toUpperCase().slice(0, 16), u: String(url).slice(0, MAX_URL_CHARS), t0: 0 });
      } catch {
        // still open
      }
      // biome-ignore lint/complexity/noArguments: pass through exactly what the page gave
      return open.apply(this, arguments as unknown as Parameters<typeof open>);
    } as typeof open;
    proto.send = function (this: XMLHttpRequest) {
      const r = meta.get(this);
      if (r) {
        // the same listener twice is a no-op, so a reused XHR is fine
        for (const type of ['loadend', 'abort', 'timeout']) this.addEventListener(type, onEvent);
        r.t0 = perf.now();
        r.x = undefined;
      }
      // biome-ignore lint/complexity/noArguments: pass through exactly what the page gave
      return send.apply(this, arguments as unknown as Parameters<typeof send>);
    };
  }

  // Uncaught errors (resource load failures are plain Events: the content script counts those).
  win.addEventListener(
    'error',
    (e) => {
      if (e instanceof ErrorEv) {
        noteError(
          'js-error',
          e.message || textOf(e.error),
          e.filename ? `${e.filename.slice(0, MAX_URL_CHARS)}:${e.lineno}` : undefined,
        );
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
      if (tally.size) schedule();
    },
  };
}
