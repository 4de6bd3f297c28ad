/** The history view's shape and words; the read itself is the store's `readHistory`, asked with `store/history`. */

import { t } from '../i18n/translate';
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
  if (s.outcome === 'fixed') return t('popup.outcome.fixed');
  if (s.outcome === 'escalated') return t('popup.outcome.escalated');
  if (s.outcome === 'open') return t('popup.outcome.open');
  return s.steps.some((x) => x.stepId.startsWith('ruled-out:')) ? t('popup.outcome.ruledOut') : t('popup.outcome.left');
}
