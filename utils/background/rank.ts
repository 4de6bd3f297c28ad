/**
 * The background's answer to the popup's first screen (`diagnosis/recent`): the last day's evidence read where it
 * is stored and ranked here, with the answers of the walk the popup has open. Only our own pages may ask.
 */
import { CAUSES } from '../causes/registry';
import { rankRecent, warmRanking } from '../diagnosis/recent';
import type { HandlerMap } from '../messages';
import { REQUEST_SCHEMAS } from '../schemas/runtime';
import type { DoctorDb } from '../store/schema';
import { readFirstScreen } from '../store/serve';

export function rankHandlers(database: () => DoctorDb): HandlerMap {
  return {
    'diagnosis/recent': {
      accepts: REQUEST_SCHEMAS['diagnosis/recent'],
      from: ['extension-page'],
      handle: async ({ answers }) => {
        const recent = await readFirstScreen(database(), () => warmRanking(CAUSES));
        return rankRecent(CAUSES, recent, answers, Date.now());
      },
    },
  };
}
