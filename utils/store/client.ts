/**
 * The store as the popup sees it: questions to the background over utils/messages.ts, no database library.
 * The first screen, the history view and the walk's saves all go through here.
 */
import type { History } from '../diagnosis/history';
import type { RecentDiagnosis } from '../diagnosis/recent';
import { onMessages, type PayloadSchema, sendMessage } from '../messages';
import type { SessionAnswer, TroubleSession } from '../model';

/**
 * The first screen, ranked by the background with these answers: one message, answered from three indexed reads
 * (wakes a stopped worker). The popup's own first read.
 */
export function askDiagnosis(answers: readonly SessionAnswer[]): Promise<RecentDiagnosis> {
  return sendMessage('diagnosis/recent', { answers: [...answers] });
}

export function askHistory(): Promise<History> {
  return sendMessage('store/history', {});
}

/** Save a walk's session; resolves to its id (new sessions get one). */
export async function askSaveSession(session: TroubleSession): Promise<number> {
  return (await sendMessage('sessions/save', { session })).id;
}

/**
 * The one payload the popup receives, `{tables: string[]}`, checked by hand: the schema library would be the
 * popup's largest dependency for this single check (the background, which receives everything else, uses it).
 */
const TABLE_NAMES: PayloadSchema = {
  '~standard': {
    validate: (value) => {
      const tables = (value as { tables?: unknown } | null)?.tables;
      return Array.isArray(tables) &&
        tables.length <= 16 &&
        tables.every((x) => typeof x === 'string' && x.length <= 40)
        ? { value: { tables } }
        : { issues: ['expected { tables: string[] }'] };
    },
  },
};

/** Call `fn` with the changed tables whenever the background announces a write. Returns the unsubscribe. */
export function onStoreChanged(fn: (tables: string[]) => void): () => void {
  return onMessages({
    'store/changed': {
      accepts: TABLE_NAMES,
      from: ['extension-page'],
      handle: ({ tables }) => {
        fn(tables);
        return { seen: true };
      },
    },
  });
}
