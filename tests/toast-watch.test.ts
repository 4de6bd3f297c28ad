/**
 * The toast watcher's timing (utils/content/toasts.ts): while the parser builds the page it observes nothing (a
 * mutation record per parsed node would cost a heavy page more than everything else the content script does); at
 * DOMContentLoaded the observer starts for what scripts add, and one scan at the page's first idle moment finds the
 * toasts the HTML (and the first scripts) put there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SCAN_WITHIN_MS, watchToasts } from '@/utils/content/toasts';
import { installDom } from './popup-dom';

let cleanup = () => {};
afterEach(() => cleanup());

function page(
  readyState: 'loading' | 'complete',
  body: string,
  idle?: (fn: () => void, o: { timeout: number }) => unknown,
) {
  const dom = installDom();
  cleanup = dom.cleanup;
  // the DOM installDom made (its MutationObserver observes this document)
  const document = dom.container.ownerDocument as Document & { defaultView: Window & typeof globalThis };
  document.body.innerHTML = body;
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
  const seen: string[] = [];
  const ctl = new AbortController();
  const timers: (() => void)[] = [];
  watchToasts({
    root: document as unknown as Document,
    signal: ctl.signal,
    settleMs: 0,
    setTimeout: (fn) => timers.push(fn),
    idle,
    onToast: (text) => seen.push(text),
  });
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0)); // mutation records are delivered as a microtask
    // timers that arm timers (the scan queues a check): until none is left
    for (let round = 0; round < 5 && timers.length; round++) for (const fn of timers.splice(0)) fn();
  };
  return { document, seen, settle, abort: () => ctl.abort() };
}

describe('toast watcher timing', () => {
  it('while the page loads: nothing is observed; at DOMContentLoaded one scan finds the toasts already there', async () => {
    const p = page('loading', '<main>table</main>');
    const toast = p.document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Your browser version is too old';
    p.document.body.append(toast);
    await p.settle();
    expect(p.seen).toEqual([]); // not observing yet
    p.document.dispatchEvent(new p.document.defaultView.Event('DOMContentLoaded'));
    await p.settle();
    expect(p.seen).toEqual(['Your browser version is too old']);
  });

  it('after DOMContentLoaded (or on a page already loaded): toasts scripts add are seen', async () => {
    const p = page('complete', '<div class="arco-message-error">Network error, please retry</div>');
    await p.settle();
    expect(p.seen).toEqual(['Network error, please retry']);
    const later = p.document.createElement('div');
    later.className = 'toast';
    later.textContent = 'Payment failed';
    p.document.body.append(later);
    await p.settle();
    expect(p.seen).toEqual(['Network error, please retry', 'Payment failed']);
  });

  it('aborted before DOMContentLoaded: never starts', async () => {
    const p = page('loading', '<div role="alert">Account suspended</div>');
    p.abort();
    p.document.dispatchEvent(new p.document.defaultView.Event('DOMContentLoaded'));
    await p.settle();
    expect(p.seen).toEqual([]);
  });

  it('the scan of what was there waits for the page to be idle (within SCAN_WITHIN_MS), the observer does not', async () => {
    const idle: { fn: () => void; timeout: number }[] = [];
    const p = page('loading', '<div role="alert">Account suspended</div>', (fn, o) =>
      idle.push({ fn, timeout: o.timeout }),
    );
    p.document.dispatchEvent(new p.document.defaultView.Event('DOMContentLoaded'));
    await p.settle();
    expect(p.seen).toEqual([]); // not scanned yet
    const later = p.document.createElement('div');
    later.className = 'toast';
    later.textContent = 'Payment failed';
    p.document.body.append(later);
    await p.settle();
    expect(p.seen).toEqual(['Payment failed']); // observed at once
    expect(idle).toHaveLength(1);
    expect(idle[0]?.timeout).toBe(SCAN_WITHIN_MS);
    idle[0]?.fn();
    await p.settle();
    // the scan finds the alert; the toast it sees again is not reported twice
    expect(p.seen).toEqual(['Payment failed', 'Account suspended']);
  });
});
