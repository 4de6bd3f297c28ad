import { isProbe, type ProbeMetrics, type TypedProbeResult } from '../background/probes/metrics';
import type { EventGroup, ProbeResult } from '../model';
import { WINDOW_MS } from './age';
import { marketsOf } from './market';
import { type DxValue, dx, NOTHING } from './message';
import type { ToastMatch } from './toast-cause';
import type { RuleContext } from './types';

/** Keep the last 24 h of events and the newest result of each probe (per target) from the last 24 h. */
export function buildContext(
  events: readonly EventGroup[],
  probes: readonly ProbeResult[],
  now: number,
  toastCause: ToastMatch,
): RuleContext {
  const since = now - WINDOW_MS;
  // Sorted newest first (then by fingerprint) so that the output never depends on the input's order.
  const recentEvents = events
    .filter((g) => g.lastAt >= since && g.count > 0)
    .sort(
      (a, b) => b.lastAt - a.lastAt || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
    );
  const newest = new Map<string, ProbeResult>();
  for (const p of probes) {
    if (p.at < since || p.outcome === 'skip') continue;
    const key = `${p.probe}|${p.target ?? ''}`;
    const prev = newest.get(key);
    if (!prev || p.at > prev.at || (p.at === prev.at && (p.id ?? 0) > (prev.id ?? 0))) newest.set(key, p);
  }
  const latest = [...newest.entries()].sort(([ka, a], [kb, b]) => b.at - a.at || (ka < kb ? -1 : 1)).map(([, p]) => p);

  const probesOf = <K extends keyof ProbeMetrics>(kind: K): TypedProbeResult<K>[] =>
    latest.filter((p): p is ProbeResult & TypedProbeResult<K> => isProbe(p, kind));
  const verdict = probesOf('connectivity-verdict')[0];
  const controls = probesOf('reach').filter((r) => r.metrics.role === 'control');
  const controlOk = verdict
    ? verdict.metrics.controlOk
    : controls.length > 0
      ? controls.some((r) => r.metrics.okSamples > 0)
      : null;

  return {
    now,
    events: recentEvents,
    probes: latest,
    probesOf,
    probe: (kind) => probesOf(kind)[0],
    controlOk,
    toastCause,
    markets: marketsOf(recentEvents),
  };
}

export function ofKind(ctx: RuleContext, ...kinds: EventGroup['kind'][]): EventGroup[] {
  return ctx.events.filter((g) => kinds.includes(g.kind));
}

/** "while the control host answered" / "and the control host failed too" / nothing */
export function controlPhrase(ctx: RuleContext): DxValue {
  if (ctx.controlOk === true) return dx('dx.control.ok');
  if (ctx.controlOk === false) return dx('dx.control.failed');
  return NOTHING;
}
