/** Where a walk is saved: the one write of the walk, so that how writes reach the database changes in one place. */
import { type DoctorDb, saveSession } from '../db';
import type { TroubleSession } from '../model';

/** Insert or update the session; resolves to its id. */
export function recordSession(database: DoctorDb, session: TroubleSession): Promise<number> {
  return saveSession(database, session);
}
