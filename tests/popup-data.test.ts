/** What the popup reads: bounded, indexed reads of the last day; stale walks closed; history lazily. */
import { beforeEach, describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { DoctorDb, SCHEMA_VERSIONS } from '@/utils/db';
import { diagnose } from '@/utils/diagnosis';
import { loadHistory, outcomeLabel } from '@/utils/diagnosis/history';
import { closeStaleSessions, LOAD_LIMITS, loadRecent, RESUME_MS } from '@/utils/diagnosis/load';
import { RAW_DB_NAME, readRecentRaw } from '@/utils/diagnosis/read-raw';
import type { EventGroup, TroubleSession } from '@/utils/model';
import { DB_NAME } from '@/utils/product';

const NOW = Date.now();
const HOUR = 3_600_000;
let n = 0;
let database: DoctorDb;
beforeEach(() => {
  database = new DoctorDb(`popup-data-${++n}`);
});

const group = (i: number, ageMs: number): EventGroup => ({
  fingerprint: `fp${i}`,
  kind: i % 3 === 0 ? 'api-error' : 'http-error',
  count: 1 + (i % 5),
  firstAt: NOW - ageMs - 1000,
  lastAt: NOW - ageMs,
  requestIds: [],
  sample: {
    kind: 'http-error',
    at: NOW - ageMs,
    source: 'page',
    pageHost: 'seller-us.tiktok.com',
    url: `https://seller-us.tiktok.com/api/v1/e${i % 40}`,
    status: i % 3 === 0 ? 200 : 500 + (i % 4),
    code: i % 3 === 0 ? [12052931, 36009044, 36009003, 98001004][i % 4] : undefined,
  },
});

const session = (i: number, updatedAt: number, outcome: TroubleSession['outcome']): TroubleSession => ({
  startedAt: updatedAt - 60_000,
  updatedAt,
  causeId: 'cache',
  answers: [],
  steps: [{ stepId: 'start:cache', at: updatedAt - 60_000 }],
  outcome,
  ...(i % 2 ? { topCause: 'cache' } : {}),
});

describe('loadRecent', () => {
  it('reads only the last day of events, newest first, capped', async () => {
    await database.eventGroups.bulkPut([group(1, 2 * HOUR), group(2, 30 * HOUR), group(3, 60_000)]);
    const r = await loadRecent(database, NOW);
    expect(r.events.map((e) => e.fingerprint).sort()).toEqual(['fp1', 'fp3']);
    expect(r.lastCheckAt).toBeUndefined();
    expect(r.openSession).toBeUndefined();
  });

  it('offers a walk left open in the last half hour, not an older one', async () => {
    await database.sessions.add(session(1, NOW - 5 * 60_000, 'open'));
    expect((await loadRecent(database, NOW)).openSession?.causeId).toBe('cache');
    expect((await loadRecent(database, NOW + RESUME_MS)).openSession).toBeUndefined();
  });

  // How fast is for `npm run bench` (popup-render); a timed assertion here would only measure the machine's load.
  it('stays bounded with 10,000 events and 1,000 sessions stored, and diagnoses them', async () => {
    await database.eventGroups.bulkPut(Array.from({ length: 10_000 }, (_, i) => group(i, (i % 48) * HOUR)));
    await database.sessions.bulkAdd(Array.from({ length: 1_000 }, (_, i) => session(i, NOW - i * HOUR, 'fixed')));
    const r = await loadRecent(database, NOW);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.length).toBeLessThanOrEqual(LOAD_LIMITS.events);
    expect(r.events.every((e) => e.lastAt >= NOW - 24 * HOUR)).toBe(true);
    const d = diagnose(CAUSES, r.events, r.probes, [], NOW);
    expect(d.causes).toHaveLength(9);
  });

  it('keeps the newest when even the last ten minutes overflow', async () => {
    await database.eventGroups.bulkPut(Array.from({ length: 800 }, (_, i) => group(i, 1_000 + i)));
    await database.eventGroups.put(group(9_999, 2 * HOUR));
    const r = await loadRecent(database, NOW);
    expect(r.events).toHaveLength(LOAD_LIMITS.events);
    expect(r.events.every((e) => e.lastAt >= NOW - 10 * 60_000)).toBe(true);
  });
});

describe('closeStaleSessions', () => {
  it('marks walks left open for over half an hour as abandoned, and only those', async () => {
    await database.sessions.bulkAdd([
      session(1, NOW - 2 * HOUR, 'open'),
      session(2, NOW - 60_000, 'open'),
      session(3, NOW - 3 * HOUR, 'fixed'),
    ]);
    expect(await closeStaleSessions(database, NOW)).toBe(1);
    const rows = await database.sessions.orderBy('updatedAt').toArray();
    expect(rows.map((s) => s.outcome)).toEqual(['fixed', 'abandoned', 'open']);
  });
});

describe('loadHistory', () => {
  it('reads the newest sessions, clears and events, with totals', async () => {
    await database.sessions.bulkAdd(Array.from({ length: 60 }, (_, i) => session(i, NOW - i * 60_000, 'fixed')));
    await database.clears.add({
      at: NOW,
      ok: true,
      origins: ['https://seller-us.tiktok.com'],
      includeCookies: false,
      dataTypes: [],
      durationMs: 5,
    });
    await database.eventGroups.bulkPut([group(1, HOUR), group(2, 60_000)]);
    const h = await loadHistory(database);
    expect(h.sessions).toHaveLength(50);
    expect(h.sessions[0]?.startedAt).toBeGreaterThan(h.sessions[1]?.startedAt ?? 0);
    expect(h.totals).toEqual({ sessions: 60, events: 2 });
    expect(h.clears).toHaveLength(1);
    expect(h.events.map((e) => e.fingerprint)).toEqual(['fp2', 'fp1']);
  });

  it('names outcomes for people', () => {
    const s = session(1, NOW, 'abandoned');
    expect(outcomeLabel(s)).toBe('left unfinished');
    expect(outcomeLabel({ ...s, steps: [...s.steps, { stepId: 'ruled-out:cache', at: NOW }] })).toBe('ruled out');
    expect(outcomeLabel({ ...s, outcome: 'escalated' })).toBe('sent to support');
    expect(outcomeLabel({ ...s, outcome: 'fixed' })).toBe('fixed');
  });
});

describe('readRecentRaw (the first read, without Dexie)', () => {
  it('reads what loadRecent reads', async () => {
    await database.eventGroups.bulkPut([group(1, 2 * HOUR), group(2, 30 * HOUR), group(3, 60_000)]);
    await database.sessions.add(session(1, NOW - 60_000, 'open'));
    await database.probes.add({
      runId: 'r',
      at: NOW - 1_000,
      probe: 'online',
      outcome: 'pass',
      summary: '',
      metrics: {},
    });
    const viaDexie = await loadRecent(database, NOW);
    database.close();
    const raw = await readRecentRaw(indexedDB, NOW, LOAD_LIMITS, database.name);
    expect(raw.events.map((e) => e.fingerprint)).toEqual(viaDexie.events.map((e) => e.fingerprint));
    expect(raw.probes).toEqual(viaDexie.probes);
    expect(raw.lastCheckAt).toBe(NOW - 1_000);
    expect(raw.openSession).toEqual(viaDexie.openSession);
  });

  it('caps at the limit, newest first', async () => {
    await database.eventGroups.bulkPut(Array.from({ length: 30 }, (_, i) => group(i, i * 60_000)));
    database.close();
    const raw = await readRecentRaw(indexedDB, NOW, { events: 5, probes: 5 }, database.name);
    expect(raw.events.map((e) => e.fingerprint)).toEqual(['fp0', 'fp1', 'fp2', 'fp3', 'fp4']);
  });

  it('neither creates nor breaks a database that does not exist yet', async () => {
    const name = `never-created-${n}`;
    expect(await readRecentRaw(indexedDB, NOW, LOAD_LIMITS, name)).toEqual({ events: [], probes: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('reads the database and indexes of utils/db.ts', () => {
    expect(RAW_DB_NAME).toBe(DB_NAME);
    const latest = (store: string) => SCHEMA_VERSIONS.findLast((v) => store in v.stores)?.stores[store];
    expect(latest('eventGroups')).toMatch(/\blastAt\b/);
    expect(latest('probes')).toMatch(/\bat\b/);
    expect(latest('sessions')).toMatch(/\bupdatedAt\b/);
  });
});
