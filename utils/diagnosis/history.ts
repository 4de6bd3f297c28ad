/** The history view's shape and words; the read itself is the store's `readHistory`, asked with `store/history`. */

import { HISTORY_LIMITS } from '../limits';
import type { ClearRecord, EventGroup, TroubleSession } from '../model';

export { HISTORY_LIMITS };

export interface History {
  sessions: TroubleSession[];
  clears: ClearRecord[];
  events: EventGroup[];
  totals: { sessions: number; events: number };
}

/** How a session ended, in words: "fixed", "sent to support", "ruled out", "left", "in progress". */
export function outcomeLabel(s: TroubleSession): string {
  if (s.outcome === 'fixed') return 'fixed';
  if (s.outcome === 'escalated') return 'sent to support';
  if (s.outcome === 'open') return 'in progress';
  return s.steps.some((x) => x.stepId.startsWith('ruled-out:')) ? 'ruled out' : 'left unfinished';
}
