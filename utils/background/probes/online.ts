/**
 * Online state: what the browser lets an extension see of its connection. An OS-level VPN or proxy is invisible
 * to every browser API without the `proxy` permission (not asked for: Chrome warns "Read and change all your data
 * on all websites" for it), so the tree asks the seller instead (docs/permissions.md).
 */
import { type DxMessage, dx } from '../../diagnosis/message';
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

export function onlineSummary(m: ProbeMetrics['online'], anyHostAnswered: boolean): DxMessage {
  const state = !m.online
    ? dx(anyHostAnswered ? 'probe.online.offlineAnswered' : 'probe.online.offline')
    : m.effectiveType === 'slow-2g' || m.effectiveType === '2g'
      ? dx('probe.online.slow')
      : dx('probe.online.online');
  if (m.effectiveType === null) return state;
  // effectiveType is the browser's own code (4g, 3g...), shown as it is
  const details = [
    m.effectiveType,
    ...(m.rttMs !== null ? [dx('probe.online.rtt', { ms: m.rttMs })] : []),
    ...(m.downlinkMbps !== null ? [dx('probe.online.downlink', { mbps: m.downlinkMbps })] : []),
  ];
  return dx('probe.withDetail', { text: state, detail: dx('probe.online.quality', { details: { list: details } }) });
}
