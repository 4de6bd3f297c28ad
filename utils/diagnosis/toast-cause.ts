/**
 * Which cause a toast's text names, built from the words each cause brings (utils/causes/<id>/words.ts). Used
 * outside the page (diagnosis, tests) on the stored, redacted message, so that the word lists can grow without
 * weighing on the content script. Same matching rules as the content script's error words (observer/toast-words.ts).
 */

import { compileWords, foldText } from '../content/toast-words';
import type { CauseId } from '../model';
import type { Signal } from './signals';

/** The market languages with cause words; Thai is written without spaces, so its words match anywhere. */
export const TOAST_LANGUAGES = { en: 'spaced', id: 'spaced', es: 'spaced', vi: 'spaced', th: 'unspaced' } as const;
export type ToastLanguage = keyof typeof TOAST_LANGUAGES;

export interface CauseWords {
  /** when several causes match, the lowest wins ("payment failed: network error" is payment) */
  priority: number;
  /** the named fact a toast with these words establishes */
  signal: Signal;
  byLanguage: Partial<Record<ToastLanguage, string>>;
}

export type ToastMatch = (text: string) => { cause: CauseId; signal: Signal } | undefined;

type Worded = readonly { id: CauseId; words: CauseWords }[];
const cache = new WeakMap<Worded, ToastMatch>();

/** One matcher for the given causes' words, first match by priority; compiled once per registry. */
export function toastMatcher(causes: Worded): ToastMatch {
  const known = cache.get(causes);
  if (known) return known;
  const match = compile(causes);
  cache.set(causes, match);
  return match;
}

function compile(causes: Worded): ToastMatch {
  const compiled = [...causes]
    .sort((a, b) => a.words.priority - b.words.priority)
    .map(({ id, words }) => {
      const of = (kind: 'spaced' | 'unspaced') =>
        Object.entries(words.byLanguage)
          .filter(([lang, w]) => w && TOAST_LANGUAGES[lang as ToastLanguage] === kind)
          .map(([, w]) => w)
          .join('|');
      return { cause: id, signal: words.signal, re: compileWords({ spaced: of('spaced'), unspaced: of('unspaced') }) };
    });
  return (text) => {
    const t = foldText(text);
    const hit = compiled.find((c) => c.re.test(t));
    return hit && { cause: hit.cause, signal: hit.signal };
  };
}
