/**
 * XMLHttpRequest: method, URL, status, time to loadend, failure, and the envelope from the already decoded
 * response (no read of its own, only a look at a text within the cap).
 */
import { BRIDGE_HEADERS, METHOD_CHARS, URL_CHARS } from '../limits';
import type { HookCore } from './core';
import { type Envelope, envelopeOf, fromObject, TEXTUAL } from './envelope';

export function watchXhr(win: Window & typeof globalThis, core: HookCore): void {
  const XHR = win.XMLHttpRequest;
  if (!XHR) return;
  const perf = win.performance;
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
      if (s === 0) {
        const f = r.x === 'timeout' ? 'timeout' : 'error';
        return core.noteRequest({ m: r.m, u: r.u, s, d, f }, () => ({ raw: { headers: r.h, body: r.b } }));
      }
      const ct = this.getResponseHeader('content-type') ?? '';
      const rt = this.responseType;
      let env: Envelope;
      if ((rt === '' || rt === 'text') && TEXTUAL.test(ct)) {
        const text: string = this.responseText;
        if (text.length <= core.bodyCap) env = envelopeOf(text, true);
      } else if (rt === 'json') env = fromObject(this.response);
      if (s < 400 && !core.isSlow(r.u, d) && !env) return;
      core.noteRequest({ m: r.m, u: r.u, s, d, c: env?.c, ic: env?.ic, msg: env?.msg }, () => ({
        ct,
        rid: env?.rid ?? this.getResponseHeader('x-tt-logid') ?? undefined,
        raw: { headers: r.h, body: r.b },
      }));
    } catch {
      // never break the page
    }
  }
  proto.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    try {
      meta.set(this, {
        m: String(method).toUpperCase().slice(0, METHOD_CHARS),
        u: String(url).slice(0, URL_CHARS),
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
    if (r && r.h.length < BRIDGE_HEADERS) r.h.push([name, value]);
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
