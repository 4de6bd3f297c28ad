import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventGroupDelta } from '@/utils/model';
import {
  DoctorDb,
  enforceRetention,
  foldGroup,
  isQuotaError,
  mergeEventGroups,
  onStoreWrite,
  RETENTION,
  saveSession,
  withQuotaRetry,
} from '@/utils/store';
import { announceStoreChanges } from '@/utils/store/changes';

let n = 0;
const T = Date.now() - 60_000;
let database: DoctorDb;
beforeEach(() => {
  database = new DoctorDb(`test-db-${++n}`);
});

const delta = (fingerprint: string, count: number, at: number, requestIds: string[] = []): EventGroupDelta => ({
  fingerprint,
  count,
  firstAt: T + at,
  lastAt: T + at,
  sample: { kind: 'http-error', at: T + at, source: 'page', pageHost: 'seller-us.tiktok.com', status: 503 },
  requestIds,
});

describe('event groups', () => {
  it('folds deltas into exact counts with first and last seen', async () => {
    await mergeEventGroups(database, [delta('a', 3, 100, ['r1']), delta('a', 2, 50, ['r2'])]);
    await mergeEventGroups(database, [delta('a', 5, 300)]);
    const g = await database.eventGroups.get('a');
    expect(g).toMatchObject({ count: 10, firstAt: T + 50, lastAt: T + 300, requestIds: ['r1', 'r2'] });
  });

  it('keeps at most five request ids, newest last', () => {
    let g = foldGroup(undefined, delta('b', 1, 1, ['1', '2', '3']));
    g = foldGroup(g, delta('b', 1, 2, ['4', '5', '6']));
    expect(g.requestIds).toEqual(['2', '3', '4', '5', '6']);
  });
});

describe('retention', () => {
  it('drops rows past the age bound and the oldest beyond the row bound', async () => {
    const now = Date.now();
    const old = now - (RETENTION.requests.days + 1) * 86_400_000;
    await database.requests.bulkAdd([
      { at: old, method: 'GET', url: 'https://x/', status: 500, durationMs: 1, pageHost: 'x', source: 'page' },
      ...Array.from({ length: RETENTION.requests.rows + 5 }, (_, i) => ({
        at: now - 1000 + i,
        method: 'GET',
        url: `https://x/${i}`,
        status: 500,
        durationMs: 1,
        pageHost: 'x',
        source: 'page' as const,
      })),
    ]);
    const removed = await enforceRetention(database, 'requests', now);
    expect(removed).toBe(6);
    expect(await database.requests.count()).toBe(RETENTION.requests.rows);
    const oldest = await database.requests.orderBy('at').first();
    expect(oldest?.url).toBe('https://x/5');
  });
});

describe('quota', () => {
  it('recognises QuotaExceededError wrapped by Dexie', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('prunes the oldest rows and retries once on a full disk, keeping the newest', async () => {
    await mergeEventGroups(
      database,
      Array.from({ length: 10 }, (_, i) => delta(`g${i}`, 1, 1000 + i)),
    );
    let calls = 0;
    const result = await withQuotaRetry(database, async () => {
      calls++;
      if (calls === 1) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      return 'written';
    });
    expect(result).toBe('written');
    expect(await database.eventGroups.count()).toBe(8);
    expect(await database.eventGroups.get('g9')).toBeDefined();
    expect(await database.eventGroups.get('g0')).toBeUndefined();
  });

  it('passes other errors through untouched', async () => {
    await expect(withQuotaRetry(database, () => Promise.reject(new TypeError('bad')))).rejects.toThrow('bad');
  });
});

describe('change announcements (the popup follows history without a database library)', () => {
  afterEach(() => onStoreWrite(undefined));

  it('names the written tables once per interval, however many writes', async () => {
    const sent: string[][] = [];
    // A long interval, so that a loaded machine's slow writes still fall inside one.
    announceStoreChanges(async (tables) => sent.push(tables), 1_000);
    for (let i = 0; i < 5; i++) await mergeEventGroups(database, [delta(`s${i}`, 1, i)]);
    await saveSession(database, {
      startedAt: T,
      updatedAt: T,
      causeId: 'cache',
      answers: [],
      steps: [],
      outcome: 'open',
    });
    expect(sent).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(sent).toEqual([['eventGroups', 'sessions']]);
    await mergeEventGroups(database, []);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(sent).toHaveLength(1); // nothing written, nothing said
  });

  it('a failing announcer never fails the write', async () => {
    onStoreWrite(() => {
      throw new Error('no page');
    });
    await expect(mergeEventGroups(database, [delta('x', 1, 0)])).resolves.toBe(1);
  });
});
