/**
 * What the popup's first screen reads: only the last day of event groups (newest first, capped), the probe
 * results of that day, and a walk left open. Indexed range reads, so 10,000 stored events cost what a day costs.
 */
import type { DoctorDb } from '../db';
import { WINDOW_MS } from './age';
import { LOAD_LIMITS, RESUME_MS, type Recent, toRecent } from './load-limits';

export { LOAD_LIMITS, RESUME_MS, type Recent } from './load-limits';

export async function loadRecent(database: DoctorDb, now: number, limits = LOAD_LIMITS): Promise<Recent> {
  const since = now - WINDOW_MS;
  return database.transaction('r', [database.eventGroups, database.probes, database.sessions], async () => {
    const [events, probes, latest] = await Promise.all([
      // Newest first through the time index: one cursor step per row, stopped at the limit.
      database.eventGroups.where('lastAt').aboveOrEqual(since).reverse().limit(limits.events).toArray(),
      database.probes.where('at').aboveOrEqual(since).reverse().limit(limits.probes).toArray(),
      database.sessions.orderBy('updatedAt').reverse().limit(1).toArray(),
    ]);
    return toRecent(events, probes, latest[0], now);
  });
}

/** Mark walks left open for longer than RESUME_MS as abandoned. Returns how many. */
export async function closeStaleSessions(database: DoctorDb, now: number): Promise<number> {
  return database.sessions
    .where('updatedAt')
    .below(now - RESUME_MS)
    .filter((s) => s.outcome === 'open')
    .modify((s) => {
      s.outcome = 'abandoned';
      s.endedAt = s.updatedAt;
    });
}
