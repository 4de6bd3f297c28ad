import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'app-version.where',
  questions: [
    {
      id: 'app-version.where',
      text: 'Where does it fail?',
      settledBy: [
        { signal: 'browser-outdated', value: 'browser' },
        { signal: 'old-engine-errors', value: 'browser' },
        { signal: 'update-browser-message', value: 'browser' },
        { signal: 'api-version', value: 'integration' },
      ],
      options: [
        { value: 'browser', label: 'Seller Center in this browser', next: { question: 'app-version.updated' } },
        { value: 'app', label: 'The TikTok or Seller Center phone app', next: { subCause: 'app-version.app' } },
        {
          value: 'integration',
          label: 'A connected app or store system',
          next: { subCause: 'app-version.integration' },
          implies: 'possible',
        },
        {
          value: 'extensions',
          label: 'Only with some browser extensions on',
          next: { subCause: 'app-version.extension' },
          implies: 'possible',
        },
      ],
    },
    {
      id: 'app-version.updated',
      text: 'Has this browser updated itself in the last month?',
      settledBy: [{ signal: 'browser-outdated', value: 'no' }],
      options: [
        { value: 'no', label: 'No, or I am not sure', next: { subCause: 'app-version.browser' }, implies: 'possible' },
        { value: 'yes', label: 'Yes, it is current', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
  ],
};
