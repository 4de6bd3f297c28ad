import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary:
    'Data the browser stored for Seller Center is stale or broken: old files after a release, oversized cookies, full storage, corrupted data or a stale service worker.',
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
