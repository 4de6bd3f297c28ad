import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ensureProbeAlarm,
  PROBE_ALARM,
  PROBE_PERIOD_MINUTES,
  recentSellerHosts,
  sellerTabs,
} from '@/utils/background/probe-scheduler';
import { DoctorDb } from '@/utils/store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('probe scheduling', () => {
  it('creates the periodic alarm once', async () => {
    await ensureProbeAlarm();
    const first = await fakeBrowser.alarms.get(PROBE_ALARM);
    expect(first?.periodInMinutes).toBe(PROBE_PERIOD_MINUTES);
    await ensureProbeAlarm();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('learns seller hosts from recent events, newest first, seller hosts only', async () => {
    const database = new DoctorDb('probes-scheduler-1');
    const now = Date.now();
    const g = (fingerprint: string, pageHost: string, lastAt: number) => ({
      fingerprint,
      kind: 'http-error' as const,
      count: 1,
      firstAt: lastAt,
      lastAt,
      sample: { kind: 'http-error' as const, at: lastAt, source: 'page' as const, pageHost },
      requestIds: [],
    });
    await database.eventGroups.bulkPut([
      g('a', 'seller-mx.tiktok.com', now - 5_000),
      g('b', 'shop.tiktok.com', now - 1_000),
      g('c', 'seller-uk.tiktok.com', now - 2_000),
      g('d', 'seller-br.tiktok.com', now - 30 * 86_400_000),
    ]);
    expect(await recentSellerHosts(database, now)).toEqual(['seller-uk.tiktok.com', 'seller-mx.tiktok.com']);
  });

  it('finds open Seller Center tabs, active first', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const mx = await fakeBrowser.tabs.create({ url: 'https://seller-mx.tiktok.com/homepage' });
    const us = await fakeBrowser.tabs.create({ url: 'https://seller-us.tiktok.com/order' });
    await fakeBrowser.tabs.create({ url: 'http://seller-us.tiktok.com/insecure' });
    await fakeBrowser.tabs.update(us.id, { active: true });
    const tabs = await sellerTabs();
    expect(tabs.map((t) => t.id).sort()).toEqual([mx.id, us.id].sort());
  });
});
