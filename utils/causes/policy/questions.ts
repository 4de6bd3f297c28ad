import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'policy.notice',
  questions: [
    {
      id: 'policy.notice',
      text: 'Has Seller Center shown a violation notice (in Account Health, Notifications or by email)?',
      settledBy: [
        { signal: 'policy-toast', value: 'yes' },
        { signal: 'policy-code', value: 'yes' },
        { signal: 'brand-unauthorized', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'Yes', next: { question: 'policy.kind' }, implies: 'likely' },
        { value: 'no', label: 'No', next: { question: 'policy.listing-gone' } },
      ],
    },
    {
      id: 'policy.listing-gone',
      text: 'Did a listing disappear or get suspended without a notice?',
      options: [
        { value: 'yes', label: 'Yes', next: { question: 'policy.kind' }, implies: 'possible' },
        { value: 'no', label: 'No', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'policy.kind',
      text: 'What is it about?',
      settledBy: [
        { signal: 'brand-unauthorized', value: 'ip' },
        { signal: 'policy-code', value: 'product' },
      ],
      options: [
        {
          value: 'product',
          label: 'A prohibited or restricted product or category',
          next: { subCause: 'policy.prohibited' },
        },
        {
          value: 'description',
          label: 'A misleading title, image or description',
          next: { subCause: 'policy.misleading' },
        },
        { value: 'ip', label: 'A brand, trademark or copyright complaint', next: { subCause: 'policy.ip' } },
        { value: 'ads', label: 'An ad or a promotional video', next: { subCause: 'policy.advertising' } },
      ],
    },
  ],
};
