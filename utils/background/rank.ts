/**
 * The background's answer to the popup's first screen (`diagnosis/recent`): the last day's evidence read where it
 * is stored and ranked here, with the answers of the walk the popup has open. Only our own pages may ask.
 */
import { CAUSES } from '../causes/registry';
import { rankRecent, warmRanking } from '../diagnosis/recent';
import type { HandlerMap } from '../messages';
import { REQUEST_SCHEMAS } from '../schemas/runtime';
import { readRecent } from '../store/queries';
import type { DoctorDb } from '../store/schema';
import { closeStaleSessions } from '../store/writes';

export function rankHandlers(database: () => DoctorDb): HandlerMap {
  return {
    'diagnosis/recent': {
      accepts: REQUEST_SCHEMAS['diagnosis/recent'],
      from: ['extension-page'],
      handle: async ({ answers }) => {
        const now = Date.now();
        const reading = readRecent(database(), now);
        warmRanking(CAUSES);
        const recent = await reading;
        // Housekeeping once the answer is on its way: walks left open long ago become abandoned (the read already
        // skips them).
        setTimeout(() => void closeStaleSessions(database(), now).catch(() => undefined), 0);
        return rankRecent(CAUSES, recent, answers, now);
      },
    },
  };
}
