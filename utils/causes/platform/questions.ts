import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'platform.scope',
  questions: [
    {
      id: 'platform.scope',
      text: 'Does the problem affect all of Seller Center, or one page or feature?',
      settledBy: [
        { signal: 'maintenance', value: 'maintenance' },
        { signal: 'server-errors', value: 'all' },
        { signal: 'platform-verdict', value: 'all' },
      ],
      options: [
        { value: 'all', label: 'All of it: pages fail or load without data', next: { question: 'platform.others' } },
        { value: 'one', label: 'One page or feature', next: { subCause: 'platform.release-bug' }, implies: 'possible' },
        {
          value: 'maintenance',
          label: 'A maintenance or "system busy" page appears',
          next: { subCause: 'platform.maintenance' },
          implies: 'likely',
        },
      ],
    },
    {
      id: 'platform.others',
      text: 'Do other sellers report the same problem right now (seller community, groups)?',
      options: [
        { value: 'yes', label: 'Yes', next: { subCause: 'platform.outage' }, implies: 'likely' },
        { value: 'unsure', label: 'I don’t know', next: { subCause: 'platform.outage' } },
        { value: 'no', label: 'No, only me', next: { ruledOut: true } },
      ],
    },
  ],
};
