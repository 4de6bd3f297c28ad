/**
 * What the popup reads, asked of the store in the background: bounded, indexed reads of the last day; stale walks
 * closed; history lazily; the answers to the popup's messages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { rankHandlers } from '@/utils/background/rank';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose } from '@/utils/diagnosis';
import { outcomeLabel } from '@/utils/diagnosis/history';
import type { Handler, HandlerMap, MessageType, PayloadSchema, Req, Res, Sender } from '@/utils/messages';
import type { EventGroup, TroubleSession } from '@/utils/model';
import {
  closeStaleSessions,
  DoctorDb,
  LOAD_LIMITS,
  readRecent as loadRecent,
  RESUME_MS,
  readHistory,
} from '@/utils/store';
import { storeHandlers } from '@/utils/store/serve';

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
    const h = await readHistory(database);
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

const page: Sender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

/**
 * Ask the background's store handlers as the popup would: the payload checked by the handler's schema first, as
 * utils/messages.ts does (the sender check is the protocol's, tested elsewhere).
 */
async function ask<K extends MessageType>(handlers: HandlerMap, type: K, payload: Req<K>): Promise<Res<K>> {
  const entry = handlers[type] as { from: string[]; accepts: PayloadSchema; handle: Handler<K> } | undefined;
  if (!entry) throw new Error(`no handler for ${type}`);
  expect(entry.from).toEqual(['extension-page']);
  const checked = await entry.accepts['~standard'].validate(payload);
  if (checked.issues) throw new Error(`Malformed payload for "${type}"`);
  return entry.handle(payload, page);
}

describe('the popup asks the background (store/recent, store/history, sessions/save)', () => {
  it('answers the first read with what readRecent reads, then closes walks left open long ago', async () => {
    await database.eventGroups.bulkPut([group(1, 2 * HOUR), group(2, 30 * HOUR), group(3, 60_000)]);
    await database.sessions.bulkAdd([session(1, Date.now() - 60_000, 'open'), session(2, NOW - 2 * HOUR, 'open')]);
    const handlers = storeHandlers(() => database);
    const answer = await ask(handlers, 'store/recent', {});
    const direct = await loadRecent(database, Date.now());
    expect(answer.events.map((e) => e.fingerprint)).toEqual(direct.events.map((e) => e.fingerprint));
    expect(answer.openSession).toEqual(direct.openSession);
    expect(answer.openSession?.updatedAt).toBeGreaterThan(NOW - HOUR);
    await until(async () => (await database.sessions.filter((x) => x.outcome === 'abandoned').count()) === 1);
  });

  it('answers the history view and saves a walk, refusing what is not a session', async () => {
    const handlers = storeHandlers(() => database);
    const { id } = await ask(handlers, 'sessions/save', { session: session(1, NOW, 'open') });
    expect(id).toBeGreaterThan(0);
    await ask(handlers, 'sessions/save', { session: { ...session(1, NOW + 1, 'fixed'), id } });
    const h = await ask(handlers, 'store/history', {});
    expect(h.sessions.map((s) => [s.id, s.outcome])).toEqual([[id, 'fixed']]);
    await expect(
      ask(handlers, 'sessions/save', { session: { startedAt: 'x' } as unknown as TroubleSession }),
    ).rejects.toThrow('Malformed payload');
    expect(await database.sessions.count()).toBe(1);
  });
});

describe('the popup asks the background to rank (diagnosis/recent)', () => {
  const ranking = (d: { causes: { id: string; status: string; score: number }[] }) =>
    d.causes.map((c) => `${c.id}:${c.status}:${c.score}`);

  it("answers the diagnosis of what readRecent reads, with the walk's answers, and the screen's facts", async () => {
    await database.eventGroups.bulkPut([group(1, 2 * HOUR), group(2, 30 * HOUR), group(3, 60_000)]);
    await database.sessions.bulkAdd([session(1, Date.now() - 60_000, 'open'), session(2, NOW - 2 * HOUR, 'open')]);
    const handlers = rankHandlers(() => database);
    const answers = [{ questionId: 'connectivity.other-sites', answer: 'no', at: NOW }];
    const answer = await ask(handlers, 'diagnosis/recent', { answers });
    const direct = await loadRecent(database, Date.now());
    expect(ranking(answer.diagnosis)).toEqual(ranking(diagnose(CAUSES, direct.events, direct.probes, answers, NOW)));
    expect(answer.diagnosis.causes.find((c) => c.id === 'connectivity')?.status).toBe('likely');
    expect(answer.eventCount).toBe(direct.events.length);
    expect(answer.eventCount).toBe(2);
    expect(answer.lastCheckAt).toBe(direct.lastCheckAt);
    expect(answer.openSession).toEqual(direct.openSession);
    // without answers the seller's word is missing: the same evidence ranks otherwise
    const plain = await ask(handlers, 'diagnosis/recent', { answers: [] });
    expect(ranking(plain.diagnosis)).toEqual(ranking(diagnose(CAUSES, direct.events, direct.probes, [], NOW)));
    expect(ranking(plain.diagnosis)).not.toEqual(ranking(answer.diagnosis));
    await until(async () => (await database.sessions.filter((x) => x.outcome === 'abandoned').count()) === 1);
  });

  it('refuses answers that are not answers', async () => {
    const handlers = rankHandlers(() => database);
    await expect(
      ask(handlers, 'diagnosis/recent', { answers: [{ questionId: 3 }] } as unknown as Req<'diagnosis/recent'>),
    ).rejects.toThrow('Malformed payload');
    await expect(ask(handlers, 'diagnosis/recent', {} as Req<'diagnosis/recent'>)).rejects.toThrow('Malformed payload');
  });
});

async function until(ok: () => Promise<boolean>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
