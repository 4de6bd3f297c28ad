/** The history view's reads, done only when it opens: recent sessions, clear-site-data records, event timeline. */
import type { DoctorDb } from '../db';
import { HISTORY_LIMITS } from '../limits';
import type { ClearRecord, EventGroup, TroubleSession } from '../model';

export { HISTORY_LIMITS };

export interface History {
  sessions: TroubleSession[];
  clears: ClearRecord[];
  events: EventGroup[];
  totals: { sessions: number; events: number };
}

export async function loadHistory(database: DoctorDb, limits = HISTORY_LIMITS): Promise<History> {
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

/** How a session ended, in words: "fixed", "sent to support", "ruled out", "left", "in progress". */
export function outcomeLabel(s: TroubleSession): string {
  if (s.outcome === 'fixed') return 'fixed';
  if (s.outcome === 'escalated') return 'sent to support';
  if (s.outcome === 'open') return 'in progress';
  return s.steps.some((x) => x.stepId.startsWith('ruled-out:')) ? 'ruled out' : 'left unfinished';
}
