/**
 * The content script's context, lean: what WXT's `ContentScriptContext` does that the page code uses, without the
 * rest (location watcher, interval / animation-frame / idle wrappers, logger), which cost the page's budget about
 * 0.7 KB gzip. wxt.config.ts aliases `wxt/utils/content-script-context` to this module in content-script builds
 * only; the same name and constructor, so WXT's entrypoint wrapper builds it unchanged.
 *
 * Kept from WXT: an AbortSignal that aborts when the extension context is gone (runtime id lost) or when a newer
 * copy of the same content script starts in the page (then the old one stops), `onInvalidated`, and a `setTimeout`
 * that does not fire after that. Page code uses only these (tests/script-context.test.ts).
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly ctl = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  /** WXT's entrypoint wrapper also passes the entrypoint's options: not needed here. */
  constructor(contentScriptName: string) {
    // A newer copy of this script in the same page (an update, a re-injection) stops this one.
    const started = `${browser.runtime?.id}:content:started`;
    const onStart = (e: Event) => {
      const d = (e as CustomEvent<{ name?: string; id?: string }>).detail;
      if (d?.name === contentScriptName && d.id !== this.id) this.abort();
    };
    document.dispatchEvent(new CustomEvent(started, { detail: { name: contentScriptName, id: this.id } }));
    document.addEventListener(started, onStart);
    this.onInvalidated(() => document.removeEventListener(started, onStart));
  }

  get signal(): AbortSignal {
    return this.ctl.signal;
  }

  /** The extension was reloaded, updated or removed (runtime id gone), or a newer copy took over. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason: unknown = 'Content script context invalidated'): void {
    this.ctl.abort(reason);
  }

  /** `cb` runs when the context is invalidated; returns its removal. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** `setTimeout` that does not fire once the context is invalidated. */
  setTimeout(handler: () => void, timeout?: number): number {
    // The cancel listener goes when the timer fires: a page open for hours arms thousands of timers.
    const cancel = () => clearTimeout(id);
    const id = setTimeout(() => {
      this.signal.removeEventListener('abort', cancel);
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.signal.addEventListener('abort', cancel, { once: true });
    return id;
  }
}
