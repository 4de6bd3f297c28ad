import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'platform.scope',
  questions: [
    {
      id: 'platform.scope',
      text: 'cause.platform.q.scope.text',
      settledBy: [
        { signal: 'maintenance', value: 'maintenance' },
        { signal: 'server-errors', value: 'all' },
        { signal: 'platform-verdict', value: 'all' },
      ],
      options: [
        { value: 'all', label: 'cause.platform.q.scope.option.all', next: { question: 'platform.others' } },
        {
          value: 'one',
          label: 'cause.platform.q.scope.option.one',
          next: { subCause: 'platform.release-bug' },
          implies: 'possible',
        },
        {
          value: 'maintenance',
          label: 'cause.platform.q.scope.option.maintenance',
          next: { subCause: 'platform.maintenance' },
          implies: 'likely',
        },
      ],
    },
    {
      id: 'platform.others',
      text: 'cause.platform.q.others.text',
      options: [
        {
          value: 'yes',
          label: 'cause.platform.q.others.option.yes',
          next: { subCause: 'platform.outage' },
          implies: 'likely',
        },
        { value: 'unsure', label: 'cause.platform.q.others.option.unsure', next: { subCause: 'platform.outage' } },
        { value: 'no', label: 'cause.platform.q.others.option.no', next: { ruledOut: true } },
      ],
    },
  ],
};
