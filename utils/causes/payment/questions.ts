import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'payment.what',
  questions: [
    {
      id: 'payment.what',
      text: 'What fails?',
      settledBy: [
        { signal: 'checkout-failure', value: 'checkout' },
        { signal: 'payment-api-error', value: 'checkout' },
        { signal: 'checkout-slow', value: 'checkout' },
      ],
      options: [
        { value: 'checkout', label: 'Buyers cannot complete checkout', next: { question: 'payment.all-buyers' } },
        {
          value: 'payout',
          label: 'Payouts or settlements do not arrive',
          next: { subCause: 'payment.payout-account' },
          implies: 'likely',
        },
        {
          value: 'billing',
          label: 'A billing or fee warning',
          next: { subCause: 'payment.billing' },
          implies: 'likely',
        },
        { value: 'none', label: 'None of these', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'payment.all-buyers',
      text: 'Does checkout fail for every buyer, or only for some?',
      options: [
        { value: 'all', label: 'Every buyer', next: { subCause: 'payment.gateway' }, implies: 'likely' },
        {
          value: 'some',
          label: 'Only some buyers or some orders',
          next: { subCause: 'payment.declined' },
          implies: 'possible',
        },
      ],
    },
  ],
};
