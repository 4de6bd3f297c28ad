import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/**
 * What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen.
 * Every text is a message key of ./locales/<locale>.json, rendered with t().
 */
export const fixes: CauseFixes = {
  summary: 'cause.account.summary',
  subCauses: [
    {
      id: 'account.verification',
      title: 'cause.account.sub.verification.title',
      about: 'cause.account.sub.verification.about',
      detectedBy: ['onboarding-incomplete'],
      fixes: [
        {
          id: 'account.verification.finish',
          title: 'cause.account.sub.verification.fix.finish.title',
          steps: [
            'cause.account.sub.verification.fix.finish.step1',
            'cause.account.sub.verification.fix.finish.step2',
            'cause.account.sub.verification.fix.finish.step3',
          ],
        },
      ],
      check: 'cause.account.sub.verification.check',
    },
    {
      id: 'account.restricted',
      title: 'cause.account.sub.restricted.title',
      about: 'cause.account.sub.restricted.about',
      detectedBy: ['account-deactivated'],
      fixes: [
        {
          id: 'account.restricted.read',
          title: 'cause.account.sub.restricted.fix.read.title',
          steps: ['cause.account.sub.restricted.fix.read.step1', 'cause.account.sub.restricted.fix.read.step2'],
        },
        {
          id: 'account.restricted.appeal',
          title: 'cause.account.sub.restricted.fix.appeal.title',
          steps: ['cause.account.sub.restricted.fix.appeal.step1', 'cause.account.sub.restricted.fix.appeal.step2'],
        },
      ],
      check: 'cause.account.sub.restricted.check',
    },
    {
      id: 'account.fees',
      title: 'cause.account.sub.fees.title',
      about: 'cause.account.sub.fees.about',
      fixes: [
        {
          id: 'account.fees.pay',
          title: 'cause.account.sub.fees.fix.pay.title',
          steps: ['cause.account.sub.fees.fix.pay.step1', 'cause.account.sub.fees.fix.pay.step2'],
        },
      ],
      check: 'cause.account.sub.fees.check',
    },
    {
      id: 'account.standing',
      title: 'cause.account.sub.standing.title',
      about: 'cause.account.sub.standing.about',
      fixes: [
        {
          id: 'account.standing.improve',
          title: 'cause.account.sub.standing.fix.improve.title',
          steps: [
            'cause.account.sub.standing.fix.improve.step1',
            'cause.account.sub.standing.fix.improve.step2',
            'cause.account.sub.standing.fix.improve.step3',
          ],
        },
      ],
      check: 'cause.account.sub.standing.check',
    },
    {
      id: 'account.app-auth',
      title: 'cause.account.sub.app-auth.title',
      about: 'cause.account.sub.app-auth.about',
      detectedBy: ['app-auth-expired', 'app-scope'],
      fixes: [
        {
          id: 'account.app-auth.reauthorize',
          title: 'cause.account.sub.app-auth.fix.reauthorize.title',
          steps: [
            'cause.account.sub.app-auth.fix.reauthorize.step1',
            'cause.account.sub.app-auth.fix.reauthorize.step2',
            'cause.account.sub.app-auth.fix.reauthorize.step3',
            'cause.account.sub.app-auth.fix.reauthorize.step4',
          ],
        },
      ],
      check: 'cause.account.sub.app-auth.check',
    },
  ],
  escalation: escalation('cause.account.escalation.topic', ['cause.account.escalation.extra']),
};
