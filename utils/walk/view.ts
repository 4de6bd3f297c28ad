/** What the walk's screens show, derived from its state: pure, so the components only render. */

import type { SubCause, Text } from '../causes/shared/types';
import { findOption, findQuestion, findSubCause, TREE } from '../causes/tree';
import type { WalkState } from './walk';

/** Texts are message keys: the component translates them. */
export type KnownFact =
  | { key: string; kind: 'detected'; subCause?: Text }
  | { key: string; kind: 'settled'; question?: Text; answer?: Text };

/** What the evidence already answered (settled questions, a detected sub-cause): shown, not asked. */
export function knownFacts(state: WalkState): KnownFact[] {
  const out: KnownFact[] = [];
  for (const s of state.steps) {
    if (s.stepId.startsWith('detected:')) {
      out.push({ key: s.stepId, kind: 'detected', subCause: findSubCause(s.stepId.slice('detected:'.length))?.title });
    } else if (s.stepId.startsWith('settled:')) {
      const qid = s.stepId.slice('settled:'.length);
      const a = state.answers.find((x) => x.questionId === qid);
      const hit = a && findOption(qid, a.answer);
      out.push({ key: s.stepId, kind: 'settled', question: findQuestion(qid)?.text, answer: hit?.option.label });
    }
  }
  return out;
}

/** The walked cause's sub-causes whose fixes were not shown yet, offered before escalating. */
export function untriedFixes(state: WalkState): SubCause[] {
  return TREE[state.causeId].subCauses.filter((s) => !state.tried.includes(s.id));
}
