/**
 * Breadcrumbs in the content script: page paths (redacted, no query) and the labels of the buttons and links the
 * seller clicks, kept in memory for 15 minutes and sent with the next batch of grouped events, on their own a few
 * seconds after a click, or when the page goes away. A page that is only opened sends nothing: its path waits for
 * one of those, and an export takes it from the open tab (utils/background/tab-breadcrumbs.ts), so that loading a
 * healthy Seller Center page never wakes the extension's service worker. One passive capture-phase click listener;
 * no keyboard or input listener at all, and no input's value is ever read: a click inside a form field or an
 * editable area records nothing.
 */
import { BREADCRUMB_WINDOW_MS, type Breadcrumb, LABEL_MAX, MAX_BREADCRUMBS, PATH_MAX, TAKE_KEY } from '../breadcrumbs';
import { redactText, redactUrl } from '../redact';

const CLICKABLE =
  'a,button,summary,[role=button],[role=link],[role=tab],[role=menuitem],input[type=button],input[type=submit]';
const EDITABLE =
  'input:not([type=button]):not([type=submit]),textarea,select,[contenteditable]:not([contenteditable=false])';
const SEND_AFTER_MS = 3_000;

export interface BreadcrumbContext {
  signal: AbortSignal;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

/** The label a seller reads on it: aria-label, title, or its text (never a form field's value). */
export function labelOf(el: Element): string {
  const own = el.getAttribute('aria-label') || el.getAttribute('title');
  const text = own || (el.tagName === 'INPUT' ? '' : el.textContent || '');
  return redactText(text.slice(0, 400).replace(/\s+/g, ' ').trim()).slice(0, LABEL_MAX);
}

export function recordBreadcrumbs(
  win: Window,
  ctx: BreadcrumbContext,
  sendAlone: (crumbs: Breadcrumb[]) => Promise<unknown>,
): { take(): Breadcrumb[] } {
  let unsent: Breadcrumb[] = [];
  let lastPath = '';
  let timer = false;
  // Paths are redacted as they leave (the redaction's patterns compile on first use: not during the page's load).
  const take = () => {
    const now = Date.now();
    const out = unsent
      .filter((c) => c.at >= now - BREADCRUMB_WINDOW_MS)
      .map((c) => (c.kind === 'navigation' && c.path ? { ...c, path: redactUrl(c.path).slice(0, PATH_MAX) } : c));
    unsent = [];
    return out;
  };
  const sendRest = () => {
    const crumbs = take();
    if (crumbs.length) sendAlone(crumbs).catch(() => undefined);
  };
  /** `soon`: send on its own in a few seconds unless a batch takes it first (clicks; a navigation waits). */
  const push = (c: Breadcrumb, soon: boolean) => {
    unsent.push(c);
    if (unsent.length > MAX_BREADCRUMBS) unsent.shift();
    if (timer || !soon) return;
    timer = true;
    ctx.setTimeout(() => {
      timer = false;
      sendRest();
    }, SEND_AFTER_MS);
  };
  const nav = () => {
    const path = win.location.pathname;
    if (path === lastPath) return;
    lastPath = path;
    push({ at: Date.now(), kind: 'navigation', host: win.location.host, path }, false);
  };
  const opts = { capture: true, passive: true, signal: ctx.signal };
  win.addEventListener(
    'click',
    (e) => {
      nav();
      const target = e.target as Element | null;
      const el = target?.closest?.(CLICKABLE);
      if (!el || target?.closest(EDITABLE)) return;
      const label = labelOf(el);
      if (label) push({ at: Date.now(), kind: 'click', host: win.location.host, label }, true);
    },
    opts,
  );
  // Single-page navigations (history.pushState) are seen through the Navigation API where there is one.
  for (const [target, type] of [
    [win, 'popstate'],
    [win, 'hashchange'],
    [(win as { navigation?: EventTarget }).navigation, 'navigatesuccess'],
  ] as const)
    target?.addEventListener(type, nav, opts);
  // A click that leaves the page (a link) goes out before the page does.
  win.addEventListener('pagehide', sendRest, opts);
  // For an export while the page is open (the symbol is this isolated world's own: the page cannot reach it).
  Object.defineProperty(win, Symbol.for(TAKE_KEY), { value: take, configurable: true });
  ctx.signal.addEventListener('abort', () => delete (win as unknown as Record<symbol, unknown>)[Symbol.for(TAKE_KEY)], {
    once: true,
  });
  nav();
  return { take };
}
