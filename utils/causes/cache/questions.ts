import type { CauseQuestions } from '../shared/types';

export const questions: CauseQuestions = {
  start: 'cache.private',
  questions: [
    {
      id: 'cache.private',
      text: 'Does Seller Center work in a private (incognito) window?',
      help: 'Chrome and Edge: Ctrl+Shift+N (Cmd+Shift+N on a Mac). Sign in there and try the same page.',
      options: [
        { value: 'yes', label: 'Yes, it works there', next: { question: 'cache.symptom' }, implies: 'likely' },
        { value: 'no', label: 'No, it fails there too', next: { ruledOut: true }, implies: 'clear' },
      ],
    },
    {
      id: 'cache.symptom',
      text: 'What do you see in the normal window?',
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
          label: 'A blank page or "failed to load" after an update',
          next: { subCause: 'cache.stale-files' },
        },
        {
          value: 'too-large',
          label: '"Request header too large", or error 431 or 400',
          next: { subCause: 'cache.cookies' },
        },
        { value: 'cannot-save', label: 'Drafts or settings will not save', next: { subCause: 'cache.storage-full' } },
        { value: 'wrong-data', label: 'Wrong or old data, or pages that loop', next: { subCause: 'cache.corrupted' } },
        { value: 'old-version', label: 'An old version of the page', next: { subCause: 'cache.service-worker' } },
      ],
    },
  ],
};
