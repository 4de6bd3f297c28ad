/** The whole troubleshooting tree, keyed by cause, with lookups the walk and the diagnosis use. */
import type { CauseId } from '../model';
import { account } from './causes/account';
import { appVersion } from './causes/app-version';
import { cache } from './causes/cache';
import { connectivity } from './causes/connectivity';
import { geo } from './causes/geo';
import { listing } from './causes/listing';
import { payment } from './causes/payment';
import { platform } from './causes/platform';
import { policy } from './causes/policy';
import type { CauseNode, Option, Question, SubCause } from './types';

export const TREE: Record<CauseId, CauseNode> = {
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

export { FAQ, TIPS } from './faq';
export type * from './types';

const questions = new Map<string, { cause: CauseId; question: Question }>();
const subCauses = new Map<string, { cause: CauseId; subCause: SubCause }>();
for (const node of Object.values(TREE)) {
  for (const q of node.questions) questions.set(q.id, { cause: node.id, question: q });
  for (const s of node.subCauses) subCauses.set(s.id, { cause: node.id, subCause: s });
}

export function findQuestion(id: string): Question | undefined {
  return questions.get(id)?.question;
}

export function findSubCause(id: string): SubCause | undefined {
  return subCauses.get(id)?.subCause;
}

export function findOption(
  questionId: string,
  value: string,
): { cause: CauseId; question: Question; option: Option } | undefined {
  const hit = questions.get(questionId);
  const option = hit?.question.options.find((o) => o.value === value);
  return hit && option ? { cause: hit.cause, question: hit.question, option } : undefined;
}
