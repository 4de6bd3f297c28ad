/**
 * Every question of the tree, keyed by cause, with the lookups the diagnosis needs to read the seller's answers.
 * Light on purpose: the popup's first screen imports this, not the fixes.
 */
import type { CauseId } from '../../model';
import type { CauseQuestions, Option, Question } from '../types';
import { account } from './account';
import { appVersion } from './app-version';
import { cache } from './cache';
import { connectivity } from './connectivity';
import { geo } from './geo';
import { listing } from './listing';
import { payment } from './payment';
import { platform } from './platform';
import { policy } from './policy';

export const QUESTIONS: Record<CauseId, CauseQuestions> = {
  connectivity,
  policy,
  payment,
  listing,
  account,
  platform,
  'app-version': appVersion,
  geo,
  cache,
};

const index = new Map<string, { cause: CauseId; question: Question }>();
for (const [cause, ask] of Object.entries(QUESTIONS) as [CauseId, CauseQuestions][]) {
  for (const question of ask.questions) index.set(question.id, { cause, question });
}

export function findQuestion(id: string): Question | undefined {
  return index.get(id)?.question;
}

export function findOption(
  questionId: string,
  value: string,
): { cause: CauseId; question: Question; option: Option } | undefined {
  const hit = index.get(questionId);
  const option = hit?.question.options.find((o) => o.value === value);
  return hit && option ? { cause: hit.cause, question: hit.question, option } : undefined;
}
