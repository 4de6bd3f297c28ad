import type { ProbeMetrics, TypedProbeResult } from '../background/probes/metrics';
import type { CauseId, CauseVerdict, Diagnosis, EventGroup, Evidence, ProbeResult } from '../model';
import type { Signal } from './signals';

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
}

export interface RuleResult {
  findings: Finding[];
  /** set when a probe measured this cause and found it fine: the one-line why of a `clear` verdict */
  checked?: string;
  /** replaces the rule's `unknownWhy` when the situation says more (for example: TikTok could not be reached) */
  unknownWhy?: string;
}

export interface Rule {
  id: CauseId;
  evaluate(ctx: RuleContext): RuleResult;
  /** the why shown when nothing automatic can tell */
  unknownWhy: string;
}
