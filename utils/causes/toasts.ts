/** Toast texts read with every cause's words: the cause named, and whether the words say error or success. */

import { TOAST_LANGUAGES as LANGUAGES, toastMatcher } from '../diagnosis/toast-cause';
import { compileWords, ERROR_WORDS, foldText, SUCCESS_WORDS, type WordTest } from '../diagnosis/toast-words';
import type { CauseId } from '../model';
import { CAUSES } from './registry';

/** The languages with cause words, for tests and docs. */
export const TOAST_LANGUAGES = Object.keys(LANGUAGES);

/** The cause a toast's text names, in any of the languages; undefined when it names none. */
export function toastCause(text: string): CauseId | undefined {
  return toastMatcher(CAUSES)(text)?.cause;
}

let words: { error: WordTest; success: WordTest } | undefined;

/** Error words, success words and the cause named, for a toast's text. */
export function classifyToastText(text: string): { error: boolean; success: boolean; cause?: CauseId } {
  words ??= { error: compileWords(ERROR_WORDS), success: compileWords(SUCCESS_WORDS) };
  const t = foldText(text);
  const hit = toastMatcher(CAUSES)(text);
  // a direct statement ("your account is suspended") reports a problem even without an error word
  return { error: words.error.test(t) || hit?.direct === true, success: words.success.test(t), cause: hit?.cause };
}

/**
 * Whether a message the content script saw reports an error: its words say so, or its structure does (an alert,
 * an error class) and its words do not say success. `neutral`: the structure did not say error.
 */
export function reportsError(text: string, neutral: boolean): boolean {
  const { error, success } = classifyToastText(text);
  return error || (!neutral && !success);
}
