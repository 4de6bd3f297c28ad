/**
 * A fake page window for the MAIN-world hook in Node: real Response / ReadableStream / EventTarget (each page
 * has its own Response subclass, so the hook's json() / text() patches stay on that page), a fake fetch and
 * XMLHttpRequest. What reaches the content script is read from the CustomEvents on the target.
 */
import { vi } from 'vitest';
import { readHookBatch } from '@/utils/content/page-bridge';
import { installHook } from '@/utils/hook/install';
import { BRIDGE_EVENT, type HookItem } from '@/utils/hook/wire';

export const NONCE = 'test-nonce';

export class ErrorEv extends Event {
  message = '';
  filename = '';
  lineno = 0;
  error: unknown;
  constructor(type: string, init: Partial<ErrorEv> = {}) {
    super(type);
    Object.assign(this, init);
  }
}

export interface XhrAnswer {
  status: number;
  body?: string;
  type?: string;
  event?: 'abort' | 'timeout' | 'error';
}

export function makePage(
  fetchImpl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  xhrAnswer?: XhrAnswer,
) {
  const et = new EventTarget();
  const listeners: Record<string, ((e: unknown) => void)[]> = {};
  const consoleError = vi.fn();
  // the page's own Response class: what its fetch answers, what the hook patches
  class PageResponse extends Response {}
  class FakeXHR extends EventTarget {
    status = 0;
    responseType = '';
    responseText = '';
    response: unknown = null;
    private type = '';
    open(_m: string, _u: string) {}
    setRequestHeader(_n: string, _v: string) {}
    send() {
      setTimeout(() => {
        const a = xhrAnswer ?? { status: 200 };
        if (a.event) this.dispatchEvent(new Event(a.event));
        this.status = a.event ? 0 : a.status;
        this.responseText = a.body ?? '';
        this.type = a.type ?? 'application/json';
        this.dispatchEvent(new Event('loadend'));
      }, 1);
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? this.type : null;
    }
  }
  const win = {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) =>
      Object.setPrototypeOf(await fetchImpl(input, init), PageResponse.prototype) as Response,
    Response: PageResponse,
    Headers,
    performance,
    setTimeout,
    clearTimeout,
    CustomEvent,
    ErrorEvent: ErrorEv,
    EventTarget,
    XMLHttpRequest: FakeXHR,
    console: { error: consoleError },
    addEventListener: (type: string, fn: (e: unknown) => void, opts?: boolean) => {
      listeners[type] = [...(listeners[type] ?? []), fn];
      et.addEventListener(type, fn, opts);
    },
    dispatchEvent: et.dispatchEvent.bind(et),
  };
  const target = new EventTarget();
  const batches: { items: HookItem[]; final: boolean }[] = [];
  target.addEventListener(BRIDGE_EVENT, (e) => {
    const b = readHookBatch((e as CustomEvent).detail, NONCE);
    if (b) batches.push(b);
  });
  const page = win as unknown as Window & typeof globalThis;
  const install = (slowMs = 200, budgets?: [string, number][], otherMs?: number) =>
    installHook(page, { flushMs: 10, maxKeys: 100 }).connect(target, { nonce: NONCE, slowMs, budgets, otherMs });
  const items = () => batches.flatMap((b) => b.items);
  const settle = (ms = 80) => new Promise((r) => setTimeout(r, ms));
  return { win, page, install, items, batches, settle, consoleError, FakeXHR, et, listeners };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
