/**
 * Uncaught errors, failed <script> / <link> / <img> loads (plain Events that do not bubble: seen here, in the
 * capture phase), unhandled rejections and console.error. The only window 'error' listener of the extension: the
 * content script has none.
 */
import { MESSAGE_CHARS } from '../limits';
import type { HookCore } from './core';
import { textOf } from './envelope';
import type { ResourceType } from './wire';

export function watchErrors(win: Window & typeof globalThis, core: HookCore): void {
  const ErrorEv = win.ErrorEvent;
  win.addEventListener(
    'error',
    (e: Event) => {
      try {
        if (e instanceof ErrorEv) {
          core.noteError('js-error', e.message || textOf(e.error), e.filename || undefined, e.lineno);
          return;
        }
        const t = e.target as HTMLScriptElement & HTMLLinkElement;
        const tag = t?.tagName;
        const res: ResourceType | undefined =
          tag === 'SCRIPT' ? 'script' : tag === 'LINK' ? 'stylesheet' : tag === 'IMG' ? 'image' : undefined;
        if (!res) return;
        const url = t.src || t.href || '';
        if (url && !/^(?:chrome|moz)-extension:/.test(url)) core.noteResource(res, url);
      } catch {
        // never break the page
      }
    },
    true,
  );
  win.addEventListener('unhandledrejection', (e) => core.noteError('unhandled-rejection', textOf(e.reason)));

  const con = win.console;
  const origError = con.error;
  con.error = function (this: unknown, ...args: unknown[]) {
    try {
      core.noteError(
        'console-error',
        args
          .slice(0, 4)
          .map((a) => textOf(a).slice(0, MESSAGE_CHARS))
          .join(' '),
      );
    } catch {
      // never break the page
    }
    return origError.apply(this, args);
  };
}
