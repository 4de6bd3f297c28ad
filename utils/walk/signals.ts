/** What the diagnosis established, in the order the walk routes on it. */
import type { DiagnosisResult, Signal, Verdict } from '../diagnosis';
import type { CauseId } from '../model';

/** The walked cause's own signals first (strongest first), then every other cause's. */
export function signalsFor(diagnosis: DiagnosisResult | undefined, causeId: CauseId): Signal[] {
  const verdicts = [...(diagnosis?.causes ?? [])].sort((a, b) => (a.id === causeId ? -1 : b.id === causeId ? 1 : 0));
  const out: Signal[] = [];
  for (const v of verdicts) {
    for (const f of v.evidence) {
      const counts = f.weight > 0 || (v.id === causeId && f.signal === 'control-ok');
      if (counts && f.signal !== 'answer' && !out.includes(f.signal)) out.push(f.signal);
    }
  }
  return out;
}

/** The cause ranked first, when the diagnosis holds it likely or possible: recorded with the session. */
export function topCauseOf(diagnosis?: DiagnosisResult): CauseId | undefined {
  const top = diagnosis?.causes[0];
  return top && (top.status === 'likely' || top.status === 'possible') ? top.id : undefined;
}

/** The evidence lines that count, for "All evidence". */
export function countedEvidence(verdict: Verdict | undefined): Verdict['evidence'] {
  return verdict?.evidence.filter((e) => e.weight > 0) ?? [];
}
