/**
 * The popup's first read without Dexie: plain IndexedDB, one read-only transaction, newest rows first through
 * the time indexes of schema v1 (utils/db.ts). The first screen ships and runs without the database library,
 * which loads after it for live updates and writes. Never creates or upgrades the database.
 */
import type { EventGroup, ProbeResult, TroubleSession } from '../model';
import { DB_NAME } from '../product';
import { WINDOW_MS } from './age';
import { LOAD_LIMITS, type Recent, toRecent } from './load-limits';

/** The database's one name (utils/product.ts, no Dexie). */
export const RAW_DB_NAME = DB_NAME;
const EMPTY: Recent = { events: [], probes: [] };

export async function readRecentRaw(idb: IDBFactory, now: number, limits = LOAD_LIMITS, name = RAW_DB_NAME) {
  const database = await openExisting(idb, name);
  if (!database) return EMPTY;
  try {
    const stores = ['eventGroups', 'probes', 'sessions'];
    if (!stores.every((s) => database.objectStoreNames.contains(s))) return EMPTY;
    const tx = database.transaction(stores, 'readonly');
    const since = IDBKeyRange.lowerBound(now - WINDOW_MS);
    const [events, probes, latest] = await Promise.all([
      newest<EventGroup>(tx.objectStore('eventGroups').index('lastAt'), since, limits.events),
      newest<ProbeResult>(tx.objectStore('probes').index('at'), since, limits.probes),
      newest<TroubleSession>(tx.objectStore('sessions').index('updatedAt'), null, 1),
    ]);
    return toRecent(events, probes, latest[0], now);
  } finally {
    database.close();
  }
}

/** Open the database as it is; undefined when it does not exist yet (the open is aborted, nothing is created). */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = idb.open(name);
    let fresh = false;
    req.onupgradeneeded = () => {
      fresh = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => (fresh ? resolve(undefined) : reject(req.error));
    req.onblocked = () => resolve(undefined);
  });
}

/** IndexedDB's getAllRecords (Chrome 141+): one round trip for the newest rows, where a cursor takes many. */
interface RecordsIndex {
  getAllRecords(options: {
    query: IDBKeyRange | null;
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<{ value: unknown }[]>;
}

function newest<T>(index: IDBIndex, range: IDBKeyRange | null, limit: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const records = index as unknown as Partial<RecordsIndex>;
    if (typeof records.getAllRecords === 'function') {
      const req = records.getAllRecords({ query: range, count: limit, direction: 'prev' });
      req.onsuccess = () => resolve(req.result.map((r) => r.value as T));
      req.onerror = () => reject(req.error);
      return;
    }
    const out: T[] = [];
    const req = index.openCursor(range, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= limit) return resolve(out);
      out.push(cursor.value as T);
      if (out.length >= limit) return resolve(out);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}
