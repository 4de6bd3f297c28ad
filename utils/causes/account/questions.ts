import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'account.notice',
  questions: [
    {
      id: 'account.notice',
      text: 'Does Seller Center show a banner or notice about your account?',
      settledBy: [
        { signal: 'account-deactivated', value: 'restricted' },
        { signal: 'onboarding-incomplete', value: 'verify' },
      ],
      options: [
        {
          value: 'restricted',
          label: 'Restricted, suspended or deactivated',
          next: { subCause: 'account.restricted' },
          implies: 'likely',
        },
        {
          value: 'verify',
          label: 'Verification or onboarding needed',
          next: { subCause: 'account.verification' },
          implies: 'likely',
        },
        { value: 'fees', label: 'Overdue fees or billing', next: { subCause: 'account.fees' }, implies: 'likely' },
        { value: 'none', label: 'No notice', next: { question: 'account.app' } },
      ],
    },
    {
      id: 'account.app',
      text: 'Is the trouble in a connected app or store system (orders or stock not syncing), rather than Seller Center itself?',
      settledBy: [
        { signal: 'app-auth-expired', value: 'yes' },
        { signal: 'app-scope', value: 'yes' },
      ],
      options: [
        { value: 'yes', label: 'Yes, a connected app', next: { subCause: 'account.app-auth' }, implies: 'likely' },
        { value: 'no', label: 'No, Seller Center itself', next: { question: 'account.health' } },
      ],
    },
    {
      id: 'account.health',
      text: 'Does Account Health show a score below target or a penalty?',
      options: [
        { value: 'yes', label: 'Yes', next: { subCause: 'account.standing' }, implies: 'likely' },
        { value: 'no', label: 'No', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
  ],
};
