/**
 * One probe run: every probe concurrently, each bounded by its own timeout, the whole run by a deadline.
 * Results are written to the database as they arrive and the run row marks start and finish, so a worker
 * stopped mid-run keeps what it measured and the next run starts afresh.
 */
import { type DxMessage, dx } from '../../diagnosis/message';
import { marketOfHost } from '../../facts/hosts';
import { STORAGE_PROBE_ORIGINS } from '../../limits';
import type { ProbeKind, ProbeOutcome, ProbeResult, ProbeRun, SiteStorageReport } from '../../model';
import { addProbeResult, addProbeRun, type DoctorDb, finishProbeRun } from '../../store';
import { browserMetrics, browserOutcome, browserSummary } from './browser-info';
import { clockMetrics, clockOutcome, clockSummary, type DatedSample, pickClockSample } from './clock';
import { cookieHeaderBytes, cookieOutcome, cookieSummary } from './cookies';
import type { ProbeMetrics, SkipReason } from './metrics';
import { NetErrorLog, type NetErrorSource } from './net-errors';
import { type NavigatorLike, onlineMetrics, onlineOutcome, onlineSummary } from './online';
import { type ReachTarget, reachOutcome, reachSummary, sampleHost, summarizeReach } from './reach';
import { regionMetrics, regionOutcome, regionSummary } from './region';
import { storageMetrics, storageOutcome, storageSummary } from './site-storage';
import { learnSellerHosts, reachTargets, usableControlUrls } from './targets';
import { connectivityVerdict, verdictOutcome, verdictSummary } from './verdict';

/** What a run needs from the browser, passed in so that tests need no fakes of whole APIs. */
export interface ProbeEnv {
  fetch: typeof fetch;
  /** `webRequest.onErrorOccurred`, when the API is there */
  netErrors?: NetErrorSource;
  navigator: NavigatorLike;
  timeZone: string;
  extensionVersion: string;
  controlUrls(): Promise<readonly unknown[] | null>;
  /** open Seller Center tabs, most recently used first */
  sellerTabs(): Promise<{ id: number; url: string }[]>;
  /** seller hosts seen in recent events, newest first */
  recentSellerHosts(): Promise<string[]>;
  /** absent when the cookies API is missing */
  cookies?: (url: string) => Promise<{ name: string; value: string }[]>;
  measureStorage(tabId: number): Promise<SiteStorageReport>;
}

export interface RunOptions {
  trigger: ProbeRun['trigger'];
  /** the whole run, results after it are reported as skipped */
  deadlineMs?: number;
  samples?: number;
  sampleTimeoutMs?: number;
  hostBudgetMs?: number;
  storageTimeoutMs?: number;
}

export type RunOutcomes = Record<ProbeOutcome, number>;

/**
 * Defaults sized for the budgets: all healthy on loopback well under 1.5 s (4 quick samples per host), all
 * timing out about 3 s (one 3 s sample per host, in parallel), never past the 5 s deadline.
 */
export const RUN_DEFAULTS = {
  deadlineMs: 5000,
  samples: 4,
  sampleTimeoutMs: 3000,
  hostBudgetMs: 4000,
  storageTimeoutMs: 2500,
} as const;

/** After the deadline aborts the samples, how long their (now immediate) endings may still take to be written. */
const DEADLINE_GRACE_MS = 300;

type Emit = <K extends keyof ProbeMetrics>(
  probe: K,
  target: string | undefined,
  outcome: ProbeOutcome,
  message: DxMessage,
  metrics: ProbeMetrics[K],
) => Promise<void>;

export async function runProbes(
  database: DoctorDb,
  env: ProbeEnv,
  options: RunOptions,
): Promise<{ runId: string; outcomes: RunOutcomes }> {
  const o = { ...RUN_DEFAULTS, ...options };
  const runId = crypto.randomUUID();
  const run: ProbeRun = { runId, startedAt: Date.now(), trigger: o.trigger };
  await addProbeRun(database, run);

  const outcomes: RunOutcomes = { pass: 0, warn: 0, fail: 0, skip: 0 };
  let closed = false;
  const write = async (result: ProbeResult) => {
    outcomes[result.outcome]++;
    try {
      await addProbeResult(database, result);
    } catch (err) {
      console.warn('[tsd] probe result not stored', err);
    }
  };
  const emit: Emit = async (probe, target, outcome, message, metrics) => {
    if (closed) return;
    await write({ runId, at: Date.now(), probe, target, outcome, message, metrics });
  };
  const skipRow = (probe: ProbeKind, target: string | undefined, reason: SkipReason, message: DxMessage) => {
    const row: ProbeResult = { runId, at: Date.now(), probe, target, outcome: 'skip', message, metrics: { reason } };
    return row;
  };
  const skip: Skip = async (probe, target, reason, message = dx(SKIP_MESSAGE[reason])) => {
    if (!closed) await write(skipRow(probe, target, reason, message));
  };

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('probe run deadline', 'TimeoutError')), o.deadlineMs);

  const [tabs, eventHosts, configuredControls] = await Promise.all([
    env.sellerTabs().catch(() => []),
    env.recentSellerHosts().catch(() => []),
    env.controlUrls().catch(() => null),
  ]);
  const sellerHosts = learnSellerHosts(
    tabs.map((t) => t.url),
    eventHosts,
  );
  const primary = sellerHosts[0] as string;
  const targets = reachTargets(primary, usableControlUrls(configuredControls));
  const netErrors = new NetErrorLog(env.netErrors, [...new Set(targets.map((t) => `${new URL(t.url).origin}/*`))]);

  // Each task names the results it owes, so that one unfinished at the deadline is written as skipped.
  const pending = new Map<string, Owed[]>();
  const task: Task = (key, owed, body) => {
    pending.set(key, owed);
    return body()
      .catch(async (err: unknown) => {
        // the error's own text is for developers and stays as thrown
        const message = dx('probe.skip.error', { error: err instanceof Error ? err.message : String(err) });
        for (const [probe, target] of owed) await skip(probe, target, 'error', message);
      })
      .finally(() => pending.delete(key));
  };

  const tasks = [
    task(
      'connectivity',
      [
        ['connectivity-verdict', undefined],
        ['clock', undefined],
        ['online', undefined],
      ],
      () => connectivity(targets, { ...o, runId, signal: deadline.signal, netErrors, env, emit, skip, task }),
    ),
    ...sellerHosts.map((host) =>
      task(`cookies:${host}`, [['cookies', host]], async () => {
        if (!env.cookies) return skip('cookies', host, 'no-cookies-api');
        const cookies = await env.cookies(`https://${host}/`);
        const m = { host, bytes: cookieHeaderBytes(cookies), count: cookies.length };
        await emit('cookies', host, cookieOutcome(m), cookieSummary(m), m);
      }),
    ),
    siteStorage(tabs, { env, emit, skip, task, timeoutMs: o.storageTimeoutMs }),
    task('browser', [['browser', undefined]], async () => {
      const m = browserMetrics(env.navigator, env.extensionVersion);
      await emit('browser', undefined, browserOutcome(m), browserSummary(m), m);
    }),
    task('region', [['region', primary]], async () => {
      const m = regionMetrics(primary, marketOfHost(primary) ?? 'unknown', env.timeZone, env.navigator.language ?? '');
      await emit('region', primary, regionOutcome(m), regionSummary(m), m);
    }),
  ];

  const all = Promise.allSettled(tasks);
  const expired = new Promise<void>((resolve) => {
    deadline.signal.addEventListener('abort', () => setTimeout(resolve, DEADLINE_GRACE_MS), { once: true });
  });
  await Promise.race([all, expired]);
  clearTimeout(timer);
  closed = true;
  netErrors.dispose();
  for (const owed of pending.values())
    for (const [probe, target] of owed)
      await write(skipRow(probe, target, 'deadline', dx('probe.skip.deadline', { seconds: o.deadlineMs / 1000 })));

  await finishProbeRun(database, runId, Date.now());
  return { runId, outcomes };
}

type Owed = [ProbeKind, string | undefined];
type Task = (key: string, owed: Owed[], body: () => Promise<void>) => Promise<void>;
type Skip = (probe: ProbeKind, target: string | undefined, reason: SkipReason, message?: DxMessage) => Promise<void>;

/** The sentence of each reason a probe is skipped for (the deadline's and an error's carry values). */
const SKIP_MESSAGE = {
  error: 'probe.skip.error',
  'no-cookies-api': 'probe.skip.noCookiesApi',
  'no-date-header': 'probe.skip.noDateHeader',
  'no-seller-tab': 'probe.skip.noSellerTab',
  'tab-silent': 'probe.skip.tabSilent',
  deadline: 'probe.skip.deadline',
} as const satisfies Record<SkipReason, string>;

interface ConnectivityCtx extends Required<Omit<RunOptions, 'trigger'>> {
  runId: string;
  signal: AbortSignal;
  netErrors: NetErrorLog;
  env: ProbeEnv;
  emit: Emit;
  skip: Skip;
  task: Task;
}

/** Reach of every host in parallel, each row written when its host is done; then the verdict, clock and online. */
async function connectivity(targets: ReachTarget[], c: ConnectivityCtx): Promise<void> {
  const rows: ProbeMetrics['reach'][] = [];
  const dated: DatedSample[] = [];
  const tag = c.runId.slice(0, 8);
  await Promise.all(
    targets.map((target, i) =>
      c.task(`reach:${target.host}`, [['reach', target.host]], async () => {
        const samples = await sampleHost(target, {
          samples: c.samples,
          sampleTimeoutMs: c.sampleTimeoutMs,
          hostBudgetMs: c.hostBudgetMs,
          tag: `${tag}-${i}`,
          fetch: c.env.fetch,
          netErrors: c.netErrors,
          signal: c.signal,
        });
        const m = summarizeReach(target, samples);
        rows.push(m);
        for (const s of samples) dated.push({ ...s, host: target.host, role: target.role });
        await c.emit('reach', target.host, reachOutcome(m), reachSummary(m), m);
      }),
    ),
  );

  const verdict = connectivityVerdict(rows);
  await c.emit('connectivity-verdict', undefined, verdictOutcome(verdict), verdictSummary(verdict, rows), verdict);

  const best = pickClockSample(dated);
  if (best) {
    const m = clockMetrics(best);
    await c.emit('clock', m.host, clockOutcome(m), clockSummary(m), m);
  } else {
    await c.skip('clock', undefined, 'no-date-header');
  }

  const anyAnswered = rows.some((r) => r.okSamples > 0 || r.status !== null);
  const online = onlineMetrics(c.env.navigator);
  await c.emit('online', undefined, onlineOutcome(online, anyAnswered), onlineSummary(online, anyAnswered), online);
}

/** One storage result per open seller origin, measured by the content script in one of its tabs. */
function siteStorage(
  tabs: { id: number; url: string }[],
  c: { env: ProbeEnv; emit: Emit; skip: Skip; task: Task; timeoutMs: number },
): Promise<unknown> {
  if (tabs.length === 0) return c.skip('storage', undefined, 'no-seller-tab');
  const byOrigin = new Map<string, number>();
  for (const t of tabs) {
    const origin = new URL(t.url).origin;
    if (!byOrigin.has(origin) && byOrigin.size < STORAGE_PROBE_ORIGINS) byOrigin.set(origin, t.id);
  }
  return Promise.all(
    [...byOrigin].map(([origin, tabId]) =>
      c.task(`storage:${origin}`, [['storage', origin]], async () => {
        let report: SiteStorageReport;
        try {
          report = await withTimeout(c.env.measureStorage(tabId), c.timeoutMs);
        } catch {
          return c.skip('storage', origin, 'tab-silent');
        }
        const m = storageMetrics({ ...report, origin });
        await c.emit('storage', origin, storageOutcome(m), storageSummary(m), m);
      }),
    ),
  );
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}
