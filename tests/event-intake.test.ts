/** The background's intake: every row parsed on its own against its schema before it reaches the database. */
import { describe, expect, it } from 'vitest';
import { takeEventBatch } from '@/utils/background/event-intake';
import { BATCH_LIMITS, TEXT_CHARS } from '@/utils/limits';
import { DoctorDb } from '@/utils/store';

const T = Date.now() - 60_000;
let n = 0;
const sample = { kind: 'http-error', at: T, source: 'page', pageHost: 'seller-us.tiktok.com', status: 503 };
const group = (fingerprint: string, extra: Record<string, unknown> = {}) => ({
  fingerprint,
  count: 2,
  firstAt: T,
  lastAt: T + 1,
  sample,
  requestIds: ['r1'],
  ...extra,
});
const record = { at: T, method: 'GET', url: 'https://seller-us.tiktok.com/api/x', status: 503, durationMs: 12 };

describe('takeEventBatch', () => {
  it('stores the rows that match and drops the others one by one', async () => {
    const database = new DoctorDb(`intake-${++n}`);
    const groups = [
      group('ok'),
      group('backwards', { firstAt: T + 5, lastAt: T }),
      group('zero', { count: 0 }),
      group('bad-kind', { sample: { ...sample, kind: 'made-up' } }),
      group('long-message', { sample: { ...sample, message: 'x'.repeat(TEXT_CHARS + 1) } }),
      'not an object',
    ];
    const requests = [
      { ...record, pageHost: 'seller-us.tiktok.com', source: 'page' },
      { ...record, pageHost: 'seller-us.tiktok.com', source: 'elsewhere' },
    ];
    expect(await takeEventBatch(database, { groups, requests })).toEqual({ stored: 2 });
    expect((await database.eventGroups.toArray()).map((g) => g.fingerprint)).toEqual(['ok']);
    expect(await database.requests.count()).toBe(1);
  });

  it('strips fields no schema names and reads at most one message of rows', async () => {
    const database = new DoctorDb(`intake-${++n}`);
    const many = Array.from({ length: BATCH_LIMITS.perMessage + 5 }, (_, i) => group(`g${i}`, { injected: '<b>' }));
    expect(await takeEventBatch(database, { groups: many, requests: 'nope' })).toEqual({
      stored: BATCH_LIMITS.perMessage,
    });
    const stored = await database.eventGroups.get('g0');
    expect(stored && 'injected' in stored).toBe(false);
  });
});
