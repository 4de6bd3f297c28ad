/**
 * The live clock check of the API doctor: a few GETs to the API host, the `Date` header of the fastest one
 * against this computer's clock at the round-trip midpoint. The arithmetic and the verdict are the clock
 * probe's (utils/probes/clock.ts), so that the page and the background never disagree.
 */

import { CLOCK_WINDOW, clockOutcome, clockSummary, skewSeconds } from '../background/probes/clock';
import type { ProbeMetrics } from '../background/probes/metrics';
import { type DxMessage, dx } from '../diagnosis/message';
import { API_HOST } from '../facts/hosts';
import type { ProbeOutcome } from '../model';

export interface ClockCheckResult {
  ok: boolean;
  outcome: ProbeOutcome;
  /** the result as a sentence (the clock probe's own when measured), rendered in the reader's language */
  summary: DxMessage;
  metrics?: ProbeMetrics['clock'];
  /** the server's Date header of the sample used */
  serverDate?: string;
}

export interface ClockCheckOptions {
  url?: string;
  fetch?: typeof fetch;
  now?: () => number;
  samples?: number;
  timeoutMs?: number;
}

export async function checkClock(options: ClockCheckOptions = {}): Promise<ClockCheckResult> {
  const url = options.url ?? `https://${API_HOST}/`;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const host = new URL(url).host;
  let best: { startedAt: number; endedAt: number; date: string } | undefined;
  let lastError: DxMessage | undefined;
  for (let i = 0; i < (options.samples ?? 3); i++) {
    const startedAt = now();
    try {
      const res = await doFetch(url, {
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
      const endedAt = now();
      const date = res.headers.get('date');
      // The body is not needed; drop it so the connection is free for the next sample.
      void res.body?.cancel().catch(() => {});
      if (!date || Number.isNaN(Date.parse(date))) {
        lastError = dx('apicheck.clock.noDate', { host, status: String(res.status) });
        continue;
      }
      if (!best || endedAt - startedAt < best.endedAt - best.startedAt) best = { startedAt, endedAt, date };
    } catch (err) {
      lastError = dx('apicheck.clock.noAnswer', { host, error: errorText(err) });
      break;
    }
  }
  if (!best) return { ok: false, outcome: 'skip', summary: lastError ?? dx('apicheck.clock.nothing', { host }) };
  const skew = skewSeconds(best) ?? 0;
  const metrics: ProbeMetrics['clock'] = {
    host,
    skewSeconds: Math.round(skew),
    rttMs: Math.round(best.endedAt - best.startedAt),
    outsideWindow: skew > CLOCK_WINDOW.aheadSeconds || skew < -CLOCK_WINDOW.behindSeconds,
  };
  return { ok: true, outcome: clockOutcome(metrics), summary: clockSummary(metrics), metrics, serverDate: best.date };
}

/** A timeout in the reader's words; another error as the browser wrote it. */
function errorText(err: unknown): DxMessage | string {
  if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return dx('apicheck.clock.timedOut');
  return err instanceof Error ? err.message : String(err);
}
