/**
 * Online state: what the browser lets an extension see of its connection. An OS-level VPN or proxy is invisible
 * to every browser API without the `proxy` permission (not asked for: Chrome warns "Read and change all your data
 * on all websites" for it), so the tree asks the seller instead (docs/permissions.md).
 */
import type { ProbeOutcome } from '../../model';
import type { ProbeMetrics } from './metrics';

export interface NavigatorLike {
  onLine?: boolean;
  connection?: { effectiveType?: string; rtt?: number; downlink?: number };
  userAgent?: string;
  userAgentData?: { brands?: readonly { brand: string; version: string }[] };
  language?: string;
}

export function onlineMetrics(nav: NavigatorLike): ProbeMetrics['online'] {
  const c = nav.connection;
  return {
    online: nav.onLine !== false,
    effectiveType: typeof c?.effectiveType === 'string' ? c.effectiveType : null,
    rttMs: typeof c?.rtt === 'number' ? c.rtt : null,
    downlinkMbps: typeof c?.downlink === 'number' ? c.downlink : null,
  };
}

/**
 * `navigator.onLine` false only means no network interface looked up; it is wrong often enough (loopback-only
 * machines, some VPNs) that it counts only when no host answered either.
 */
export function onlineOutcome(m: ProbeMetrics['online'], anyHostAnswered: boolean): ProbeOutcome {
  if (!m.online) return anyHostAnswered ? 'pass' : 'fail';
  if (m.effectiveType === 'slow-2g' || m.effectiveType === '2g') return 'warn';
  return 'pass';
}

export function onlineSummary(m: ProbeMetrics['online'], anyHostAnswered: boolean): string {
  const quality =
    m.effectiveType !== null
      ? ` Connection quality as the browser estimates it: ${m.effectiveType}${m.rttMs !== null ? `, round trip about ${m.rttMs} ms` : ''}${m.downlinkMbps !== null ? `, about ${m.downlinkMbps} Mbit/s` : ''}.`
      : '';
  if (!m.online)
    return anyHostAnswered
      ? `The browser reports no network, yet hosts answered: its online flag is not reliable here.${quality}`
      : `The browser reports no network connection.${quality}`;
  if (m.effectiveType === 'slow-2g' || m.effectiveType === '2g')
    return `The browser reports a very slow connection.${quality}`;
  return `The browser reports it is online.${quality}`;
}
