/** The history view's shape and words; the read itself is the store's `readHistory`, asked with `store/history`. */

import { type Translate, t } from '../i18n/translate';
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
export function outcomeLabel(s: TroubleSession, translate: Translate = t): string {
  if (s.outcome === 'fixed') return translate('dx.outcome.fixed');
  if (s.outcome === 'escalated') return translate('dx.outcome.escalated');
  if (s.outcome === 'open') return translate('dx.outcome.open');
  return translate(s.steps.some((x) => x.stepId.startsWith('ruled-out:')) ? 'dx.outcome.ruled-out' : 'dx.outcome.left');
}
