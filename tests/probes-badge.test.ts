import { beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLOR, type BadgeApi, badgeState, DEFAULT_TITLE, refreshBadge } from '@/utils/background/badge';
import type { EventGroup, ProbeResult } from '@/utils/model';
import { DoctorDb } from '@/utils/store';

let n = 0;
let database: DoctorDb;
beforeEach(() => {
  database = new DoctorDb(`probes-badge-${++n}`);
});

function fakeAction() {
  const state = { text: 'stale', color: '', title: '' };
  const api: BadgeApi = {
    setBadgeText: ({ text }) => {
      state.text = text;
    },
    setBadgeBackgroundColor: ({ color }) => {
      state.color = color;
    },
    setTitle: ({ title }) => {
      state.title = title;
    },
  };
  return { api, state };
}

const probe = (runId: string, p: Partial<ProbeResult>): ProbeResult => ({
  runId,
  at: Date.now(),
  probe: 'reach',
  outcome: 'pass',
  message: { key: 'probe.legacy' },
  metrics: {},
  ...p,
});

const group = (fingerprint: string, over: Partial<EventGroup> = {}, status?: number): EventGroup => ({
  fingerprint,
  kind: 'http-error',
  count: 3,
  firstAt: Date.now() - 60_000,
  lastAt: Date.now() - 30_000,
  sample: { kind: over.kind ?? 'http-error', at: Date.now(), source: 'page', pageHost: 'seller-us.tiktok.com', status },
  requestIds: [],
  ...over,
});

describe('badge state', () => {
  it('is null (cleared) when nothing is bad', () => {
    expect(badgeState([], [])).toBeNull();
  });

  it('counts a failed verdict once, not once per unreachable host', () => {
    const s = badgeState(
      [
        { probe: 'reach', target: 'seller-us.tiktok.com', metrics: {} },
        { probe: 'reach', target: 'open-api.tiktokglobalshop.com', metrics: {} },
        { probe: 'connectivity-verdict', metrics: { verdict: 'tiktok-unreachable' } },
        { probe: 'cookies', target: 'seller-us.tiktok.com', metrics: {} },
      ],
      [],
    );
    expect(s).toMatchObject({ text: '2', color: BADGE_COLOR });
    expect(s?.title).toContain('connection: tiktok-unreachable');
    expect(s?.title).toContain('cookies too large for seller-us.tiktok.com');
  });

  it('counts error events that stop the seller, not page noise', () => {
    const s = badgeState(
      [],
      [
        group('a', {}, 503),
        group('b', {}, 404),
        group('c', { kind: 'console-error' }),
        group('d', { kind: 'js-error' }),
        group('e', { kind: 'api-error' }),
      ],
    );
    expect(s?.text).toBe('2');
    expect(s?.title).toMatch(/3× http-error 503 on seller-us\.tiktok\.com/);
  });

  it('shows "!" past two digits', () => {
    const many = Array.from({ length: 120 }, (_, i) => group(String(i), { kind: 'network-failure' }));
    expect(badgeState([], many)?.text).toBe('!');
  });
});

describe('refreshing the badge from the database', () => {
  it('shows failing probes of the latest run, then clears when a healthy run follows', async () => {
    const { api, state } = fakeAction();
    const now = Date.now();
    await database.probeRuns.put({ runId: 'r1', startedAt: now - 10_000, finishedAt: now - 9_000, trigger: 'manual' });
    await database.probes.bulkAdd([
      probe('r1', { probe: 'clock', outcome: 'fail' }),
      probe('r1', { probe: 'cookies', outcome: 'warn' }),
    ]);
    expect(await refreshBadge(database, api, now)).not.toBeNull();
    expect(state).toMatchObject({ text: '1', color: BADGE_COLOR });
    expect(state.title).toContain('clock out of sync');

    await database.probeRuns.put({ runId: 'r2', startedAt: now - 1_000, finishedAt: now - 500, trigger: 'alarm' });
    await database.probes.add(probe('r2', { probe: 'clock', outcome: 'pass' }));
    expect(await refreshBadge(database, api, now)).toBeNull();
    expect(state).toMatchObject({ text: '', title: DEFAULT_TITLE });
  });

  it('an interrupted latest run still counts; a run older than an hour does not', async () => {
    const { api, state } = fakeAction();
    const now = Date.now();
    await database.probeRuns.put({ runId: 'old', startedAt: now - 2 * 3_600_000, trigger: 'alarm' });
    await database.probes.add(probe('old', { probe: 'browser', outcome: 'fail' }));
    await refreshBadge(database, api, now);
    expect(state.text).toBe('');
    await database.probeRuns.put({ runId: 'cut', startedAt: now - 5_000, trigger: 'manual' });
    await database.probes.add(
      probe('cut', { probe: 'connectivity-verdict', outcome: 'fail', metrics: { verdict: 'offline' } }),
    );
    await refreshBadge(database, api, now);
    expect(state.text).toBe('1');
  });

  it('counts error events of the last 15 minutes only', async () => {
    const { api, state } = fakeAction();
    const now = Date.now();
    await database.eventGroups.bulkPut([
      group('recent', { kind: 'network-failure', lastAt: now - 60_000 }),
      group('old', { kind: 'network-failure', lastAt: now - 20 * 60_000 }),
    ]);
    await refreshBadge(database, api, now);
    expect(state.text).toBe('1');
    await refreshBadge(database, api, now + 15 * 60_000);
    expect(state.text).toBe('');
  });
});
