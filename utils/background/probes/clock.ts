/**
 * Clock skew against TikTok, from the `Date` header of the reach samples. TikTok accepts API timestamps at most
 * 5 minutes behind and 30 seconds ahead of its clock (TIKTOK_FACTS.md, "Signing and clock"; code 36009004).
 */
import { type DxMessage, dx } from '../../diagnosis/message';
import type { ProbeOutcome } from '../../model';
import type { HostRole, ProbeMetrics } from './metrics';
import type { ReachSample } from './reach';

export const CLOCK_WINDOW = { aheadSeconds: 30, behindSeconds: 300 } as const;
/** Within the window but close enough to its edge to say so. */
const CLOCK_WARN = { aheadSeconds: 10, behindSeconds: 120 } as const;

/**
 * Local minus server clock, in seconds (positive: this computer is ahead). The server stamped its `Date` somewhere
 * inside the round trip, best guessed at its midpoint; `Date` has 1 s resolution and is truncated, so the server's
 * time was on average half a second past it.
 */
export function skewSeconds(sample: Pick<ReachSample, 'startedAt' | 'endedAt' | 'date'>): number | null {
  if (!sample.date) return null;
  const server = Date.parse(sample.date);
  if (Number.isNaN(server)) return null;
  const midpoint = (sample.startedAt + sample.endedAt) / 2;
  return (midpoint - (server + 500)) / 1000;
}

export interface DatedSample extends ReachSample {
  host: string;
  role: HostRole;
}

/** The API host's clock is the one that judges timestamps; among equals the shortest round trip is the most exact. */
export function pickClockSample(samples: readonly DatedSample[]): DatedSample | undefined {
  const dated = samples.filter((s) => s.role !== 'control' && skewSeconds(s) !== null);
  const rank = (s: DatedSample) => (s.role === 'api' ? 0 : 1);
  return [...dated].sort((a, b) => rank(a) - rank(b) || a.endedAt - a.startedAt - (b.endedAt - b.startedAt))[0];
}

export function clockMetrics(sample: DatedSample): ProbeMetrics['clock'] {
  const skew = skewSeconds(sample) ?? 0;
  return {
    host: sample.host,
    skewSeconds: Math.round(skew),
    rttMs: Math.round(sample.endedAt - sample.startedAt),
    outsideWindow: skew > CLOCK_WINDOW.aheadSeconds || skew < -CLOCK_WINDOW.behindSeconds,
  };
}

export function clockOutcome(m: ProbeMetrics['clock']): ProbeOutcome {
  if (m.outsideWindow) return 'fail';
  if (m.skewSeconds > CLOCK_WARN.aheadSeconds || m.skewSeconds < -CLOCK_WARN.behindSeconds) return 'warn';
  return 'pass';
}

export function clockSummary(m: ProbeMetrics['clock']): DxMessage {
  const abs = Math.abs(m.skewSeconds);
  const window = { ahead: CLOCK_WINDOW.aheadSeconds, behind: CLOCK_WINDOW.behindSeconds / 60 };
  if (abs === 0) return dx('probe.clock.matches', { host: m.host, ...window });
  // `count` is the seconds: it picks the plural form where a language spells the unit out
  const skew =
    abs >= 120
      ? dx('probe.clock.skewMinutes', { count: abs, minutes: Math.round(abs / 60) })
      : dx('probe.clock.skew', { count: abs });
  const side = m.skewSeconds > 0 ? 'ahead' : 'behind';
  const key = m.outsideWindow ? (`probe.clock.${side}Outside` as const) : (`probe.clock.${side}Inside` as const);
  return dx(key, { host: m.host, skew, ...window });
}
