/**
 * The popup's first screen as the background hands it over (`diagnosis/recent`): the last day's evidence ranked
 * with the walk's answers, plus the few facts about that evidence the screen shows. The background diagnoses where
 * the evidence is stored, so the popup ships no rules, words or code index and receives nine verdicts rather than
 * hundreds of event groups.
 */
import type { SessionAnswer, TroubleSession } from '../model';
import type { Recent } from '../store/recent';
import { diagnose } from './diagnose';
import { toastMatcher } from './toast-cause';
import type { DiagnosisCause, DiagnosisResult } from './types';

export interface RecentDiagnosis {
  diagnosis: DiagnosisResult;
  /** how many event groups of the last day the diagnosis read */
  eventCount: number;
  /** the newest probe result, or undefined when no check has run in the last day */
  lastCheckAt?: number;
  /** a walk left open in the last half hour, to continue */
  openSession?: TroubleSession;
}

/** Rank what `readRecent` read: the same diagnosis the popup used to compute from it. */
export function rankRecent(
  causes: readonly DiagnosisCause[],
  recent: Recent,
  answers: readonly SessionAnswer[],
  now: number,
): RecentDiagnosis {
  return {
    diagnosis: diagnose(causes, recent.events, recent.probes, answers, now),
    eventCount: recent.events.length,
    lastCheckAt: recent.lastCheckAt,
    openSession: recent.openSession,
  };
}

/**
 * Compile what a freshly started worker's first ranking would compile on its way: the page words' expressions
 * (twelve languages, every cause; a regular expression compiles on its first use, about a third of that ranking's
 * time). Called while the evidence is read from the database, which leaves this thread waiting, it takes that cost
 * off the ranking that follows; once compiled it costs nothing.
 */
export function warmRanking(causes: readonly DiagnosisCause[]): void {
  toastMatcher(causes)('');
}
