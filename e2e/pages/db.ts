/**
 * The one way e2e specs read and seed the extension's history: plain IndexedDB, run in an extension page or the
 * service worker (same origin as the database). The store's schema (utils/store/schema.ts) names the tables; the
 * database is never created or upgraded here: before the extension has made it, reads are empty.
 */
import type { Page, Worker } from '@playwright/test';
import type { ClearRecord, EventGroup, ProbeResult, ProbeRun, RequestRecord, TroubleSession } from '../../utils/model';
import { DB_NAME } from '../../utils/product';

export interface Tables {
  eventGroups: EventGroup;
  requests: RequestRecord;
  probes: ProbeResult;
  probeRuns: ProbeRun;
  sessions: TroubleSession;
  clears: ClearRecord;
}
export type Table = keyof Tables;

/** An extension page or the background's worker: both can evaluate in the database's origin. */
type Context = Pick<Page, 'evaluate'> | Pick<Worker, 'evaluate'>;

interface Job {
  name: string;
  table: string;
  rows?: unknown[];
}

/** Runs inside the extension: open without creating (an absent database aborts its creation), then read or write. */
async function run({ name, table, rows }: Job): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
    const req = indexedDB.open(name);
    let fresh = false;
    req.onupgradeneeded = () => {
      fresh = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => (fresh ? resolve(undefined) : reject(req.error));
  });
  if (!idb?.objectStoreNames.contains(table)) {
    idb?.close();
    if (rows) throw new Error(`The extension has not created "${table}" in ${name} yet`);
    return [];
  }
  try {
    const tx = idb.transaction(table, rows ? 'readwrite' : 'readonly');
    const store = tx.objectStore(table);
    const all = rows ? undefined : store.getAll();
    for (const row of rows ?? []) store.put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return all ? all.result : [];
  } finally {
    idb.close();
  }
}

/** Every row of one table (empty until the extension has created the database). */
export async function readTable<T extends Table>(on: Context, table: T): Promise<Tables[T][]> {
  const job: Job = { name: DB_NAME, table };
  return (await (on as Pick<Page, 'evaluate'>).evaluate(run, job)) as Tables[T][];
}

/** Put rows into one table in one transaction, as the background would have stored them. */
export async function writeRows<T extends Table>(on: Context, table: T, rows: Tables[T][]): Promise<void> {
  const job: Job = { name: DB_NAME, table, rows };
  await (on as Pick<Page, 'evaluate'>).evaluate(run, job);
}
