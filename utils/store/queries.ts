/**
 * The named reads of the history. Every index name lives here (and in the schema): callers ask for "the events
 * since", "the latest probe run", "the newest sessions", never for a table or an index.
 */
import { WINDOW_MS } from '../diagnosis/age';
import { HISTORY_LIMITS, type History } from '../diagnosis/history';
import type { EventGroup, ProbeResult, ProbeRun, RequestRecord } from '../model';
import { LOAD_LIMITS, type Recent, toRecent } from './recent';
import type { DoctorDb } from './schema';

/** Event groups last seen after `since`, newest first, at most `limit` (one cursor step per row). */
export function recentEvents(database: DoctorDb, since: number, limit = Number.POSITIVE_INFINITY) {
  const rows = database.eventGroups.where('lastAt').above(since).reverse();
  return (Number.isFinite(limit) ? rows.limit(limit) : rows).toArray();
}

/** The newest event groups and failed/slow requests, whatever their age. */
export async function newestObservations(
  database: DoctorDb,
  limit: number,
): Promise<{ events: EventGroup[]; requests: RequestRecord[] }> {
  const [events, requests] = await Promise.all([
    database.eventGroups.orderBy('lastAt').reverse().limit(limit).toArray(),
    database.requests.orderBy('at').reverse().limit(limit).toArray(),
  ]);
  return { events, requests };
}

/** Every stored request and event group (the API doctor's latency table: both tables are bounded). */
export async function allObservations(
  database: DoctorDb,
): Promise<{ events: EventGroup[]; requests: RequestRecord[] }> {
  const [events, requests] = await Promise.all([database.eventGroups.toArray(), database.requests.toArray()]);
  return { events, requests };
}

export function latestProbeRun(database: DoctorDb): Promise<ProbeRun | undefined> {
  return database.probeRuns.orderBy('startedAt').last();
}

/** The failed results of one probe run. */
export function failedProbesOf(database: DoctorDb, runId: string): Promise<ProbeResult[]> {
  return database.probes
    .where('runId')
    .equals(runId)
    .filter((r) => r.outcome === 'fail')
    .toArray();
}

/**
 * The popup's first read: the last day of event groups (newest first, capped), that day's probe results, and a
 * walk left open. Three indexed range reads in one transaction, so 10,000 stored events cost what a day costs.
 */
export async function readRecent(database: DoctorDb, now: number, limits = LOAD_LIMITS): Promise<Recent> {
  const since = now - WINDOW_MS;
  return database.transaction('r', [database.eventGroups, database.probes, database.sessions], async () => {
    const [events, probes, latest] = await Promise.all([
      database.eventGroups.where('lastAt').aboveOrEqual(since).reverse().limit(limits.events).toArray(),
      database.probes.where('at').aboveOrEqual(since).reverse().limit(limits.probes).toArray(),
      database.sessions.orderBy('updatedAt').reverse().limit(1).toArray(),
    ]);
    return toRecent(events, probes, latest[0], now);
  });
}

/** The history view: the newest sessions, clear-site-data records and events, with totals. */
export async function readHistory(database: DoctorDb, limits = HISTORY_LIMITS): Promise<History> {
  return database.transaction('r', [database.sessions, database.clears, database.eventGroups], async () => {
    const [sessions, clears, events, nSessions, nEvents] = await Promise.all([
      database.sessions.orderBy('startedAt').reverse().limit(limits.sessions).toArray(),
      database.clears.orderBy('at').reverse().limit(limits.clears).toArray(),
      database.eventGroups.orderBy('lastAt').reverse().limit(limits.events).toArray(),
      database.sessions.count(),
      database.eventGroups.count(),
    ]);
    return { sessions, clears, events, totals: { sessions: nSessions, events: nEvents } };
  });
}
