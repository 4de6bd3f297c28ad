/** Retention bounds enforced on write, and the answer to a full disk: prune the oldest rows and try once more. */
import type { DoctorDb } from './schema';

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

export type RetainedTable = keyof typeof RETENTION;
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
