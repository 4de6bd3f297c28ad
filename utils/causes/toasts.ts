/** Toast texts read with every cause's words: the cause named, and whether the words say error or success. */

import { compileWords, ERROR_WORDS, foldText, SUCCESS_WORDS } from '../content/toast-words';
import { TOAST_LANGUAGES as LANGUAGES, toastMatcher } from '../diagnosis/toast-cause';
import type { CauseId } from '../model';
import { CAUSES } from './registry';

/** The languages with cause words, for tests and docs. */
export const TOAST_LANGUAGES = Object.keys(LANGUAGES);

/** The cause a toast's text names, in any of the languages; undefined when it names none. */
export function toastCause(text: string): CauseId | undefined {
  return toastMatcher(CAUSES)(text)?.cause;
}

let words: { error: RegExp; success: RegExp } | undefined;

/** Error words, success words and the cause named, for a toast's text. */
export function classifyToastText(text: string): { error: boolean; success: boolean; cause?: CauseId } {
  words ??= { error: compileWords(ERROR_WORDS), success: compileWords(SUCCESS_WORDS) };
  const t = foldText(text);
  return { error: words.error.test(t), success: words.success.test(t), cause: toastCause(text) };
}
