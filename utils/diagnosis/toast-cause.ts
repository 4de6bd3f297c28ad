/**
 * Which cause a page message (toast, banner, error page) names, built from the words each cause brings
 * (utils/causes/<id>/words.ts). Used outside the page (intake, diagnosis, tests) on the stored, redacted message,
 * so that the word lists can grow without weighing on the content script. A message in which Seller Center states
 * the problem itself (a `direct` phrase: "your account is suspended", "payment declined") wins over every cause's
 * ordinary words and is direct evidence.
 */

import type { CauseId } from '../model';
import { memo } from './memo';
import type { Signal } from './signals';
import { compileWordSets, foldText, UNDONE_WORDS, type Words } from './toast-words';

/**
 * The languages of TikTok Shop's markets with page words. Thai, Chinese and Japanese are written without spaces
 * between words, so their words match anywhere; the others match at the start of a word.
 */
export const TOAST_LANGUAGES = {
  en: 'spaced',
  id: 'spaced',
  ms: 'spaced',
  th: 'unspaced',
  vi: 'spaced',
  'zh-CN': 'unspaced',
  ja: 'unspaced',
  es: 'spaced',
  'pt-BR': 'spaced',
  de: 'spaced',
  fr: 'spaced',
  it: 'spaced',
} as const;
export type ToastLanguage = keyof typeof TOAST_LANGUAGES;
type PerLanguage = Partial<Record<ToastLanguage, string>>;

export interface CauseWords {
  /** when several causes' ordinary words match, the lowest wins ("payment failed: network error" is payment) */
  priority: number;
  /** the named fact a message with these words establishes */
  signal: Signal;
  /** the fact a direct statement establishes, when more precise than `signal` (a suspension is a deactivation) */
  directSignal?: Signal;
  byLanguage: PerLanguage;
  /** Seller Center stating the problem itself: wins over every ordinary word and weighs as direct evidence */
  direct?: PerLanguage;
}

export interface ToastHit {
  cause: CauseId;
  signal: Signal;
  /** a direct statement of the problem, not just a word of its topic */
  direct?: boolean;
}
export type ToastMatch = (text: string) => ToastHit | undefined;

type Worded = readonly { id: CauseId; words: CauseWords }[];
const cache = new WeakMap<Worded, ToastMatch>();

/** One matcher for the given causes' words: direct phrases first, then words by priority; compiled once. */
export function toastMatcher(causes: Worded): ToastMatch {
  const known = cache.get(causes);
  if (known) return known;
  const match = compile(causes);
  cache.set(causes, match);
  return match;
}

/** A per-language word table as one word set (spaced languages at word starts). */
function byKind(table: PerLanguage = {}): Words {
  const of = (kind: 'spaced' | 'unspaced') =>
    Object.entries(table)
      .filter(([lang, w]) => w && TOAST_LANGUAGES[lang as ToastLanguage] === kind)
      .map(([, w]) => w)
      .join('|');
  return { spaced: of('spaced'), unspaced: of('unspaced') };
}

function compile(causes: Worded): ToastMatch {
  const byPriority = [...causes].sort((a, b) => a.words.priority - b.words.priority);
  const direct = byPriority
    .filter(({ words }) => words.direct)
    .map(({ id, words }) => ({
      hit: { cause: id, signal: words.directSignal ?? words.signal, direct: true },
      words: byKind(words.direct),
    }));
  const ordinary = byPriority.map(({ id, words }) => ({
    hit: { cause: id, signal: words.signal },
    words: byKind(words.byLanguage),
  }));
  // One reading of the text for every set: the undoing words (set 0), then direct phrases, then ordinary words.
  const holds = compileWordSets([UNDONE_WORDS, ...direct.map((c) => c.words), ...ordinary.map((c) => c.words)]);
  // Each of the nine rules asks about every toast: a wording is matched once (toasts repeat).
  return memo((text: string) => {
    const found = holds(foldText(text));
    const stated = found[0] ? undefined : direct.find((_, i) => found[1 + i]);
    return (stated ?? ordinary.find((_, i) => found[1 + direct.length + i]))?.hit;
  });
}
