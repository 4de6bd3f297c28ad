import type { CauseQuestions } from '../shared/types';

/** The questions and answers the walk asks; every text is a message key of ./locales/<locale>.json. */
export const questions: CauseQuestions = {
  start: 'policy.notice',
  questions: [
    {
      id: 'policy.notice',
      text: 'cause.policy.q.notice.text',
      settledBy: [
        { signal: 'policy-toast', value: 'yes' },
        { signal: 'policy-code', value: 'yes' },
        { signal: 'brand-unauthorized', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'cause.policy.q.notice.a.yes', next: { question: 'policy.kind' }, implies: 'likely' },
        { value: 'no', label: 'cause.policy.q.notice.a.no', next: { question: 'policy.listing-gone' } },
      ],
    },
    {
      id: 'policy.listing-gone',
      text: 'cause.policy.q.listing-gone.text',
      options: [
        {
          value: 'yes',
          label: 'cause.policy.q.listing-gone.a.yes',
          next: { question: 'policy.kind' },
          implies: 'possible',
        },
        { value: 'no', label: 'cause.policy.q.listing-gone.a.no', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'policy.kind',
      text: 'cause.policy.q.kind.text',
      settledBy: [
        { signal: 'brand-unauthorized', value: 'ip' },
        { signal: 'policy-code', value: 'product' },
      ],
      options: [
        {
          value: 'product',
          label: 'cause.policy.q.kind.a.product',
          next: { subCause: 'policy.prohibited' },
        },
        {
          value: 'description',
          label: 'cause.policy.q.kind.a.description',
          next: { subCause: 'policy.misleading' },
        },
        { value: 'ip', label: 'cause.policy.q.kind.a.ip', next: { subCause: 'policy.ip' } },
        { value: 'ads', label: 'cause.policy.q.kind.a.ads', next: { subCause: 'policy.advertising' } },
      ],
    },
  ],
};
