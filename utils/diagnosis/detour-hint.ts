/**
 * A VPN or proxy on the way, told from what the extension measures anyway. Without the `proxy` permission (not
 * asked for: docs/permissions.md) nothing in the browser shows one, and an OS-level VPN never showed: the
 * troubleshooting tree asks the seller, and this hint only says "possible" when TikTok answers far slower than
 * the neutral control host measured in the same check.
 */
import { median } from '../background/probes/stats';
import { recency } from './age';
import { round } from './groups';
import { dx } from './message';
import type { Finding, RuleContext } from './types';

/** TikTok at least this many times slower than the control host, and at least this much slower in ms. */
const RATIO = 4;
const MIN_GAP_MS = 300;

export interface DetourHint {
  tiktokMs: number;
  controlMs: number;
  at: number;
}

/** Median latency of the TikTok hosts against the control hosts of the latest check, when far apart. */
export function detourHint(ctx: RuleContext): DetourHint | undefined {
  const rows = ctx.probesOf('reach').filter((r) => r.metrics.medianMs !== null && r.metrics.okSamples > 0);
  const tiktok = rows.filter((r) => r.metrics.role !== 'control').map((r) => r.metrics.medianMs as number);
  const control = rows.filter((r) => r.metrics.role === 'control').map((r) => r.metrics.medianMs as number);
  const tiktokMs = median(tiktok);
  const controlMs = median(control);
  if (tiktokMs === null || controlMs === null) return undefined;
  if (tiktokMs < controlMs * RATIO || tiktokMs - controlMs < MIN_GAP_MS) return undefined;
  return { tiktokMs, controlMs, at: Math.max(...rows.map((r) => r.at)) };
}

/** The connectivity finding: weak alone (TikTok may simply be far away), stronger when requests fail. */
export function detourFinding(ctx: RuleContext, failing: boolean): Finding | undefined {
  const hint = detourHint(ctx);
  if (!hint) return undefined;
  return {
    signal: 'proxy-on',
    weight: round((failing ? 0.4 : 0.15) * recency(hint.at, ctx.now)),
    message: dx('dx.detour.connectivity', { tiktok: Math.round(hint.tiktokMs), control: Math.round(hint.controlMs) }),
    source: 'probe',
    at: hint.at,
  };
}
