import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/**
 * What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen.
 * Every text is a message key of ./locales/<locale>.json, rendered with t().
 */
export const fixes: CauseFixes = {
  summary: 'cause.connectivity.summary',
  subCauses: [
    {
      id: 'connectivity.unstable',
      title: 'cause.connectivity.sub.unstable.title',
      about: 'cause.connectivity.sub.unstable.about',
      detectedBy: ['offline', 'unstable', 'slow', 'network-changed'],
      fixes: [
        {
          id: 'connectivity.unstable.steady',
          title: 'cause.connectivity.sub.unstable.fix.steady.title',
          steps: [
            'cause.connectivity.sub.unstable.fix.steady.step1',
            'cause.connectivity.sub.unstable.fix.steady.step2',
            'cause.connectivity.sub.unstable.fix.steady.step3',
            'cause.connectivity.sub.unstable.fix.steady.step4',
          ],
        },
      ],
      check: 'cause.connectivity.sub.unstable.check',
    },
    {
      id: 'connectivity.firewall',
      title: 'cause.connectivity.sub.firewall.title',
      about: 'cause.connectivity.sub.firewall.about',
      detectedBy: ['blocked', 'connection-refused', 'tiktok-unreachable', 'ip-allowlist', 'tls-failure'],
      fixes: [
        {
          id: 'connectivity.firewall.other-network',
          title: 'cause.connectivity.sub.firewall.fix.other-network.title',
          steps: ['cause.connectivity.sub.firewall.fix.other-network.step1'],
        },
        {
          id: 'connectivity.firewall.allow',
          title: 'cause.connectivity.sub.firewall.fix.allow.title',
          steps: [
            'cause.connectivity.sub.firewall.fix.allow.step1',
            'cause.connectivity.sub.firewall.fix.allow.step2',
            'cause.connectivity.sub.firewall.fix.allow.step3',
          ],
        },
      ],
      check: 'cause.connectivity.sub.firewall.check',
    },
    {
      id: 'connectivity.dns',
      title: 'cause.connectivity.sub.dns.title',
      about: 'cause.connectivity.sub.dns.about',
      detectedBy: ['dns-failure'],
      fixes: [
        {
          id: 'connectivity.dns.flush',
          title: 'cause.connectivity.sub.dns.fix.flush.title',
          steps: [
            'cause.connectivity.sub.dns.fix.flush.step1',
            'cause.connectivity.sub.dns.fix.flush.step2',
            'cause.connectivity.sub.dns.fix.flush.step3',
          ],
        },
        {
          id: 'connectivity.dns.resolver',
          title: 'cause.connectivity.sub.dns.fix.resolver.title',
          steps: ['cause.connectivity.sub.dns.fix.resolver.step1', 'cause.connectivity.sub.dns.fix.resolver.step2'],
        },
      ],
      check: 'cause.connectivity.sub.dns.check',
    },
    {
      id: 'connectivity.vpn-proxy',
      title: 'cause.connectivity.sub.vpn-proxy.title',
      about: 'cause.connectivity.sub.vpn-proxy.about',
      detectedBy: ['proxy-on', 'proxy-failure'],
      fixes: [
        {
          id: 'connectivity.vpn-proxy.off',
          title: 'cause.connectivity.sub.vpn-proxy.fix.off.title',
          steps: [
            'cause.connectivity.sub.vpn-proxy.fix.off.step1',
            'cause.connectivity.sub.vpn-proxy.fix.off.step2',
            'cause.connectivity.sub.vpn-proxy.fix.off.step3',
          ],
        },
        {
          id: 'connectivity.vpn-proxy.keep',
          title: 'cause.connectivity.sub.vpn-proxy.fix.keep.title',
          steps: ['cause.connectivity.sub.vpn-proxy.fix.keep.step1', 'cause.connectivity.sub.vpn-proxy.fix.keep.step2'],
        },
      ],
      check: 'cause.connectivity.sub.vpn-proxy.check',
    },
    {
      id: 'connectivity.quic',
      title: 'cause.connectivity.sub.quic.title',
      about: 'cause.connectivity.sub.quic.about',
      detectedBy: ['quic-blocked', 'connection-timeout'],
      fixes: [
        {
          id: 'connectivity.quic.test',
          title: 'cause.connectivity.sub.quic.fix.test.title',
          steps: [
            'cause.connectivity.sub.quic.fix.test.step1',
            'cause.connectivity.sub.quic.fix.test.step2',
            'cause.connectivity.sub.quic.fix.test.step3',
          ],
        },
      ],
      check: 'cause.connectivity.sub.quic.check',
    },
    {
      id: 'connectivity.clock',
      title: 'cause.connectivity.sub.clock.title',
      about: 'cause.connectivity.sub.clock.about',
      detectedBy: ['clock-skew'],
      fixes: [
        {
          id: 'connectivity.clock.auto',
          title: 'cause.connectivity.sub.clock.fix.auto.title',
          steps: [
            'cause.connectivity.sub.clock.fix.auto.step1',
            'cause.connectivity.sub.clock.fix.auto.step2',
            'cause.connectivity.sub.clock.fix.auto.step3',
          ],
        },
      ],
      check: 'cause.connectivity.sub.clock.check',
    },
  ],
  escalation: escalation('cause.connectivity.escalation.topic', ['cause.connectivity.escalation.extra']),
};
