import type { CauseQuestions } from '../shared/types';

/** The questions and answers the walk asks; every text is a message key of ./locales/<locale>.json. */
export const questions: CauseQuestions = {
  start: 'account.notice',
  questions: [
    {
      id: 'account.notice',
      text: 'cause.account.q.notice.text',
      settledBy: [
        { signal: 'account-deactivated', value: 'restricted' },
        { signal: 'onboarding-incomplete', value: 'verify' },
      ],
      options: [
        {
          value: 'restricted',
          label: 'cause.account.q.notice.a.restricted',
          next: { subCause: 'account.restricted' },
          implies: 'likely',
        },
        {
          value: 'verify',
          label: 'cause.account.q.notice.a.verify',
          next: { subCause: 'account.verification' },
          implies: 'likely',
        },
        {
          value: 'fees',
          label: 'cause.account.q.notice.a.fees',
          next: { subCause: 'account.fees' },
          implies: 'likely',
        },
        { value: 'none', label: 'cause.account.q.notice.a.none', next: { question: 'account.app' } },
      ],
    },
    {
      id: 'account.app',
      text: 'cause.account.q.app.text',
      settledBy: [
        { signal: 'app-auth-expired', value: 'yes' },
        { signal: 'app-scope', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'cause.account.q.app.a.yes', next: { subCause: 'account.app-auth' }, implies: 'likely' },
        { value: 'no', label: 'cause.account.q.app.a.no', next: { question: 'account.health' } },
      ],
    },
    {
      id: 'account.health',
      text: 'cause.account.q.health.text',
      options: [
        {
          value: 'yes',
          label: 'cause.account.q.health.a.yes',
          next: { subCause: 'account.standing' },
          implies: 'likely',
        },
        { value: 'no', label: 'cause.account.q.health.a.no', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
  ],
};
