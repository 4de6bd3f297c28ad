/**
 * Local history in IndexedDB (Dexie): grouped events, failed/slow requests for the HAR, probe results,
 * troubleshooting sessions and actions (clear-site-data). The schema is versioned; a new version adds
 * stores or indexes and never drops history (see tests/db-migration.test.ts). Retention is enforced on write.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { REQUEST_IDS_PER_GROUP } from './limits';
import type {
  ClearRecord,
  EventGroup,
  EventGroupDelta,
  ProbeResult,
  ProbeRun,
  RequestRecord,
  TroubleSession,
} from './model';
import { DB_NAME } from './product';

/** Retention: rows and age per table. Sized so that the popup budget (10,000 events, 1,000 sessions) fits. */
export const RETENTION = {
  eventGroups: { rows: 10_000, days: 30 },
  requests: { rows: 1_000, days: 30 },
  probes: { rows: 3_000, days: 30 },
  probeRuns: { rows: 500, days: 30 },
  sessions: { rows: 1_000, days: 365 },
  clears: { rows: 200, days: 365 },
} as const;

const DAY = 86_400_000;

export class DoctorDb extends Dexie {
  eventGroups!: EntityTable<EventGroup, 'fingerprint'>;
  requests!: EntityTable<RequestRecord, 'id'>;
  probes!: EntityTable<ProbeResult, 'id'>;
  probeRuns!: EntityTable<ProbeRun, 'runId'>;
  sessions!: EntityTable<TroubleSession, 'id'>;
  clears!: EntityTable<ClearRecord, 'id'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Moves existing rows to the new shape. A version never drops a store that holds history. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}

/**
 * Every schema version, oldest first. Add a version at the end; keep the old ones (Dexie needs them only when
 * they carry an upgrade, but keeping them documents the history and lets the migration test replay it).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      eventGroups: 'fingerprint, lastAt, kind',
      requests: '++id, at',
      probes: '++id, at, runId, probe',
      probeRuns: 'runId, startedAt',
      sessions: '++id, startedAt, updatedAt',
      clears: '++id, at',
    },
  },
];

let shared: DoctorDb | undefined;

/** The database of this extension context, opened once. */
export function db(): DoctorDb {
  shared ??= new DoctorDb();
  return shared;
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
      requestIds: delta.requestIds.slice(-REQUEST_IDS_PER_GROUP),
    };
  }
  const newer = delta.lastAt >= prev.lastAt;
  return {
    ...prev,
    count: prev.count + delta.count,
    firstAt: Math.min(prev.firstAt, delta.firstAt),
    lastAt: Math.max(prev.lastAt, delta.lastAt),
    sample: newer ? delta.sample : prev.sample,
    requestIds: [...prev.requestIds, ...delta.requestIds].slice(-REQUEST_IDS_PER_GROUP),
  };
}

export async function addRequests(database: DoctorDb, records: RequestRecord[]): Promise<void> {
  if (records.length === 0) return;
  await withQuotaRetry(database, () => database.requests.bulkAdd(records.map(({ id: _id, ...r }) => r)));
  await enforceRetention(database, 'requests');
}

export async function addProbeResult(database: DoctorDb, result: ProbeResult): Promise<void> {
  const { id: _id, ...row } = result;
  await withQuotaRetry(database, () => database.probes.add(row));
  await enforceRetention(database, 'probes');
}

export async function saveSession(database: DoctorDb, session: TroubleSession): Promise<number> {
  const id = await withQuotaRetry(database, () => database.sessions.put(session));
  await enforceRetention(database, 'sessions');
  return id as number;
}

export async function addClearRecord(database: DoctorDb, record: ClearRecord): Promise<number> {
  const { id: _id, ...row } = record;
  const id = await withQuotaRetry(database, () => database.clears.add(row));
  await enforceRetention(database, 'clears');
  return id as number;
}

type RetainedTable = keyof typeof RETENTION;
const TIME_INDEX: Record<RetainedTable, string> = {
  eventGroups: 'lastAt',
  requests: 'at',
  probes: 'at',
  probeRuns: 'startedAt',
  sessions: 'updatedAt',
  clears: 'at',
};

/** Delete rows older than the table's age bound, then the oldest rows beyond its row bound. */
export async function enforceRetention(database: DoctorDb, table: RetainedTable, now = Date.now()): Promise<number> {
  const bound = RETENTION[table];
  const index = TIME_INDEX[table];
  const t = database.table(table);
  let removed = await t
    .where(index)
    .below(now - bound.days * DAY)
    .delete();
  const count = await t.count();
  if (count > bound.rows) {
    const excess = await t
      .orderBy(index)
      .limit(count - bound.rows)
      .primaryKeys();
    await t.bulkDelete(excess);
    removed += excess.length;
  }
  return removed;
}

/** Drop the oldest fifth of every table: the answer to a full disk, keeping the newest history. */
export async function pruneOldest(database: DoctorDb): Promise<void> {
  for (const table of Object.keys(RETENTION) as RetainedTable[]) {
    const t = database.table(table);
    const n = Math.ceil((await t.count()) / 5);
    if (n > 0) await t.bulkDelete(await t.orderBy(TIME_INDEX[table]).limit(n).primaryKeys());
  }
}

export function isQuotaError(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    // Dexie wraps the DOMException: QuotaExceededError may arrive as `inner` of an AbortError.
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** Run a write; on a quota error prune the oldest rows and try once more. Other errors pass through. */
export async function withQuotaRetry<T>(database: DoctorDb, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    await pruneOldest(database);
    return write();
  }
}
