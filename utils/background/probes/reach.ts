/**
 * Reachability and latency of one host: a few sequential GETs, each bounded by its own timeout, `no-store`
 * so that no cache answers for the network, no credentials so that oversized cookies cannot skew it.
 */
import { type DxMessage, dx } from '../../diagnosis/message';
import type { ProbeOutcome } from '../../model';
import type { FailureKind, HostRole, ProbeMetrics } from './metrics';
import { classifyFailure, type NetErrorLog, PROBE_PARAM } from './net-errors';
import { latencyStats } from './stats';

export interface ReachTarget {
  host: string;
  role: HostRole;
  url: string;
  /** webRequest sees this host's requests (it is in the host permissions) */
  observed?: boolean;
}

export interface ReachSample {
  /** HTTP status, null when no response */
  status: number | null;
  ms: number;
  /** wall clock at start and end, epoch ms (for the clock's round-trip midpoint) */
  startedAt: number;
  endedAt: number;
  /** the `Date` response header */
  date: string | null;
  failure: FailureKind | null;
  netError: string | null;
}

export interface ReachOptions {
  samples: number;
  sampleTimeoutMs: number;
  /** all samples of the host end within this */
  hostBudgetMs: number;
  /** unique per run; a sample's tag is `${tag}-${i}` */
  tag: string;
  fetch: typeof fetch;
  netErrors: NetErrorLog;
  /** aborts every sample when the run's deadline passes */
  signal?: AbortSignal;
  now?: () => number;
  clock?: () => number;
}

/** Below this much budget left, a further sample would only measure its own timeout. */
const MIN_SAMPLE_MS = 250;

/**
 * Chromium holds back an extension's requests to a URL (query ignored) after repeated HTTP 500/503/509 answers
 * (extensions/renderer/extension_throttle_entry.cc: 2 errors ignored, then 0.7 s backoff growing 1.4x, entries
 * kept 2 min). Such a request fails before the network, so webRequest never sees it: a failure of an observed host
 * with no webRequest error is that throttle, i.e. server errors, and is reported under this name.
 */
export const THROTTLED = 'net::ERR_TEMPORARILY_THROTTLED';

export function taggedUrl(url: string, tag: string): string {
  const u = new URL(url);
  u.searchParams.set(PROBE_PARAM, tag);
  return u.href;
}

export async function sampleHost(target: ReachTarget, opts: ReachOptions): Promise<ReachSample[]> {
  const clock = opts.clock ?? (() => performance.now());
  const end = clock() + opts.hostBudgetMs;
  const out: ReachSample[] = [];
  for (let i = 0; i < opts.samples; i++) {
    const left = end - clock();
    if (i > 0 && left < MIN_SAMPLE_MS) break;
    if (opts.signal?.aborted) break;
    const sample = await sampleOnce(target, `${opts.tag}-${i}`, Math.min(opts.sampleTimeoutMs, left), opts);
    out.push(sample);
    // After a timeout another sample only burns the run's budget; after a 5xx it only feeds the browser's backoff.
    if (sample.failure === 'timeout' || sample.failure === 'http') break;
  }
  return out;
}

async function sampleOnce(
  target: ReachTarget,
  tag: string,
  timeoutMs: number,
  opts: ReachOptions,
): Promise<ReachSample> {
  const now = opts.now ?? Date.now;
  const clock = opts.clock ?? (() => performance.now());
  const timeout = AbortSignal.timeout(Math.max(1, Math.round(timeoutMs)));
  const signal = opts.signal ? anySignal([timeout, opts.signal]) : timeout;
  const startedAt = now();
  const t0 = clock();
  try {
    const res = await opts.fetch(taggedUrl(target.url, tag), {
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal,
    });
    const ms = clock() - t0;
    const endedAt = now();
    // Only the headers matter: drop the body without reading it.
    res.body?.cancel().catch(() => {});
    return {
      status: res.status,
      ms,
      startedAt,
      endedAt,
      date: res.headers.get('date'),
      failure: res.status >= 500 ? 'http' : null,
      netError: null,
    };
  } catch {
    const ms = clock() - t0;
    const endedAt = now();
    const timedOut = signal.aborted;
    const netError = await opts.netErrors.wait(tag);
    if (!timedOut && !netError && target.observed && opts.netErrors.available)
      return { status: null, ms, startedAt, endedAt, date: null, failure: 'http', netError: THROTTLED };
    return {
      status: null,
      ms,
      startedAt,
      endedAt,
      date: null,
      failure: classifyFailure({ timedOut, netError }),
      netError,
    };
  }
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const ctl = new AbortController();
  for (const s of signals) {
    if (s.aborted) ctl.abort(s.reason);
    else s.addEventListener('abort', () => ctl.abort(s.reason), { once: true });
  }
  return ctl.signal;
}

/** Fold a host's samples into its metrics row. */
export function summarizeReach(target: ReachTarget, samples: readonly ReachSample[]): ProbeMetrics['reach'] {
  const answered = samples.filter((s) => s.status !== null && s.status < 500);
  const lastWithStatus = [...samples].reverse().find((s) => s.status !== null);
  const lastFailed = [...samples].reverse().find((s) => s.failure !== null);
  const { medianMs, jitterMs } = latencyStats(answered.map((s) => s.ms));
  return {
    host: target.host,
    role: target.role,
    status: lastWithStatus?.status ?? null,
    samples: samples.length,
    okSamples: answered.length,
    medianMs,
    jitterMs,
    failure: lastFailed?.failure ?? null,
    netError: lastFailed?.netError ?? null,
  };
}

export const REACH_THRESHOLDS = { slowMs: 1000, jitterMs: 300 } as const;

/** Control hosts are reference points: their failure is a warning, the verdict says what it means. */
export function reachOutcome(m: ProbeMetrics['reach'], t = REACH_THRESHOLDS): ProbeOutcome {
  if (m.samples === 0) return 'skip';
  const down = m.okSamples === 0;
  if (down) return m.role === 'control' ? 'warn' : 'fail';
  if (m.okSamples < m.samples) return 'warn';
  if ((m.medianMs ?? 0) > t.slowMs || (m.jitterMs ?? 0) > t.jitterMs) return 'warn';
  return 'pass';
}

/** What a failure kind means, as a phrase; with the browser's raw error name when there is one. */
function failurePhrase(m: ProbeMetrics['reach']): DxMessage {
  const failure = dx(`probe.failure.${m.failure ?? 'other'}`);
  return m.netError ? dx('probe.failure.withError', { failure, error: m.netError }) : failure;
}

export function reachSummary(m: ProbeMetrics['reach']): DxMessage {
  const host = m.host;
  if (m.samples === 0) return dx('probe.reach.notMeasured', { host });
  if (m.netError === THROTTLED) return dx('probe.reach.throttled', { host, error: THROTTLED });
  if (m.okSamples === 0) {
    return m.status !== null
      ? dx('probe.reach.unreachableStatus', { host, status: String(m.status), failure: failurePhrase(m) })
      : dx('probe.reach.unreachable', { host, failure: failurePhrase(m) });
  }
  const latency =
    m.medianMs === null
      ? dx('probe.reach.noLatency')
      : m.jitterMs === null
        ? dx('probe.reach.median', { ms: m.medianMs })
        : dx('probe.reach.medianJitter', { ms: m.medianMs, jitter: m.jitterMs });
  const params = { host, status: String(m.status), latency, ok: m.okSamples, samples: m.samples };
  if (m.okSamples < m.samples)
    return dx('probe.reach.lossy', { ...params, lost: m.samples - m.okSamples, failure: failurePhrase(m) });
  return dx('probe.reach.ok', params);
}
