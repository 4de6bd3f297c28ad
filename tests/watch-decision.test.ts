import { describe, expect, it } from 'vitest';
import { EMPTY_WATCH_STATE, NOTIFY_EVERY_MS, shouldNotify, type WatchState } from '@/utils/background/watch-decision';
import type { CauseId, CauseStatus, Diagnosis } from '@/utils/model';

const T0 = Date.parse('2026-11-30T10:00:00Z');

function diagnosis(statuses: Partial<Record<CauseId, CauseStatus>>): Diagnosis {
  const causes = Object.entries(statuses).map(([id, status]) => ({
    id: id as CauseId,
    status: status as CauseStatus,
    score: status === 'likely' ? 2 : 0,
    why: `${id} evidence`,
    evidence: [],
  }));
  return { at: T0, healthy: !causes.some((c) => c.status === 'likely'), causes };
}

describe('shouldNotify', () => {
  it('notifies when a cause becomes likely, and records it', () => {
    const d = shouldNotify(EMPTY_WATCH_STATE, diagnosis({ platform: 'likely', cache: 'possible' }), T0);
    expect(d.notify.map((c) => c.id)).toEqual(['platform']);
    expect(d.next).toEqual({ at: T0, likely: ['platform'], notifiedAt: { platform: T0 } });
  });

  it('does not notify again while the cause stays likely', () => {
    const first = shouldNotify(EMPTY_WATCH_STATE, diagnosis({ platform: 'likely' }), T0);
    const again = shouldNotify(first.next, diagnosis({ platform: 'likely' }), T0 + 60_000);
    expect(again.notify).toEqual([]);
  });

  it('at most once per cause per hour, even when it comes and goes', () => {
    let s: WatchState = shouldNotify(EMPTY_WATCH_STATE, diagnosis({ platform: 'likely' }), T0).next;
    s = shouldNotify(s, diagnosis({ platform: 'possible' }), T0 + 5 * 60_000).next;
    const back = shouldNotify(s, diagnosis({ platform: 'likely' }), T0 + 10 * 60_000);
    expect(back.notify).toEqual([]);
    const gone = shouldNotify(back.next, diagnosis({ platform: 'clear' }), T0 + NOTIFY_EVERY_MS - 1);
    const later = shouldNotify(gone.next, diagnosis({ platform: 'likely' }), T0 + NOTIFY_EVERY_MS);
    expect(later.notify.map((c) => c.id)).toEqual(['platform']);
  });

  it('another cause becoming likely is notified on its own', () => {
    const s = shouldNotify(EMPTY_WATCH_STATE, diagnosis({ platform: 'likely' }), T0).next;
    const d = shouldNotify(s, diagnosis({ platform: 'likely', connectivity: 'likely' }), T0 + 60_000);
    expect(d.notify.map((c) => c.id)).toEqual(['connectivity']);
    expect(d.next.notifiedAt).toEqual({ platform: T0, connectivity: T0 + 60_000 });
  });

  it('stays quiet while the popup is open, and does not notify afterwards about what was seen', () => {
    const open = shouldNotify(EMPTY_WATCH_STATE, diagnosis({ geo: 'likely' }), T0, true);
    expect(open.notify).toEqual([]);
    expect(open.next.notifiedAt).toEqual({});
    const closed = shouldNotify(open.next, diagnosis({ geo: 'likely' }), T0 + 60_000);
    expect(closed.notify).toEqual([]);
  });

  it('a previous evaluation older than an hour no longer counts as seen', () => {
    const s: WatchState = { at: T0, likely: ['geo'], notifiedAt: {} };
    expect(shouldNotify(s, diagnosis({ geo: 'likely' }), T0 + 2 * NOTIFY_EVERY_MS).notify.map((c) => c.id)).toEqual([
      'geo',
    ]);
  });

  it('forgets notification times past the hour', () => {
    const s: WatchState = { at: T0, likely: [], notifiedAt: { cache: T0 - NOTIFY_EVERY_MS, geo: T0 - 1 } };
    expect(shouldNotify(s, diagnosis({}), T0).next.notifiedAt).toEqual({ geo: T0 - 1 });
  });

  it('nothing likely, nothing said', () => {
    expect(shouldNotify(EMPTY_WATCH_STATE, diagnosis({ platform: 'possible' }), T0).notify).toEqual([]);
  });
});
