/**
 * The whole troubleshooting tree: each cause's questions joined with its folder's fixes.ts, with the lookups the
 * walk, the help and the history use. Only views past the first screen import this (the fixes are the bulk). The
 * parts are found by folder, in the contract's order (CAUSE_IDS, the registry's), not through the registry: the
 * walk needs no rule and no page words, which stay in the background with the diagnosis.
 */
import { indexQuestions } from '../diagnosis/answers';
import { CAUSE_IDS, type CauseId } from '../model';
import type { CauseFixes, CauseNode, CauseQuestions, Question, SubCause } from './shared/types';
import { CAUSE_TITLES } from './titles';

// Every folder's fixes.ts and questions.ts, by path; tests/house-rules.test.ts checks that each cause has them.
const FIXES = import.meta.glob<CauseFixes>('./*/fixes.ts', { eager: true, import: 'fixes' });
const QUESTIONS = import.meta.glob<CauseQuestions>('./*/questions.ts', { eager: true, import: 'questions' });

function partOf<T>(parts: Record<string, T>, id: CauseId, file: string): T {
  const part = parts[`./${id}/${file}`];
  if (!part) throw new Error(`utils/causes/${id}/${file} is missing`);
  return part;
}

const CAUSE_QUESTIONS = CAUSE_IDS.map((id) => ({ id, questions: partOf(QUESTIONS, id, 'questions.ts') }));

export const TREE = Object.fromEntries(
  CAUSE_QUESTIONS.map(({ id, questions }): [CauseId, CauseNode] => [
    id,
    {
      id,
      title: CAUSE_TITLES[id],
      start: questions.start,
      questions: questions.questions,
      ...partOf(FIXES, id, 'fixes.ts'),
    },
  ]),
) as Record<CauseId, CauseNode>;

export { FAQ, TIPS } from './shared/faq';
export type * from './shared/types';

const questions = indexQuestions<Question>(CAUSE_QUESTIONS);
export const { findQuestion, findOption } = questions;

const subCauses = new Map<string, SubCause>();
for (const node of Object.values(TREE)) for (const s of node.subCauses) subCauses.set(s.id, s);

export function findSubCause(id: string): SubCause | undefined {
  return subCauses.get(id);
}
