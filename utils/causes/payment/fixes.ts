import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/**
 * What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen.
 * Every text is a message key of ./locales/<locale>.json, rendered with t().
 */
export const fixes: CauseFixes = {
  summary: 'cause.payment.summary',
  subCauses: [
    {
      id: 'payment.gateway',
      title: 'cause.payment.sub.gateway.title',
      about: 'cause.payment.sub.gateway.about',
      detectedBy: ['checkout-failure', 'payment-api-error', 'checkout-slow'],
      fixes: [
        {
          id: 'payment.gateway.test',
          title: 'cause.payment.sub.gateway.fix.test.title',
          steps: ['cause.payment.sub.gateway.fix.test.step1', 'cause.payment.sub.gateway.fix.test.step2'],
        },
        {
          id: 'payment.gateway.settings',
          title: 'cause.payment.sub.gateway.fix.settings.title',
          steps: ['cause.payment.sub.gateway.fix.settings.step1', 'cause.payment.sub.gateway.fix.settings.step2'],
        },
      ],
      check: 'cause.payment.sub.gateway.check',
    },
    {
      id: 'payment.payout-account',
      title: 'cause.payment.sub.payout-account.title',
      about: 'cause.payment.sub.payout-account.about',
      fixes: [
        {
          id: 'payment.payout-account.link',
          title: 'cause.payment.sub.payout-account.fix.link.title',
          steps: [
            'cause.payment.sub.payout-account.fix.link.step1',
            'cause.payment.sub.payout-account.fix.link.step2',
            'cause.payment.sub.payout-account.fix.link.step3',
          ],
        },
      ],
      check: 'cause.payment.sub.payout-account.check',
    },
    {
      id: 'payment.declined',
      title: 'cause.payment.sub.declined.title',
      about: 'cause.payment.sub.declined.about',
      fixes: [
        {
          id: 'payment.declined.retry',
          title: 'cause.payment.sub.declined.fix.retry.title',
          steps: ['cause.payment.sub.declined.fix.retry.step1', 'cause.payment.sub.declined.fix.retry.step2'],
        },
      ],
      check: 'cause.payment.sub.declined.check',
    },
    {
      id: 'payment.billing',
      title: 'cause.payment.sub.billing.title',
      about: 'cause.payment.sub.billing.about',
      fixes: [
        {
          id: 'payment.billing.update',
          title: 'cause.payment.sub.billing.fix.update.title',
          steps: ['cause.payment.sub.billing.fix.update.step1', 'cause.payment.sub.billing.fix.update.step2'],
        },
      ],
      check: 'cause.payment.sub.billing.check',
    },
  ],
  escalation: escalation('cause.payment.escalation.topic', ['cause.payment.escalation.extra']),
};
