import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'cause.geo.summary',
  subCauses: [
    {
      id: 'geo.unavailable',
      title: 'cause.geo.sub.unavailable.title',
      about: 'cause.geo.sub.unavailable.about',
      detectedBy: ['http-451', 'region-message'],
      fixes: [
        {
          id: 'geo.unavailable.market',
          title: 'cause.geo.fix.unavailable.market.title',
          steps: ['cause.geo.fix.unavailable.market.step1', 'cause.geo.fix.unavailable.market.step2'],
        },
      ],
      check: 'cause.geo.sub.unavailable.check',
    },
    {
      id: 'geo.market-mismatch',
      title: 'cause.geo.sub.market-mismatch.title',
      about: 'cause.geo.sub.market-mismatch.about',
      detectedBy: ['region-mismatch'],
      fixes: [
        {
          id: 'geo.market-mismatch.host',
          title: 'cause.geo.fix.market-mismatch.host.title',
          steps: [
            'cause.geo.fix.market-mismatch.host.step1',
            'cause.geo.fix.market-mismatch.host.step2',
            'cause.geo.fix.market-mismatch.host.step3',
          ],
        },
      ],
      check: 'cause.geo.sub.market-mismatch.check',
    },
    {
      id: 'geo.vpn-exit',
      title: 'cause.geo.sub.vpn-exit.title',
      about: 'cause.geo.sub.vpn-exit.about',
      detectedBy: ['vpn-exit'],
      fixes: [
        {
          id: 'geo.vpn-exit.off',
          title: 'cause.geo.fix.vpn-exit.off.title',
          steps: ['cause.geo.fix.vpn-exit.off.step1', 'cause.geo.fix.vpn-exit.off.step2'],
        },
      ],
      check: 'cause.geo.sub.vpn-exit.check',
    },
  ],
  escalation: escalation('escalation.topic.region-market'),
};
