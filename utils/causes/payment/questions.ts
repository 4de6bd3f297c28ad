import type { CauseQuestions } from '../shared/types';

/** The questions and answers the walk asks; every text is a message key of ./locales/<locale>.json. */
export const questions: CauseQuestions = {
  start: 'payment.what',
  questions: [
    {
      id: 'payment.what',
      text: 'cause.payment.q.what.text',
      settledBy: [
        { signal: 'checkout-failure', value: 'checkout' },
        { signal: 'payment-api-error', value: 'checkout' },
        { signal: 'checkout-slow', value: 'checkout' },
      ],
      options: [
        { value: 'checkout', label: 'cause.payment.q.what.a.checkout', next: { question: 'payment.all-buyers' } },
        {
          value: 'payout',
          label: 'cause.payment.q.what.a.payout',
          next: { subCause: 'payment.payout-account' },
          implies: 'likely',
        },
        {
          value: 'billing',
          label: 'cause.payment.q.what.a.billing',
          next: { subCause: 'payment.billing' },
          implies: 'likely',
        },
        { value: 'none', label: 'cause.payment.q.what.a.none', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'payment.all-buyers',
      text: 'cause.payment.q.all-buyers.text',
      options: [
        {
          value: 'all',
          label: 'cause.payment.q.all-buyers.a.all',
          next: { subCause: 'payment.gateway' },
          implies: 'likely',
        },
        {
          value: 'some',
          label: 'cause.payment.q.all-buyers.a.some',
          next: { subCause: 'payment.declined' },
          implies: 'possible',
        },
      ],
    },
  ],
};
