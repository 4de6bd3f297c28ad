/** The causes' names by id, from their folders' titles.ts: the popup's first screen and report.html read these. */
import type { CauseId } from '../model';
import { CAUSES } from './registry';

export const CAUSE_TITLES = Object.fromEntries(CAUSES.map((c) => [c.id, c.titles.title])) as Record<CauseId, string>;
