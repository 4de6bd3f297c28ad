/**
 * Toasts shown to the seller, seen with a MutationObserver (no polling): role="alert", aria-live, toast /
 * notification / message-error containers. The page side only reads structure (an alert, error classes) and marks
 * the others `neutral`; the words of the twelve languages that tell an error from a success are read at intake
 * (utils/background/page-messages.ts), so that they cost the page nothing. Text is read with `textContent`, never
 * as HTML.
 */
import { TOAST_CHARS } from '../limits';

export const TOAST_SELECTOR =
  '[role=alert],[role=status],[aria-live],[class*=toast i],[class*=notification i],[class*=snackbar i],[class*=message-error i],[class*=notice i],[class*=alert i]';
const ERROR_CLASS = /error|danger|fail|warn/i;
const ERROR_CHILD = '[class*=error i],[class*=danger i],[class*=fail i]';

/** Structure that says "error" in any language: an alert (itself or its container), error classes. */
export function looksLikeError(el: Element): boolean {
  return (
    el.closest('[role=alert],[aria-live=assertive]') !== null ||
    ERROR_CLASS.test(el.getAttribute('class') ?? '') ||
    el.querySelector(ERROR_CHILD) !== null
  );
}

/** The toast's text, capped, and whether its structure is neutral (its words must then say error); else undefined. */
export function toastText(el: Element, rawText: string): { text: string; neutral: boolean } | undefined {
  const text = rawText.replace(/\s+/g, ' ').trim();
  if (!text || text.length > TOAST_CHARS * 4) return undefined;
  return { text: text.slice(0, TOAST_CHARS), neutral: !looksLikeError(el) };
}

export interface WatchOptions {
  root: Document | Element;
  onToast: (text: string, neutral: boolean) => void;
  signal: AbortSignal;
  /** wait this long after a mutation before reading text, so that a toast rendered in steps is read whole */
  settleMs?: number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  /** runs `fn` when the page is idle (default `requestIdleCallback`; without one, a timer) */
  idle?: (fn: () => void, opts: { timeout: number }) => unknown;
}

/** The scan of what the page held at DOMContentLoaded runs at its first idle moment, and within this at the latest. */
export const SCAN_WITHIN_MS = 1_000;

const isLive = (el: Node | null): boolean =>
  el?.nodeType === 1 &&
  ((el as Element).hasAttribute('aria-live') || /^(?:alert|status)$/.test((el as Element).getAttribute('role') ?? ''));

/** Observe `root` for toasts until `signal` aborts. */
export function watchToasts(opts: WatchOptions): MutationObserver {
  let pending = new Set<Element>();
  const lastText = new WeakMap<Element, string>();

  const report = (el: Element) => {
    const text = el.textContent ?? '';
    if (lastText.get(el) === text) return;
    lastText.set(el, text);
    const toast = toastText(el, text);
    if (toast) opts.onToast(toast.text, toast.neutral);
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
      // text put into an existing live region (or into an element directly inside one): one check per record
      const parent = rec.target as Element;
      let textChecked = false;
      for (const node of rec.addedNodes) {
        if (node.nodeType === 3) {
          if (!textChecked && (isLive(parent) || isLive(parent.parentElement))) queue(parent);
          textChecked = true;
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
  // While the parser builds the page, every node it inserts would be a mutation record of its own (a heavy page
  // is thousands): instead, the observer from DOMContentLoaded on for what scripts add, and one native scan for
  // what the HTML and the first scripts put there. The scan walks the whole document (about 0.8 ms on a page of
  // 5,000 nodes, bench page-cpu), so it waits for the page's first idle moment instead of lengthening its start:
  // what it finds (a banner, a toast) is still there a moment later, and one seen twice is reported once.
  const scan = () => {
    if (opts.signal.aborted) return;
    for (const el of opts.root.querySelectorAll(TOAST_SELECTOR)) queue(el);
  };
  const start = () => {
    if (opts.signal.aborted) return;
    observer.observe(opts.root, { childList: true, subtree: true });
    const idle = opts.idle ?? globalThis.requestIdleCallback;
    if (idle) idle(scan, { timeout: SCAN_WITHIN_MS });
    else opts.setTimeout(scan, 0);
  };
  const doc = opts.root.ownerDocument ?? (opts.root as Document);
  if (doc.readyState === 'loading')
    doc.addEventListener('DOMContentLoaded', start, { once: true, signal: opts.signal });
  else start();
  opts.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return observer;
}
