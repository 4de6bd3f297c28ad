/**
 * When the watch raises a notification: a cause that becomes `likely` (it was not likely at the previous
 * evaluation), at most once per cause per hour. Pure, so the rule is tested without a browser; the state is
 * persisted by the caller because the service worker may stop between two evaluations.
 */
import type { CauseId, CauseVerdict, Diagnosis } from '../model';

/** At most one notification per cause in this period. */
export const NOTIFY_EVERY_MS = 60 * 60_000;
/** A previous evaluation older than this no longer says what the seller last saw: start afresh. */
export const STALE_AFTER_MS = 60 * 60_000;

export interface WatchState {
  /** when the previous evaluation ran (epoch ms); 0 when never */
  at: number;
  /** causes that were likely at the previous evaluation */
  likely: CauseId[];
  /** when a notification last named each cause */
  notifiedAt: Partial<Record<CauseId, number>>;
}

export const EMPTY_WATCH_STATE: WatchState = { at: 0, likely: [], notifiedAt: {} };

export interface WatchDecision {
  /** newly likely causes to tell the seller about, most likely first; empty for no notification */
  notify: CauseVerdict[];
  /** the state to persist */
  next: WatchState;
}

/**
 * `quiet` (the popup is open: the seller already sees the diagnosis) records what is likely without notifying,
 * so closing the popup does not bring a notification about what the seller just saw.
 */
export function shouldNotify(prev: WatchState, diagnosis: Diagnosis, now: number, quiet = false): WatchDecision {
  const likely = diagnosis.causes.filter((c) => c.status === 'likely');
  const wasLikely = new Set(prev.at >= now - STALE_AFTER_MS ? prev.likely : []);
  const notify = quiet
    ? []
    : likely.filter((c) => !wasLikely.has(c.id) && now - (prev.notifiedAt[c.id] ?? -Infinity) >= NOTIFY_EVERY_MS);
  const notifiedAt: WatchState['notifiedAt'] = {};
  // Forget what is past the hour: the stored record stays small.
  for (const [id, at] of Object.entries(prev.notifiedAt) as [CauseId, number][])
    if (now - at < NOTIFY_EVERY_MS) notifiedAt[id] = at;
  for (const c of notify) notifiedAt[c.id] = now;
  return { notify, next: { at: now, likely: likely.map((c) => c.id), notifiedAt } };
}
