/** Runs table rows for the diagnosis: each row is a situation and the verdict it must reach for one cause. */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose } from '@/utils/diagnosis';
import { whyText } from '@/utils/diagnosis/render';
import type { CauseId, CauseStatus, EventGroup, ObservedEvent, ProbeResult } from '@/utils/model';
import { type EvOpts, ev, HOST, NOW, reach } from '../diagnosis-fixtures';

export interface Row {
  name: string;
  events?: EventGroup[];
  probes?: ProbeResult[];
  cause: CauseId;
  status: CauseStatus;
  /** the cause must rank first */
  first?: boolean;
  why?: RegExp;
}

export const dnsFail = (extra: Partial<ObservedEvent> = {}, o: EvOpts = {}) =>
  ev('network-failure', { url: `https://${HOST}/`, status: 0, netError: 'net::ERR_NAME_NOT_RESOLVED', ...extra }, o);
// TikTok far slower than the control host in the same check: the only sign of a VPN or proxy without `proxy`.
export const detour = [
  reach(HOST, 'seller', true, { medianMs: 900 }),
  reach('open-api.tiktokglobalshop.com', 'api', true, { medianMs: 1100 }),
  reach('www.gstatic.com', 'control', true, { medianMs: 40 }),
];

/** One row per page message: Seller Center's own words, the cause they name and how sure that makes the diagnosis. */
export const toastRow = (name: string, message: string, cause: CauseId, status: CauseStatus): Row => ({
  name,
  events: [ev('toast', { message })],
  cause,
  status,
});

export function checkRows(rows: Row[]): void {
  describe.each(rows)('$cause: $name', (row) => {
    it(`is ${row.status}${row.first ? ' and ranks first' : ''}`, () => {
      const d = diagnose(CAUSES, row.events ?? [], row.probes ?? [], [], NOW);
      const v = d.causes.find((c) => c.id === row.cause);
      expect(v?.status, JSON.stringify(v, null, 1)).toBe(row.status);
      if (row.first) expect(d.causes[0]?.id).toBe(row.cause);
      if (row.why) expect(v && whyText(v)).toMatch(row.why);
      if (row.status === 'likely' || row.status === 'possible') expect(d.healthy).toBe(false);
    });
  });
}
