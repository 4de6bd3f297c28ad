/**
 * Error toasts shown to the seller, seen with a MutationObserver (no polling). An element counts by structure
 * first (role="alert", aria-live, toast / notification / message-error containers, error classes), then by the
 * error and success words of the market languages; its text is read with `textContent`, never as HTML.
 */
import { TOAST_CHARS } from '../limits';
import { compileWords, ERROR_WORDS, foldText, SUCCESS_WORDS } from './toast-words';

export const TOAST_SELECTOR =
  '[role=alert],[role=status],[aria-live],[class*=toast i],[class*=notification i],[class*=snackbar i],[class*=message-error i],[class*=notice i],[class*=alert i]';
const ERROR_CLASS = /error|danger|fail|warn/i;
const ERROR_CHILD = '[class*=error i],[class*=danger i],[class*=fail i]';

let words: [RegExp, RegExp] | undefined;

/** Structure that says "error" in any language: an alert (itself or its container), error classes. */
export function looksLikeError(el: Element): boolean {
  return (
    el.closest('[role=alert],[aria-live=assertive]') !== null ||
    ERROR_CLASS.test(el.getAttribute('class') ?? '') ||
    el.querySelector(ERROR_CHILD) !== null
  );
}

/** The toast text when the element shows an error: error words, or error structure without success words. */
export function errorToastText(el: Element, rawText: string): string | undefined {
  const text = rawText.replace(/\s+/g, ' ').trim();
  if (!text || text.length > TOAST_CHARS * 4) return undefined;
  words ??= [compileWords(ERROR_WORDS), compileWords(SUCCESS_WORDS)];
  const folded = foldText(text);
  const error = words[0].test(folded) || (!words[1].test(folded) && looksLikeError(el));
  return error ? text.slice(0, TOAST_CHARS) : undefined;
}

export interface WatchOptions {
  root: Node;
  onToast: (text: string) => void;
  signal: AbortSignal;
  /** wait this long after a mutation before reading text, so that a toast rendered in steps is read whole */
  settleMs?: number;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

const isLive = (el: Node | null): boolean =>
  el?.nodeType === 1 &&
  ((el as Element).hasAttribute('aria-live') || /^(?:alert|status)$/.test((el as Element).getAttribute('role') ?? ''));

/** Observe `root` for error toasts until `signal` aborts. */
export function watchToasts(opts: WatchOptions): MutationObserver {
  let pending = new Set<Element>();
  const lastText = new WeakMap<Element, string>();

  const report = (el: Element) => {
    const text = el.textContent ?? '';
    if (lastText.get(el) === text) return;
    lastText.set(el, text);
    const toast = errorToastText(el, text);
    if (toast) opts.onToast(toast);
  };
  const check = () => {
    const batch = pending;
    pending = new Set();
    for (const el of batch) {
      let nested = false;
      for (let a = el.parentElement; a && !nested; a = a.parentElement) nested = batch.has(a);
      if (nested) continue;
      // A live region holding several messages: each child is one toast, not their concatenation.
      if (isLive(el) && el.childElementCount > 0) for (const child of el.children) report(child);
      else report(el);
    }
  };
  const queue = (el: Element) => {
    if (pending.size === 0) opts.setTimeout(check, opts.settleMs ?? 100);
    pending.add(el);
  };

  const observer = new MutationObserver((records) => {
    for (const rec of records) {
      for (const node of rec.addedNodes) {
        if (node.nodeType === 3) {
          // text put into an existing live region (or into an element directly inside one)
          const parent = rec.target as Element;
          if (isLive(parent) || isLive(parent.parentElement)) queue(parent);
          continue;
        }
        if (node.nodeType !== 1) continue;
        // an element added to a live region is one message: each toast on its own
        const el = node as Element;
        if (el.matches(TOAST_SELECTOR) || isLive(el.parentElement)) queue(el);
        if (el.firstElementChild) for (const inner of el.querySelectorAll(TOAST_SELECTOR)) queue(inner);
      }
    }
  });
  observer.observe(opts.root, { childList: true, subtree: true });
  opts.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return observer;
}
