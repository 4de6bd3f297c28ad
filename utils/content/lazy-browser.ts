/**
 * The extension API as content scripts see it, looked up when first used rather than when the script starts.
 * wxt.config.ts aliases `wxt/browser` to this module in content-script builds only. WXT's own module decides at
 * load whether `browser` or `chrome` is the API by reading `browser.runtime.id`, and that first touch of the runtime
 * API in a fresh isolated world builds its bindings: about 0.6 ms of every Seller Center load (bench page-cpu,
 * docs/observer.md), spent even when the page gives the content script nothing to send. Content scripts use only
 * `browser.runtime` (utils/messages.ts, utils/content/script-context.ts); tests/lazy-browser.test.ts holds them to it.
 */
import type { Browser, browser as wxtBrowser } from 'wxt/browser';

type Api = typeof wxtBrowser;
type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };

function api(): Api | undefined {
  const g = globalThis as Global;
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as Api | undefined;
}

export const browser = {
  get runtime() {
    return api()?.runtime as Api['runtime'];
  },
} as Api;

export type { Browser };
