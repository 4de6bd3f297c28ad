/**
 * The content script's context, lean: what WXT's `ContentScriptContext` does that the page code uses, without the
 * rest (location watcher, interval / animation-frame / idle wrappers, logger), which cost the page's budget about
 * 0.7 KB gzip. wxt.config.ts aliases `wxt/utils/content-script-context` to this module in content-script builds
 * only; the same name and constructor, so WXT's entrypoint wrapper builds it unchanged.
 *
 * Kept from WXT: an AbortSignal that aborts when the extension context is gone (runtime id lost), `onInvalidated`,
 * and a `setTimeout` that does not fire after that. Page code uses only these (tests/script-context.test.ts).
 *
 * Left out on purpose: WXT's "a newer copy of this script started" event on the page's document. Nothing here
 * injects the content script a second time (it is only declared in the manifest; Chrome does not inject into open
 * tabs on update, Firefox unloads the old copy first), and that event, with its listener and the runtime lookup it
 * needs, cost each Seller Center load about 0.4 ms of main thread (bench page-cpu, docs/observer.md). Nothing
 * touches the extension API at start either: an orphaned copy finds out when a send fails.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly ctl = new AbortController();

  // (WXT's entrypoint wrapper passes the script's name and options to the constructor: not needed here.)

  get signal(): AbortSignal {
    return this.ctl.signal;
  }

  /** The extension was reloaded, updated or removed (runtime id gone). */
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

  /**
   * `setTimeout` that does not fire once the context is invalidated. It does not ask the runtime whether the
   * extension is still there (WXT's does): that question builds the runtime bindings in a page that may never send
   * anything. A timer of an orphaned copy runs once more, and its send fails: the sender then asks (`isValid`).
   */
  setTimeout(handler: () => void, timeout?: number): number {
    // The cancel listener goes when the timer fires: a page open for hours arms thousands of timers.
    const cancel = () => clearTimeout(id);
    const id = setTimeout(() => {
      this.signal.removeEventListener('abort', cancel);
      if (!this.signal.aborted) handler();
    }, timeout) as unknown as number;
    this.signal.addEventListener('abort', cancel, { once: true });
    return id;
  }
}
