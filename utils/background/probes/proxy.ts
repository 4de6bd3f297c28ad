/**
 * Proxy mode and online state: what the browser lets an extension see. An OS-level VPN is invisible to every
 * browser API, so anything about one is said as "possible", never as fact.
 */
import type { ProbeOutcome } from '../../model';
import type { ProbeMetrics } from './metrics';

/** Firefox names the modes differently; Chrome's names are the ones stored. */
const FIREFOX_MODES: Record<string, string> = {
  none: 'direct',
  autoDetect: 'auto_detect',
  system: 'system',
  manual: 'fixed_servers',
  autoConfig: 'pac_script',
};

/** Normalise `proxy.settings.get({})` of Chrome (`value.mode`) or Firefox (`value.proxyType`). */
export function proxyMetrics(settings: unknown): ProbeMetrics['proxy'] {
  const s = (settings ?? {}) as { value?: { mode?: unknown; proxyType?: unknown }; levelOfControl?: unknown };
  const mode =
    typeof s.value?.mode === 'string'
      ? s.value.mode
      : typeof s.value?.proxyType === 'string'
        ? (FIREFOX_MODES[s.value.proxyType] ?? s.value.proxyType)
        : 'unknown';
  return { mode, levelOfControl: typeof s.levelOfControl === 'string' ? s.levelOfControl : null };
}

export function proxyOutcome(m: ProbeMetrics['proxy']): ProbeOutcome {
  if (m.levelOfControl === 'controlled_by_other_extensions') return 'warn';
  if (m.mode === 'fixed_servers' || m.mode === 'pac_script') return 'warn';
  return 'pass';
}

export function proxySummary(m: ProbeMetrics['proxy']): string {
  const vpn = 'A VPN set up outside the browser cannot be seen by any extension.';
  if (m.levelOfControl === 'controlled_by_other_extensions')
    return `Another extension controls the browser's proxy settings (mode ${m.mode}): possibly a VPN or proxy extension, which can make TikTok see another country or block it.`;
  switch (m.mode) {
    case 'fixed_servers':
      return 'A proxy server is set in the browser: possibly interfering with TikTok (blocked hosts, another country).';
    case 'pac_script':
      return 'A proxy script (PAC) decides where requests go: possibly routing TikTok through a proxy.';
    case 'system':
      return `The browser uses the system's proxy settings, which extensions cannot read: a system proxy is possible but not visible. ${vpn}`;
    case 'auto_detect':
      return `The browser looks for a proxy on the network (auto-detect): one is possible. ${vpn}`;
    case 'direct':
      return `No proxy is set in the browser. ${vpn}`;
    default:
      return `Proxy mode: ${m.mode}. ${vpn}`;
  }
}

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
