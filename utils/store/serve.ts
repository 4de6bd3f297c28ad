/**
 * The background's answers to what extension pages ask of the store (utils/messages.ts): the popup's first read,
 * the history view, and saving a guided walk. Only our own pages may ask.
 */
import type { HandlerMap } from '../messages';
import { REQUEST_SCHEMAS } from '../schemas/runtime';
import { readHistory, readRecent } from './queries';
import type { Recent } from './recent';
import type { DoctorDb } from './schema';
import { closeStaleSessions, saveSession } from './writes';

/**
 * The first screen's read (the last day's evidence), with `whileReading` run as the database works; walks left open
 * long ago are closed as housekeeping once the answer is on its way (the read already skips them).
 */
export async function readFirstScreen(database: DoctorDb, whileReading?: () => void): Promise<Recent> {
  const now = Date.now();
  const reading = readRecent(database, now);
  whileReading?.();
  const recent = await reading;
  setTimeout(() => void closeStaleSessions(database, now).catch(() => undefined), 0);
  return recent;
}

export function storeHandlers(database: () => DoctorDb): HandlerMap {
  return {
    'store/recent': {
      accepts: REQUEST_SCHEMAS['store/recent'],
      from: ['extension-page'],
      handle: () => readFirstScreen(database()),
    },
    'store/history': {
      accepts: REQUEST_SCHEMAS['store/history'],
      from: ['extension-page'],
      handle: () => readHistory(database()),
    },
    // The schema has checked the row: a malformed session never lands in history.
    'sessions/save': {
      accepts: REQUEST_SCHEMAS['sessions/save'],
      from: ['extension-page'],
      handle: async ({ session }) => ({ id: await saveSession(database(), session) }),
    },
  };
}
