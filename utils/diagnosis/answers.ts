/** The seller's answers, read through the causes' questions: which question, which option, which cause. */
import type { CauseId } from '../model';
import type { AnswerOption, AnswerQuestion } from './types';

export interface QuestionIndex<Q extends AnswerQuestion> {
  findQuestion(id: string): Q | undefined;
  findOption(
    questionId: string,
    value: string,
  ): { cause: CauseId; question: Q; option: Q['options'][number] } | undefined;
}

/** Index every question of the given causes by its id (unique in the whole tree: `<cause>.<slug>`). */
export function indexQuestions<Q extends AnswerQuestion>(
  causes: readonly { id: CauseId; questions: { questions: readonly Q[] } }[],
): QuestionIndex<Q> {
  const index = new Map<string, { cause: CauseId; question: Q }>();
  for (const c of causes)
    for (const question of c.questions.questions) index.set(question.id, { cause: c.id, question });
  return {
    findQuestion: (id) => index.get(id)?.question,
    findOption(questionId, value) {
      const hit = index.get(questionId);
      const option = hit?.question.options.find((o: AnswerOption) => o.value === value);
      return hit && option ? { cause: hit.cause, question: hit.question, option } : undefined;
    },
  };
}
