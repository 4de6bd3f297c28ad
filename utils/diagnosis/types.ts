import type { ProbeMetrics, TypedProbeResult } from '../background/probes/metrics';
import type { MessageKey } from '../i18n/keys';
import type { CauseId, CauseVerdict, Diagnosis, EventGroup, Evidence, ProbeResult } from '../model';
import type { DxMessage } from './message';
import type { Signal } from './signals';
import type { CauseWords, ToastMatch } from './toast-cause';

/** One line of evidence with the named fact it establishes; `weight` is already aged. */
export interface Finding extends Evidence {
  signal: Signal;
  /** epoch ms of the newest observation behind it */
  at?: number;
}

export interface Verdict extends CauseVerdict {
  evidence: Finding[];
}

/** A Diagnosis whose evidence lines carry signals; structurally a `Diagnosis`. */
export interface DiagnosisResult extends Diagnosis {
  causes: Verdict[];
}

/** What a rule sees: recent events and the newest result of each probe, already filtered to the last 24 h. */
export interface RuleContext {
  now: number;
  events: EventGroup[];
  /** the newest result per probe and target */
  probes: ProbeResult[];
  probe<K extends keyof ProbeMetrics>(kind: K): TypedProbeResult<K> | undefined;
  probesOf<K extends keyof ProbeMetrics>(kind: K): TypedProbeResult<K>[];
  /** true when a probe saw the neutral control host answer, false when it failed, null when not measured */
  controlOk: boolean | null;
  /** the cause and signal a toast's message names, from every cause's words */
  toastCause: ToastMatch;
  /** the Seller Center markets the events come from (evidence names its market when there are several) */
  markets: readonly string[];
}

export interface RuleResult {
  findings: Finding[];
  /** set when a probe measured this cause and found it fine: the one-line why of a `clear` verdict */
  checked?: DxMessage;
  /** replaces the rule's `unknownWhy` when the situation says more (for example: TikTok could not be reached) */
  unknownWhy?: MessageKey;
}

export interface Rule {
  id: CauseId;
  evaluate(ctx: RuleContext): RuleResult;
  /** the why shown when nothing automatic can tell */
  unknownWhy: MessageKey;
}

/** An answer option as the diagnosis reads it: what the answer says about its cause. */
export interface AnswerOption {
  value: string;
  /** message key (the causes' data hold keys) */
  label: MessageKey;
  implies?: 'likely' | 'possible' | 'clear';
}

/** A question of the guided walk as the diagnosis reads it (the walk's own type has more). */
export interface AnswerQuestion {
  id: string;
  text: MessageKey;
  options: readonly AnswerOption[];
}

/**
 * What the diagnosis needs from one cause (utils/causes/<id>/): its rule, its questions (to read the seller's
 * answers) and its words (to read toasts). The registry is passed to `diagnose()`, so the diagnosis never imports
 * the causes.
 */
export interface DiagnosisCause {
  id: CauseId;
  rule: Rule;
  questions: { questions: readonly AnswerQuestion[] };
  words: CauseWords;
}
