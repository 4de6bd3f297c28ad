import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'cause.platform.summary',
  subCauses: [
    {
      id: 'platform.outage',
      title: 'cause.platform.sub.outage.title',
      about: 'cause.platform.sub.outage.about',
      detectedBy: ['server-errors', 'platform-verdict', 'platform-code'],
      fixes: [
        {
          id: 'platform.outage.wait',
          title: 'cause.platform.fix.outage.wait.title',
          steps: [
            'cause.platform.fix.outage.wait.step1',
            'cause.platform.fix.outage.wait.step2',
            'cause.platform.fix.outage.wait.step3',
            'cause.platform.fix.outage.wait.step4',
          ],
        },
      ],
      check: 'cause.platform.sub.outage.check',
    },
    {
      id: 'platform.release-bug',
      title: 'cause.platform.sub.release-bug.title',
      about: 'cause.platform.sub.release-bug.about',
      detectedBy: ['page-errors'],
      fixes: [
        {
          id: 'platform.release-bug.refresh',
          title: 'cause.platform.fix.release-bug.refresh.title',
          steps: [
            'cause.platform.fix.release-bug.refresh.step1',
            'cause.platform.fix.release-bug.refresh.step2',
            'cause.platform.fix.release-bug.refresh.step3',
          ],
        },
      ],
      check: 'cause.platform.sub.release-bug.check',
    },
    {
      id: 'platform.maintenance',
      title: 'cause.platform.sub.maintenance.title',
      about: 'cause.platform.sub.maintenance.about',
      detectedBy: ['maintenance'],
      fixes: [
        {
          id: 'platform.maintenance.wait',
          title: 'cause.platform.fix.maintenance.wait.title',
          steps: ['cause.platform.fix.maintenance.wait.step1', 'cause.platform.fix.maintenance.wait.step2'],
        },
      ],
      check: 'cause.platform.sub.maintenance.check',
    },
    {
      id: 'platform.rate-limit',
      title: 'cause.platform.sub.rate-limit.title',
      about: 'cause.platform.sub.rate-limit.about',
      detectedBy: ['rate-limited'],
      fixes: [
        {
          id: 'platform.rate-limit.back-off',
          title: 'cause.platform.fix.rate-limit.back-off.title',
          steps: ['cause.platform.fix.rate-limit.back-off.step1', 'cause.platform.fix.rate-limit.back-off.step2'],
        },
      ],
      check: 'cause.platform.sub.rate-limit.check',
    },
  ],
  escalation: escalation('escalation.topic.system-bug', ['cause.platform.escalation.extra1']),
};
