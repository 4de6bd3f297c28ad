/**
 * What the popup's first screen reads, without the database library: its shape and bounds. The read itself
 * (`readRecent`, utils/store/queries.ts) runs in the background; the popup asks for it with `store/recent`.
 */
import { LOAD_LIMITS as LIMITS } from '../limits';
import type { EventGroup, ProbeResult, TroubleSession } from '../model';

export interface LoadLimits {
  events: number;
  probes: number;
}

export const LOAD_LIMITS: Readonly<LoadLimits> = LIMITS;
/** An open walk older than this was left: history shows it as abandoned and it is no longer offered. */
export const RESUME_MS = 30 * 60_000;

export interface Recent {
  events: EventGroup[];
  probes: ProbeResult[];
  /** the newest probe result, or undefined when no check has run in the last day */
  lastCheckAt?: number;
  /** a walk left open in the last half hour, to continue */
  openSession?: TroubleSession;
}

/** Shape the three newest-first reads (events, probes, the latest session) into what the first screen needs. */
export function toRecent(
  events: EventGroup[],
  probes: ProbeResult[],
  latest: TroubleSession | undefined,
  now: number,
): Recent {
  return {
    events,
    probes,
    lastCheckAt: probes[0]?.at,
    openSession: latest && latest.outcome === 'open' && latest.updatedAt >= now - RESUME_MS ? latest : undefined,
  };
}
