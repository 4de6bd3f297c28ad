/** Read what the bundle needs from history: the newest rows of each table, capped, plus the stored totals. */
import { BUNDLE_LIMITS, type BundleLimits } from '../bundle/limits';
import type { BundleData } from '../bundle/types';
import type { DoctorDb } from './schema';

export async function readBundleData(database: DoctorDb, limits: BundleLimits = BUNDLE_LIMITS): Promise<BundleData> {
  return database.transaction(
    'r',
    [database.eventGroups, database.requests, database.probes, database.probeRuns, database.sessions, database.clears],
    async () => {
      const [events, requests, probes, probeRuns, sessions, clears] = await Promise.all([
        database.eventGroups.orderBy('lastAt').reverse().limit(limits.events).toArray(),
        database.requests.orderBy('at').reverse().limit(limits.requests).toArray(),
        database.probes.orderBy('at').reverse().limit(limits.probes).toArray(),
        database.probeRuns.orderBy('startedAt').reverse().limit(limits.probeRuns).toArray(),
        database.sessions.orderBy('updatedAt').reverse().limit(limits.sessions).toArray(),
        database.clears.orderBy('at').reverse().limit(limits.clears).toArray(),
      ]);
      const [nEvents, nRequests, nProbes, nRuns, nSessions, nClears] = await Promise.all([
        database.eventGroups.count(),
        database.requests.count(),
        database.probes.count(),
        database.probeRuns.count(),
        database.sessions.count(),
        database.clears.count(),
      ]);
      return {
        events,
        requests,
        probes,
        probeRuns,
        sessions,
        clears,
        totals: {
          events: nEvents,
          requests: nRequests,
          probes: nProbes,
          probeRuns: nRuns,
          sessions: nSessions,
          clears: nClears,
        },
      };
    },
  );
}
