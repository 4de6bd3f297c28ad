export { diagnose, LIKELY, POSSIBLE } from './diagnose';
export type { Signal } from './signals';
export type { DiagnosisResult, Finding, Verdict } from './types';

import type { Signal } from './signals';
import type { Verdict } from './types';

/** The named facts behind a verdict, for the guided walk. */
export function signalsOf(verdict: Verdict | undefined): Set<Signal> {
  return new Set((verdict?.evidence ?? []).map((f) => f.signal));
}
