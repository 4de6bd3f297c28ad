/**
 * The whole troubleshooting tree: each cause of the registry joined with its folder's fixes.ts, with the lookups
 * the walk, the help and the history use. Only views past the first screen import this (the fixes are the bulk).
 */
import { indexQuestions } from '../diagnosis/answers';
import type { CauseId } from '../model';
import { CAUSES } from './registry';
import type { CauseFixes, CauseNode, Question, SubCause } from './shared/types';

// Every folder's fixes.ts, by path; tests/house-rules.test.ts checks that each cause has one.
const FIXES = import.meta.glob<CauseFixes>('./*/fixes.ts', { eager: true, import: 'fixes' });

function fixesOf(id: CauseId): CauseFixes {
  const fixes = FIXES[`./${id}/fixes.ts`];
  if (!fixes) throw new Error(`utils/causes/${id}/fixes.ts is missing`);
  return fixes;
}

export const TREE = Object.fromEntries(
  CAUSES.map((c): [CauseId, CauseNode] => [
    c.id,
    { id: c.id, title: c.titles.title, start: c.questions.start, questions: c.questions.questions, ...fixesOf(c.id) },
  ]),
) as Record<CauseId, CauseNode>;

export { FAQ, TIPS } from './shared/faq';
export type * from './shared/types';

const questions = indexQuestions<Question>(CAUSES);
export const { findQuestion, findOption } = questions;

const subCauses = new Map<string, SubCause>();
for (const node of Object.values(TREE)) for (const s of node.subCauses) subCauses.set(s.id, s);

export function findSubCause(id: string): SubCause | undefined {
  return subCauses.get(id);
}
