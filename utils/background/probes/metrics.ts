/**
 * The metrics each probe writes into `ProbeResult.metrics`, typed per probe kind. The probes produce them and
 * the diagnosis reads them; this file is the contract between the two (and the bundle's `probes[].metrics`).
 */
import type { ProbeResult } from '../../model';

export type FailureKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'blocked' | 'http' | 'other';
export type HostRole = 'seller' | 'api' | 'control';
export type ConnectivityVerdict = 'ok' | 'offline' | 'tiktok-unreachable' | 'platform' | 'slow' | 'unstable';

export interface ProbeMetrics {
  /** one row per host measured */
  reach: {
    host: string;
    role: HostRole;
    /** last HTTP status, null when no response */
    status: number | null;
    samples: number;
    okSamples: number;
    medianMs: number | null;
    jitterMs: number | null;
    failure: FailureKind | null;
    netError: string | null;
  };
  'connectivity-verdict': { verdict: ConnectivityVerdict; failingTikTokHosts: number; controlOk: boolean };
  /** skew = local clock minus server clock, in seconds (positive: this computer is ahead) */
  clock: { host: string; skewSeconds: number; rttMs: number; outsideWindow: boolean };
  online: { online: boolean; effectiveType: string | null; rttMs: number | null; downlinkMbps: number | null };
  cookies: { host: string; bytes: number; count: number };
  storage: {
    origin: string;
    usage: number | null;
    quota: number | null;
    ratio: number | null;
    cacheNames: number | null;
    indexedDbs: number | null;
    serviceWorkers: number | null;
  };
  browser: { name: string; major: number; minimum: number; extensionVersion: string };
  region: { host: string; market: string; timeZone: string; locale: string; match: boolean | null };
}

export type TypedProbeResult<K extends keyof ProbeMetrics> = Omit<ProbeResult, 'probe' | 'metrics'> & {
  probe: K;
  metrics: ProbeMetrics[K];
};

/** Narrow a stored probe result to its kind's metrics. */
export function isProbe<K extends keyof ProbeMetrics>(r: ProbeResult, kind: K): r is ProbeResult & TypedProbeResult<K> {
  return r.probe === kind;
}

/**
 * A probe that could not run (missing permission or API, no seller tab, the run's deadline) is written with
 * outcome `skip`, its reason as a sentence in `message`, and only `{ reason }` (an id) as metrics, never its kind's
 * metrics.
 */
export type SkipReason = 'error' | 'no-cookies-api' | 'no-date-header' | 'no-seller-tab' | 'tab-silent' | 'deadline';
export interface SkippedMetrics {
  reason: SkipReason;
}

/** A result that carries its kind's metrics: the right kind and not skipped. */
export function isMeasured<K extends keyof ProbeMetrics>(
  r: ProbeResult,
  kind: K,
): r is ProbeResult & TypedProbeResult<K> {
  return r.probe === kind && r.outcome !== 'skip';
}
