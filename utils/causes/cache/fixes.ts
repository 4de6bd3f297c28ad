import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'cause.cache.summary',
  subCauses: [
    {
      id: 'cache.stale-files',
      title: 'cause.cache.sub.stale-files.title',
      about: 'cause.cache.sub.stale-files.about',
      detectedBy: ['chunk-load', 'stale-script-404'],
      fixes: [
        {
          id: 'cache.stale-files.reload',
          title: 'cause.cache.fix.stale-files.reload.title',
          steps: [
            'cause.cache.fix.stale-files.reload.step1',
            'cause.cache.fix.stale-files.reload.step2',
            'cause.cache.fix.stale-files.reload.step3',
          ],
        },
      ],
      check: 'cause.cache.sub.stale-files.check',
    },
    {
      id: 'cache.cookies',
      title: 'cause.cache.sub.cookies.title',
      about: 'cause.cache.sub.cookies.about',
      detectedBy: ['http-431', 'oversized-cookies'],
      fixes: [
        {
          id: 'cache.cookies.clear',
          title: 'cause.cache.fix.cookies.clear.title',
          steps: ['cause.cache.fix.cookies.clear.step1', 'cause.cache.fix.cookies.clear.step2'],
        },
      ],
      check: 'cause.cache.sub.cookies.check',
    },
    {
      id: 'cache.storage-full',
      title: 'cause.cache.sub.storage-full.title',
      about: 'cause.cache.sub.storage-full.about',
      detectedBy: ['storage-full', 'quota-error'],
      fixes: [
        {
          id: 'cache.storage-full.clear',
          title: 'cause.cache.fix.storage-full.clear.title',
          steps: ['cause.cache.fix.storage-full.clear.step1', 'cause.cache.fix.storage-full.clear.step2'],
        },
      ],
      check: 'cause.cache.sub.storage-full.check',
    },
    {
      id: 'cache.corrupted',
      title: 'cause.cache.sub.corrupted.title',
      about: 'cause.cache.sub.corrupted.about',
      fixes: [
        {
          id: 'cache.corrupted.clear',
          title: 'cause.cache.fix.corrupted.clear.title',
          steps: ['cause.cache.fix.corrupted.clear.step1'],
        },
      ],
      check: 'cause.cache.sub.corrupted.check',
    },
    {
      id: 'cache.service-worker',
      title: 'cause.cache.sub.service-worker.title',
      about: 'cause.cache.sub.service-worker.about',
      fixes: [
        {
          id: 'cache.service-worker.unregister',
          title: 'cause.cache.fix.service-worker.unregister.title',
          steps: ['cause.cache.fix.service-worker.unregister.step1', 'cause.cache.fix.service-worker.unregister.step2'],
        },
      ],
      check: 'cause.cache.sub.service-worker.check',
    },
  ],
  escalation: escalation('escalation.topic.not-loading'),
};
