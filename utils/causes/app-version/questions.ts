import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'app-version.where',
  questions: [
    {
      id: 'app-version.where',
      text: 'cause.app-version.q.where.text',
      settledBy: [
        { signal: 'browser-outdated', value: 'browser' },
        { signal: 'old-engine-errors', value: 'browser' },
        { signal: 'update-browser-message', value: 'browser' },
        { signal: 'api-version', value: 'integration' },
      ],
      options: [
        {
          value: 'browser',
          label: 'cause.app-version.q.where.option.browser',
          next: { question: 'app-version.updated' },
        },
        { value: 'app', label: 'cause.app-version.q.where.option.app', next: { subCause: 'app-version.app' } },
        {
          value: 'integration',
          label: 'cause.app-version.q.where.option.integration',
          next: { subCause: 'app-version.integration' },
          implies: 'possible',
        },
        {
          value: 'extensions',
          label: 'cause.app-version.q.where.option.extensions',
          next: { subCause: 'app-version.extension' },
          implies: 'possible',
        },
      ],
    },
    {
      id: 'app-version.updated',
      text: 'cause.app-version.q.updated.text',
      settledBy: [{ signal: 'browser-outdated', value: 'no' }],
      options: [
        {
          value: 'no',
          label: 'cause.app-version.q.updated.option.no',
          next: { subCause: 'app-version.browser' },
          implies: 'possible',
        },
        { value: 'yes', label: 'cause.app-version.q.updated.option.yes', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
  ],
};
