/**
 * The connectivity verdict: what the reach rows of the TikTok hosts and the neutral control hosts say together.
 * The control host is what separates "my network" from "TikTok": if it fails too, the seller is offline.
 */
import { type DxMessage, dx } from '../../diagnosis/message';
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

/** The verdict as a sentence (rendered in the reader's language), naming the TikTok hosts that did not answer. */
export function verdictSummary(m: VerdictMetrics, rows: readonly Reach[]): DxMessage {
  const down = rows
    .filter((r) => r.role !== 'control' && r.samples > 0 && r.okSamples === 0)
    .map((r) => {
      // the raw net::ERR_ name or the failure kind: codes, shown as recorded
      const failure = r.netError ?? r.failure ?? 'other';
      return r.status
        ? dx('probe.verdict.hostStatus', { host: r.host, failure, status: String(r.status) })
        : dx('probe.verdict.host', { host: r.host, failure });
    });
  const hosts = { list: down };
  switch (m.verdict) {
    case 'offline':
      return dx('probe.verdict.offline');
    case 'tiktok-unreachable':
      return dx('probe.verdict.unreachable', { hosts });
    case 'platform':
      return dx(m.controlOk ? 'probe.verdict.platformControlOk' : 'probe.verdict.platform', { hosts });
    case 'unstable':
      return dx('probe.verdict.unstable');
    case 'slow':
      return dx('probe.verdict.slow', { ms: REACH_THRESHOLDS.slowMs });
    case 'ok':
      return dx('probe.verdict.ok');
  }
}
