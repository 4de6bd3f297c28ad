/**
 * The connectivity verdict: what the reach rows of the TikTok hosts and the neutral control hosts say together.
 * The control host is what separates "my network" from "TikTok": if it fails too, the seller is offline.
 */
import type { ProbeOutcome } from '../../model';
import type { ConnectivityVerdict, FailureKind, ProbeMetrics } from './metrics';
import { REACH_THRESHOLDS } from './reach';

type Reach = ProbeMetrics['reach'];
type VerdictMetrics = ProbeMetrics['connectivity-verdict'];

/** No response at all below HTTP: the path to TikTok is broken or filtered (DNS, firewall, interception). */
const PATH_FAILURES: ReadonlySet<FailureKind> = new Set(['dns', 'refused', 'tls', 'blocked', 'other']);

export function connectivityVerdict(rows: readonly Reach[], t = REACH_THRESHOLDS): VerdictMetrics {
  const measured = rows.filter((r) => r.samples > 0);
  const tiktok = measured.filter((r) => r.role !== 'control');
  const control = measured.filter((r) => r.role === 'control');
  const controlOk = control.some((r) => r.okSamples > 0);
  const down = tiktok.filter((r) => r.okSamples === 0);
  const base = { failingTikTokHosts: down.length, controlOk };
  const v = (verdict: ConnectivityVerdict): VerdictMetrics => ({ verdict, ...base });

  if (!controlOk && down.length === tiktok.length) return v('offline');
  if (down.some((r) => PATH_FAILURES.has(r.failure ?? 'other'))) return v('tiktok-unreachable');
  if (down.length > 0) return v('platform');
  const answered = measured.filter((r) => r.okSamples > 0);
  if (answered.some((r) => r.okSamples < r.samples)) return v('unstable');
  if (answered.some((r) => (r.medianMs ?? 0) > t.slowMs)) return v('slow');
  if (answered.some((r) => (r.jitterMs ?? 0) > t.jitterMs)) return v('unstable');
  return v('ok');
}

export function verdictOutcome(m: VerdictMetrics): ProbeOutcome {
  if (m.verdict === 'ok') return 'pass';
  if (m.verdict === 'slow' || m.verdict === 'unstable') return 'warn';
  return 'fail';
}

export function verdictSummary(m: VerdictMetrics, rows: readonly Reach[]): string {
  const down = rows
    .filter((r) => r.role !== 'control' && r.samples > 0 && r.okSamples === 0)
    .map((r) => `${r.host} (${r.netError ?? r.failure ?? 'failed'}${r.status ? `, HTTP ${r.status}` : ''})`)
    .join(', ');
  switch (m.verdict) {
    case 'offline':
      return 'Offline: neither TikTok nor the neutral control hosts answered. Check the network connection.';
    case 'tiktok-unreachable':
      return `TikTok is unreachable from this network while the control host answers: ${down}. A DNS problem, firewall or filter is likely.`;
    case 'platform':
      return m.controlOk
        ? `TikTok is answering with errors or not in time while the control host answers: ${down}. TikTok's side is likely at fault.`
        : `TikTok is answering with errors or not in time: ${down}.`;
    case 'unstable':
      return 'The connection is unstable: some attempts failed or latency varies a lot.';
    case 'slow':
      return `The connection is slow: median latency above ${REACH_THRESHOLDS.slowMs} ms.`;
    case 'ok':
      return 'TikTok and the control hosts answered normally.';
  }
}
