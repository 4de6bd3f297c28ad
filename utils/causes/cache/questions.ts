import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'cache.private',
  questions: [
    {
      id: 'cache.private',
      text: 'cause.cache.q.private.text',
      help: 'cause.cache.q.private.help',
      options: [
        {
          value: 'yes',
          label: 'cause.cache.q.private.option.yes',
          next: { question: 'cache.symptom' },
          implies: 'likely',
        },
        { value: 'no', label: 'cause.cache.q.private.option.no', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'cache.symptom',
      text: 'cause.cache.q.symptom.text',
      settledBy: [
        { signal: 'chunk-load', value: 'blank' },
        { signal: 'stale-script-404', value: 'blank' },
        { signal: 'http-431', value: 'too-large' },
        { signal: 'oversized-cookies', value: 'too-large' },
        { signal: 'storage-full', value: 'cannot-save' },
        { signal: 'quota-error', value: 'cannot-save' },
      ],
      options: [
        {
          value: 'blank',
          label: 'cause.cache.q.symptom.option.blank',
          next: { subCause: 'cache.stale-files' },
        },
        {
          value: 'too-large',
          label: 'cause.cache.q.symptom.option.too-large',
          next: { subCause: 'cache.cookies' },
        },
        {
          value: 'cannot-save',
          label: 'cause.cache.q.symptom.option.cannot-save',
          next: { subCause: 'cache.storage-full' },
        },
        {
          value: 'wrong-data',
          label: 'cause.cache.q.symptom.option.wrong-data',
          next: { subCause: 'cache.corrupted' },
        },
        {
          value: 'old-version',
          label: 'cause.cache.q.symptom.option.old-version',
          next: { subCause: 'cache.service-worker' },
        },
      ],
    },
  ],
};
