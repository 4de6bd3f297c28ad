/** Where a walk is saved: the one write of the walk. The popup holds no database: the background saves it. */
import type { TroubleSession } from '../model';
import { askSaveSession } from '../store/client';

/** Insert or update the session; resolves to its id. */
export function recordSession(session: TroubleSession): Promise<number> {
  return askSaveSession(session);
}
