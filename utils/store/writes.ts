/**
 * Every write to the history. Each one bounds its table (retention) and survives a full disk (prune, retry once),
 * then tells the listener set by the background (`onStoreWrite`), which lets open extension pages know.
 */
import type {
  ClearRecord,
  EventGroup,
  EventGroupDelta,
  ProbeResult,
  ProbeRun,
  RequestRecord,
  TroubleSession,
} from '../model';
import { RESUME_MS } from './recent';
import { enforceRetention, type RetainedTable, withQuotaRetry } from './retention';
import type { DoctorDb } from './schema';

const MAX_REQUEST_IDS = 5;

let listener: ((table: RetainedTable) => void) | undefined;

/** One listener for every write (the background's change announcer); undefined removes it. */
export function onStoreWrite(fn: ((table: RetainedTable) => void) | undefined): void {
  listener = fn;
}

function wrote(table: RetainedTable): void {
  try {
    listener?.(table);
  } catch {
    // a listener's failure must not fail the write that already happened
  }
}

/** Fold content-script deltas into stored groups: exact counts, first/last seen, a few request ids. */
export async function mergeEventGroups(database: DoctorDb, deltas: EventGroupDelta[]): Promise<number> {
  if (deltas.length === 0) return 0;
  await withQuotaRetry(database, () =>
    database.transaction('rw', database.eventGroups, async () => {
      const existing = await database.eventGroups.bulkGet(deltas.map((d) => d.fingerprint));
      const merged = new Map<string, EventGroup>();
      deltas.forEach((delta, i) => {
        const prev = merged.get(delta.fingerprint) ?? existing[i];
        merged.set(delta.fingerprint, foldGroup(prev, delta));
      });
      await database.eventGroups.bulkPut([...merged.values()]);
    }),
  );
  await enforceRetention(database, 'eventGroups');
  wrote('eventGroups');
  return deltas.length;
}

export function foldGroup(prev: EventGroup | undefined, delta: EventGroupDelta): EventGroup {
  if (!prev) {
    return {
      fingerprint: delta.fingerprint,
      kind: delta.sample.kind,
      count: delta.count,
      firstAt: delta.firstAt,
      lastAt: delta.lastAt,
      sample: delta.sample,
      requestIds: delta.requestIds.slice(-MAX_REQUEST_IDS),
    };
  }
  const newer = delta.lastAt >= prev.lastAt;
  return {
    ...prev,
    count: prev.count + delta.count,
    firstAt: Math.min(prev.firstAt, delta.firstAt),
    lastAt: Math.max(prev.lastAt, delta.lastAt),
    sample: newer ? delta.sample : prev.sample,
    requestIds: [...prev.requestIds, ...delta.requestIds].slice(-MAX_REQUEST_IDS),
  };
}

export async function addRequests(database: DoctorDb, records: RequestRecord[]): Promise<void> {
  if (records.length === 0) return;
  await withQuotaRetry(database, () => database.requests.bulkAdd(records.map(({ id: _id, ...r }) => r)));
  await enforceRetention(database, 'requests');
  wrote('requests');
}

export async function addProbeResult(database: DoctorDb, result: ProbeResult): Promise<void> {
  const { id: _id, ...row } = result;
  await withQuotaRetry(database, () => database.probes.add(row));
  await enforceRetention(database, 'probes');
  wrote('probes');
}

export async function saveSession(database: DoctorDb, session: TroubleSession): Promise<number> {
  const id = await withQuotaRetry(database, () => database.sessions.put(session));
  await enforceRetention(database, 'sessions');
  wrote('sessions');
  return id as number;
}

export async function addClearRecord(database: DoctorDb, record: ClearRecord): Promise<number> {
  const { id: _id, ...row } = record;
  const id = await withQuotaRetry(database, () => database.clears.add(row));
  await enforceRetention(database, 'clears');
  wrote('clears');
  return id as number;
}

export async function addProbeRun(database: DoctorDb, run: ProbeRun): Promise<void> {
  await withQuotaRetry(database, () => database.probeRuns.put(run));
  await enforceRetention(database, 'probeRuns');
  wrote('probeRuns');
}

/** A probe run is over: its end time, so that readers know every result of it is in. */
export async function finishProbeRun(database: DoctorDb, runId: string, at: number): Promise<void> {
  await database.probeRuns.update(runId, { finishedAt: at });
  wrote('probeRuns');
}

/** Mark walks left open for longer than RESUME_MS as abandoned. Returns how many. */
export async function closeStaleSessions(database: DoctorDb, now: number): Promise<number> {
  // [outcome+updatedAt] (schema version 2): the open walks older than RESUME_MS, and no other row.
  const n = await database.sessions
    .where('[outcome+updatedAt]')
    .between(['open', -Infinity], ['open', now - RESUME_MS], true, false)
    .modify((s) => {
      s.outcome = 'abandoned';
      s.endedAt = s.updatedAt;
    });
  if (n > 0) wrote('sessions');
  return n;
}
