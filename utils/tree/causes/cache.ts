import { escalation } from '../escalation';
import type { CauseNode } from '../types';

export const cache: CauseNode = {
  id: 'cache',
  title: 'Cache and site data',
  summary:
    'Data the browser stored for Seller Center is stale or broken: old files after a release, oversized cookies, full storage, corrupted data or a stale service worker.',
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
  subCauses: [
    {
      id: 'cache.stale-files',
      title: 'Stale files after a Seller Center release',
      about:
        'A page loaded before an update asks for files that no longer exist ("ChunkLoadError", "Failed to fetch dynamically imported module").',
      detectedBy: ['chunk-load', 'stale-script-404'],
      fixes: [
        {
          id: 'cache.stale-files.reload',
          title: 'Load the new version',
          steps: [
            'Hard-refresh the Seller Center tab: Ctrl+Shift+R (Cmd+Shift+R on a Mac).',
            'Close every Seller Center tab, then open Seller Center again.',
            'If it keeps failing, use "Clear Seller Center site data" below; it keeps you signed in unless you tick cookies.',
          ],
        },
      ],
      check: 'Pages load, and no new chunk-load errors appear in History → Recent events.',
    },
    {
      id: 'cache.cookies',
      title: 'Oversized cookies',
      about: 'Too many or too large cookies make every request too big, and the server answers 431 or 400.',
      detectedBy: ['http-431', 'oversized-cookies'],
      fixes: [
        {
          id: 'cache.cookies.clear',
          title: 'Clear the cookies',
          steps: [
            'Use "Clear Seller Center site data" below with "Include cookies" ticked; you will sign in again afterwards.',
            'Avoid switching between many shops in one browser profile; use one profile per shop.',
          ],
        },
      ],
      check: 'Press Run checks: cookies are under 8 KB and the 431 or 400 errors stop.',
    },
    {
      id: 'cache.storage-full',
      title: 'Storage full',
      about: 'Seller Center’s storage quota is used up, so it cannot save drafts or settings ("QuotaExceededError").',
      detectedBy: ['storage-full', 'quota-error'],
      fixes: [
        {
          id: 'cache.storage-full.clear',
          title: 'Free the storage',
          steps: [
            'Use "Clear Seller Center site data" below.',
            'Free disk space on this computer: browsers shrink a site’s quota when the disk is nearly full.',
          ],
        },
      ],
      check: 'Press Run checks: site storage is well under its quota.',
    },
    {
      id: 'cache.corrupted',
      title: 'Corrupted site data',
      about: 'Broken data saved by Seller Center makes pages show wrong data, loop or crash.',
      fixes: [
        {
          id: 'cache.corrupted.clear',
          title: 'Start from clean data',
          steps: ['Use "Clear Seller Center site data" below, then reload Seller Center.'],
        },
      ],
      check: 'Seller Center works in a normal window again.',
    },
    {
      id: 'cache.service-worker',
      title: 'Stale service worker',
      about: 'A background script from an old version keeps serving old pages.',
      fixes: [
        {
          id: 'cache.service-worker.unregister',
          title: 'Remove the old worker',
          steps: [
            'Use "Clear Seller Center site data" below: it removes service workers too.',
            'Or open chrome://serviceworker-internals, find the Seller Center address and click Unregister.',
          ],
        },
      ],
      check: 'After a reload, the page shows the current version.',
    },
  ],
  escalation: escalation('Technical issue / Seller Center not loading'),
};
