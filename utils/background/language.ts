/**
 * The background speaks the seller's language too (badge title, watch notifications): it activates the language
 * when the worker starts and again whenever the seller picks another one in settings. Builders of seller-facing
 * text await `languageReady()` first, so a worker woken by an event never answers in English by accident.
 */
import { activateLanguage } from '../i18n/load';
import { languageChoice } from '../i18n/preference';

let ready: Promise<unknown> | undefined;
let activateNow: (() => Promise<unknown>) | undefined;

/**
 * Resolves once the current language's messages are active; starts loading them when start-up has not yet (at
 * once where nothing was started: tests).
 */
export function languageReady(): Promise<unknown> {
  return ready ?? activateNow?.() ?? Promise.resolve();
}

/**
 * Activates `deferMs` after start-up (or at once when something asks `languageReady()` first) and on every change of
 * the choice; `onChange` then re-renders what is on screen (the badge). The delay keeps the dictionary's fetch and
 * parse out of the way of the request that woke the worker (the popup's first read); text builders await
 * `languageReady()`, so none of them runs before it.
 */
export function keepLanguageActive(onChange: () => void, deferMs = 0): void {
  const activate = () => {
    ready = activateLanguage().catch((err: unknown) => console.warn('[tsd] language not loaded', err));
    return ready;
  };
  activateNow = activate;
  setTimeout(() => void (ready ?? activate()), deferMs);
  languageChoice.watch(() => void activate().then(onChange));
}
