/**
 * The causes as data: what one cause folder (utils/causes/<id>/) holds, and the troubleshooting tree built from them: cause -> short questions -> sub-cause -> fixes -> a check that it worked ->
 * escalation with the bundle. Questions and sub-causes name the signals (facts the diagnosis established) that
 * settle them, so the guided walk skips what the evidence already answered.
 */
import type { Signal } from '../../diagnosis/signals';
import type { CauseWords } from '../../diagnosis/toast-cause';
import type { Rule } from '../../diagnosis/types';
import type { MessageKey } from '../../i18n/keys';
import type { CauseId } from '../../model';

/**
 * Every text a seller reads in the tree is a message key (utils/i18n/keys.ts), translated when it is shown
 * (`t(key)` in the component), never at module load: the language is chosen at start-up and can change.
 */
export type Text = MessageKey;

/** Where an answer leads: another question, a sub-cause's fixes, another cause's walk, or "not this cause". */
export type NodeRef = { question: string } | { subCause: string } | { cause: CauseId } | { ruledOut: true };

export interface Option {
  value: string;
  label: Text;
  next: NodeRef;
  /** what this answer says about the cause, for the diagnosis */
  implies?: 'likely' | 'possible' | 'clear';
}

export interface Question {
  /** unique in the whole tree: `<cause>.<slug>` */
  id: string;
  text: Text;
  help?: Text;
  options: Option[];
  /** the first listed signal the diagnosis holds picks that option without asking */
  settledBy?: { signal: Signal; value: string }[];
}

export interface Fix {
  id: string;
  title: Text;
  /** one concrete action each: where to go (in Seller Center or the browser), what to change */
  steps: Text[];
}

export interface SubCause {
  /** unique in the whole tree: `<cause>.<slug>` */
  id: string;
  title: Text;
  /** what it looks like, one or two sentences */
  about: Text;
  /** signals that point straight at this sub-cause: the walk starts here when one is present */
  detectedBy?: Signal[];
  fixes: Fix[];
  /** how the seller confirms that it worked */
  check: Text;
}

export interface Escalation {
  /** the support topic to pick */
  topic: Text;
  steps: Text[];
}

/** The asking half of a cause, kept apart from the fixes so the first screen loads without them. */
export interface CauseQuestions {
  /** the first question */
  start: string;
  questions: Question[];
}

/** The fixing half of a cause (`fixes.ts`): loaded past the first screen, with the walk. */
export interface CauseFixes {
  summary: Text;
  subCauses: SubCause[];
  escalation: Escalation;
}

/** The cause's names (`titles.ts`): one set, for the popup, the walk and report.html. */
export interface CauseTitles {
  title: Text;
}

/**
 * One cause (`index.ts` of its folder): the rule that scores it, its questions, the words that name it in page
 * messages and its titles. Its fixes (`fixes.ts`) are found by folder name (utils/causes/tree.ts), so that the
 * popup's first screen, which imports the registry, does not ship them.
 */
export interface CauseModule {
  id: CauseId;
  titles: CauseTitles;
  rule: Rule;
  questions: CauseQuestions;
  words: CauseWords;
}

/** A whole cause as the walk and the help read it: module and fixes joined. */
export interface CauseNode {
  id: CauseId;
  title: Text;
  summary: Text;
  /** the first question */
  start: string;
  questions: Question[];
  subCauses: SubCause[];
  escalation: Escalation;
}

export interface FaqEntry {
  id: string;
  question: Text;
  answer: Text;
  causes: CauseId[];
}

export interface Tip {
  id: string;
  title: Text;
  text: Text;
  causes: CauseId[];
}
