import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/**
 * What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen.
 * Every text is a message key of ./locales/<locale>.json, rendered with t().
 */
export const fixes: CauseFixes = {
  summary: 'cause.policy.summary',
  subCauses: [
    {
      id: 'policy.prohibited',
      title: 'cause.policy.sub.prohibited.title',
      about: 'cause.policy.sub.prohibited.about',
      detectedBy: ['policy-code'],
      fixes: [
        {
          id: 'policy.prohibited.find',
          title: 'cause.policy.sub.prohibited.fix.find.title',
          steps: ['cause.policy.sub.prohibited.fix.find.step1', 'cause.policy.sub.prohibited.fix.find.step2'],
        },
        {
          id: 'policy.prohibited.fix',
          title: 'cause.policy.sub.prohibited.fix.fix.title',
          steps: [
            'cause.policy.sub.prohibited.fix.fix.step1',
            'cause.policy.sub.prohibited.fix.fix.step2',
            'cause.policy.sub.prohibited.fix.fix.step3',
          ],
        },
      ],
      check: 'cause.policy.sub.prohibited.check',
    },
    {
      id: 'policy.misleading',
      title: 'cause.policy.sub.misleading.title',
      about: 'cause.policy.sub.misleading.about',
      fixes: [
        {
          id: 'policy.misleading.rewrite',
          title: 'cause.policy.sub.misleading.fix.rewrite.title',
          steps: [
            'cause.policy.sub.misleading.fix.rewrite.step1',
            'cause.policy.sub.misleading.fix.rewrite.step2',
            'cause.policy.sub.misleading.fix.rewrite.step3',
          ],
        },
      ],
      check: 'cause.policy.sub.misleading.check',
    },
    {
      id: 'policy.ip',
      title: 'cause.policy.sub.ip.title',
      about: 'cause.policy.sub.ip.about',
      detectedBy: ['brand-unauthorized'],
      fixes: [
        {
          id: 'policy.ip.respond',
          title: 'cause.policy.sub.ip.fix.respond.title',
          steps: [
            'cause.policy.sub.ip.fix.respond.step1',
            'cause.policy.sub.ip.fix.respond.step2',
            'cause.policy.sub.ip.fix.respond.step3',
          ],
        },
      ],
      check: 'cause.policy.sub.ip.check',
    },
    {
      id: 'policy.advertising',
      title: 'cause.policy.sub.advertising.title',
      about: 'cause.policy.sub.advertising.about',
      fixes: [
        {
          id: 'policy.advertising.fix',
          title: 'cause.policy.sub.advertising.fix.fix.title',
          steps: [
            'cause.policy.sub.advertising.fix.fix.step1',
            'cause.policy.sub.advertising.fix.fix.step2',
            'cause.policy.sub.advertising.fix.fix.step3',
          ],
        },
      ],
      check: 'cause.policy.sub.advertising.check',
    },
  ],
  escalation: escalation('cause.policy.escalation.topic', ['cause.policy.escalation.extra']),
};
