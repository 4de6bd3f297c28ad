/**
 * The background's answers to what extension pages ask of the store (utils/messages.ts): the popup's first read,
 * the history view, and saving a guided walk. Only our own pages may ask.
 */
import type { HandlerMap } from '../messages';
import type { TroubleSession } from '../model';
import { readHistory, readRecent } from './queries';
import type { DoctorDb } from './schema';
import { closeStaleSessions, saveSession } from './writes';

const OUTCOMES: readonly TroubleSession['outcome'][] = ['open', 'fixed', 'escalated', 'abandoned'];

/** Our own page sent it, but a malformed row must not land in history: the fields every reader relies on. */
export function isSessionRow(value: unknown): value is TroubleSession {
  const s = value as Partial<TroubleSession> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.startedAt === 'number' &&
    typeof s.updatedAt === 'number' &&
    Array.isArray(s.answers) &&
    Array.isArray(s.steps) &&
    OUTCOMES.includes(s.outcome as TroubleSession['outcome']) &&
    (s.id === undefined || typeof s.id === 'number')
  );
}

export function storeHandlers(database: () => DoctorDb): HandlerMap {
  return {
    'store/recent': {
      from: ['extension-page'],
      handle: async () => {
        const now = Date.now();
        const recent = await readRecent(database(), now);
        // Housekeeping after the answer: walks left open long ago become abandoned (the read already skips them).
        void closeStaleSessions(database(), now).catch(() => undefined);
        return recent;
      },
    },
    'store/history': { from: ['extension-page'], handle: () => readHistory(database()) },
    'sessions/save': {
      from: ['extension-page'],
      handle: async ({ session }) => {
        if (!isSessionRow(session)) throw new Error('Not a troubleshooting session');
        return { id: await saveSession(database(), session) };
      },
    },
  };
}
