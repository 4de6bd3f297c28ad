import { describe, expect, it } from 'vitest';
import { closeStaleSessions, DoctorDb, SCHEMA_VERSIONS, type SchemaVersion } from '@/utils/store';

// A later version as a future change would add it: a new index, a new store and an upgrade that fills a field.
const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
if (!latest) throw new Error('no schema version');
const future: SchemaVersion = {
  version: latest.version + 1,
  stores: { ...latest.stores, sessions: `${latest.stores.sessions}, outcome`, notes: '++id, at' },
  upgrade: (tx) =>
    tx
      .table('sessions')
      .toCollection()
      .modify((s: { outcome?: string }) => {
        s.outcome ??= 'open';
      }),
};

describe('schema migration', () => {
  it('keeps every row of existing history when a later schema version opens the database', async () => {
    const name = 'migration-test';
    const old = new DoctorDb(name, SCHEMA_VERSIONS);
    const now = Date.now();
    await old.sessions.add({
      startedAt: now,
      updatedAt: now,
      answers: [],
      steps: [{ stepId: 'clear-cache', at: now }],
      outcome: 'fixed',
      topCause: 'cache',
    });
    await old.eventGroups.put({
      fingerprint: 'http-error|/api/v1/order/list|503',
      kind: 'http-error',
      count: 42,
      firstAt: now - 1000,
      lastAt: now,
      sample: { kind: 'http-error', at: now, source: 'page', pageHost: 'seller-us.tiktok.com', status: 503 },
      requestIds: ['202611221830000102030405060708AB'],
    });
    await old.probes.add({
      runId: 'r1',
      at: now,
      probe: 'clock',
      outcome: 'pass',
      message: { key: 'probe.clock.matches', params: { host: 'open-api.tiktokglobalshop.com', ahead: 30, behind: 5 } },
      metrics: { skewSeconds: 1 },
    });
    old.close();

    const upgraded = new DoctorDb(name, [...SCHEMA_VERSIONS, future]);
    await upgraded.open();
    expect(upgraded.verno).toBe(future.version);
    expect(await upgraded.sessions.count()).toBe(1);
    expect((await upgraded.sessions.toArray())[0]).toMatchObject({ outcome: 'fixed', topCause: 'cache' });
    expect(await upgraded.eventGroups.get('http-error|/api/v1/order/list|503')).toMatchObject({ count: 42 });
    expect(await upgraded.probes.count()).toBe(1);
    expect(await upgraded.table('sessions').where('outcome').equals('fixed').count()).toBe(1);
    upgraded.close();
  });

  it('indexes the walks of a version-1 database by outcome and age, so that stale open walks are found', async () => {
    const name = 'migration-test-v2';
    const [first] = SCHEMA_VERSIONS;
    if (!first) throw new Error('no schema version');
    const old = new DoctorDb(name, [first]);
    const now = Date.now();
    const walk = (updatedAt: number, outcome: 'open' | 'fixed') => ({
      startedAt: updatedAt,
      updatedAt,
      answers: [],
      steps: [],
      outcome,
    });
    await old.sessions.bulkAdd([
      walk(now - 3_600_000, 'open'),
      walk(now - 60_000, 'open'),
      walk(now - 7_200_000, 'fixed'),
    ]);
    old.close();

    const upgraded = new DoctorDb(name, SCHEMA_VERSIONS);
    await upgraded.open();
    expect(upgraded.verno).toBe(latest.version);
    expect(await upgraded.sessions.count()).toBe(3);
    expect(await closeStaleSessions(upgraded, now)).toBe(1);
    const outcomes = (await upgraded.sessions.orderBy('updatedAt').toArray()).map((s) => s.outcome);
    expect(outcomes).toEqual(['fixed', 'abandoned', 'open']);
    upgraded.close();
  });
});
