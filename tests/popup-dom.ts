/** A DOM for popup tests (linkedom, no jsdom needed): installs window/document globals and renders Preact into it. */
import { parseHTML } from 'linkedom';
import { type ComponentChild, render } from 'preact';

export function installDom(): { container: HTMLElement; cleanup(): void } {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  const set = (k: string, v: unknown) => {
    saved.set(k, g[k]);
    g[k] = v;
  };
  set('window', window);
  set('document', document);
  for (const k of ['Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'MutationObserver'])
    set(k, (window as unknown as Record<string, unknown>)[k]);
  const container = document.getElementById('app') as unknown as HTMLElement;
  return {
    container,
    cleanup() {
      render(null, container);
      for (const [k, v] of saved) g[k] = v;
    },
  };
}

export function mount(node: ComponentChild, container: HTMLElement): void {
  render(node, container);
}

/** Wait until `test` holds, flushing timers and promises in between. */
export async function until(test: () => boolean, ms = 3_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
}

/** Poll an async read until `ok` holds; returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 3_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 10));
    v = await read();
  }
  return v;
}
