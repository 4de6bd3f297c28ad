/**
 * The schema of the local history in IndexedDB (Dexie): grouped events, failed/slow requests for the HAR, probe
 * results, troubleshooting sessions and actions (clear-site-data). Versioned: a new version adds stores or indexes
 * and never drops history (see tests/store-migration.test.ts). Only `utils/store/` imports Dexie
 * (tests/house-rules-store.test.ts); everything else asks the store's named queries and writes.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ClearRecord, EventGroup, ProbeResult, ProbeRun, RequestRecord, TroubleSession } from '../model';
import { DB_NAME } from '../product';

export { DB_NAME } from '../product';

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

const V1: SchemaVersion = {
  version: 1,
  stores: {
    eventGroups: 'fingerprint, lastAt, kind',
    requests: '++id, at',
    probes: '++id, at, runId, probe',
    probeRuns: 'runId, startedAt',
    sessions: '++id, startedAt, updatedAt',
    clears: '++id, at',
  },
};

/**
 * Every schema version, oldest first. Add a version at the end; keep the old ones (Dexie needs them only when
 * they carry an upgrade, but keeping them documents the history and lets the migration test replay it). Each
 * version lists every store (the previous version's, with what it changes), so the last one reads whole.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  V1,
  {
    // Walks still open, by age: closeStaleSessions runs after every popup read, and walked every session (up to
    // 1,000) to find the few left open; with this index it reads only the open ones.
    version: 2,
    stores: { ...V1.stores, sessions: '++id, startedAt, updatedAt, [outcome+updatedAt]' },
  },
];

let shared: DoctorDb | undefined;

/** The database of this extension context, opened once. */
export function db(): DoctorDb {
  shared ??= new DoctorDb();
  return shared;
}
