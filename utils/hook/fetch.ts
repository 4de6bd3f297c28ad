/**
 * fetch: method, URL, status, time to headers, failure. No clone and no read of its own: the page's json() / text()
 * of a response the wrapper saw give the envelope from what the page reads anyway; arrayBuffer / blob / body streams
 * are skipped. The page gets the same value or the same rejection, one microtask later; an untracked response gets
 * the original promise itself.
 */
import { HOOK_MAX_PENDING, METHOD_CHARS, URL_CHARS } from '../limits';
import type { HookCore, RawRequest, RequestFacts } from './core';
import { type Envelope, envelopeOf, fromObject, TEXTUAL, textOf } from './envelope';

/** A fetch call, known by its Response until the page reads the body; p: failed or slow (reported anyway). */
type Call = RequestFacts & {
  p?: boolean;
  w?: boolean;
  done?: boolean;
  /** content type, once read (the text() wrapper reads it to skip binary bodies) */
  ct?: string;
  /** a failed or slow call's request and response, read when it is reported (only the first of its kind) */
  raw?: RawRequest;
  res?: Response;
};

export interface FetchWatch {
  /** Called on every flush: report the failed or slow calls whose body the page did not read in time. */
  sweep(final: boolean): void;
  /** calls still waiting */
  readonly waiting: number;
}

export function watchFetch(win: Window & typeof globalThis, core: HookCore): FetchWatch {
  const perf = win.performance;
  /** failed or slow fetch calls waiting (one to two flushes) for the page to read their body */
  let pending: Call[] = [];

  /** Report a fetch call once: with its envelope when the page read one, else as failed or slow. */
  function finish(r: Call, env: Envelope, res?: Response) {
    if (r.done) return;
    r.done = true;
    const from = res ?? r.res;
    r.res = undefined;
    core.noteRequest({ m: r.m, u: r.u, s: r.s, d: r.d, f: r.f, c: env?.c, ic: env?.ic, msg: env?.msg ?? r.msg }, () => {
      // only for the first call of its kind (core.ts LateFacts)
      const h = from?.headers;
      return {
        ct: r.ct ?? h?.get('content-type') ?? '',
        rid: env?.rid ?? h?.get('x-tt-logid') ?? undefined,
        raw: r.raw,
      };
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
      return pass(p, (t) => seen(this, r, t.length <= core.bodyCap ? envelopeOf(t, true) : undefined));
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
        m = (init?.method ?? req.method ?? m).toUpperCase().slice(0, METHOD_CHARS);
        hs = init?.headers ?? req.headers;
        body = init?.body;
        u = u.slice(0, URL_CHARS);
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
              if (r.s >= 400 || core.isSlow(u, r.d)) {
                // reported at the latest one to two flushes from now, with the envelope if the page reads it
                r.raw = { headers: hs, body };
                r.res = res;
                r.p = true;
                if (pending.length < HOOK_MAX_PENDING) pending.push(r);
                else finish(r, undefined);
                core.schedule();
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
            const msg = textOf(err).slice(0, 200);
            core.noteRequest({ m, u, s: 0, d: perf.now() - t0, f: 'error', msg }, () => ({
              raw: { headers: hs, body },
            }));
          }
          throw err;
        },
      );
    } as typeof fetch;
  }

  return {
    sweep(final) {
      if (!pending.length) return;
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
      if (pending.length) core.schedule();
    },
    get waiting() {
      return pending.length;
    },
  };
}
