/**
 * The background speaks the seller's language too (badge title, watch notifications): it activates the language
 * when the worker starts and again whenever the seller picks another one in settings. Builders of seller-facing
 * text await `languageReady()` first, so a worker woken by an event never answers in English by accident.
 */
import { activateLanguage } from '../i18n/load';
import { languageChoice } from '../i18n/preference';

let ready: Promise<unknown> = Promise.resolve();

/** Resolves once the current language's messages are active (at once where nothing was started: tests). */
export function languageReady(): Promise<unknown> {
  return ready;
}

/** Activates now and on every change of the choice; `onChange` then re-renders what is on screen (the badge). */
export function keepLanguageActive(onChange: () => void): void {
  const activate = () => {
    ready = activateLanguage().catch((err: unknown) => console.warn('[tsd] language not loaded', err));
    return ready;
  };
  void activate();
  languageChoice.watch(() => void activate().then(onChange));
}
