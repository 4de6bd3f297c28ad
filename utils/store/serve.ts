/**
 * The background's answers to what extension pages ask of the store (utils/messages.ts): the popup's first read,
 * the history view, and saving a guided walk. Only our own pages may ask.
 */
import type { HandlerMap } from '../messages';
import { REQUEST_SCHEMAS } from '../schemas/runtime';
import { readHistory, readRecent } from './queries';
import type { DoctorDb } from './schema';
import { closeStaleSessions, saveSession } from './writes';

export function storeHandlers(database: () => DoctorDb): HandlerMap {
  return {
    'store/recent': {
      accepts: REQUEST_SCHEMAS['store/recent'],
      from: ['extension-page'],
      handle: async () => {
        const now = Date.now();
        const recent = await readRecent(database(), now);
        // Housekeeping after the answer: walks left open long ago become abandoned (the read already skips them).
        void closeStaleSessions(database(), now).catch(() => undefined);
        return recent;
      },
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
