import { describe, expect, it } from 'vitest';
import { runWatch, type WatchDeps } from '@/utils/background/watch';
import { EMPTY_WATCH_STATE, type WatchState } from '@/utils/background/watch-decision';
import { firstStep, noticeOf, whereOf } from '@/utils/background/watch-notice';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose } from '@/utils/diagnosis';
import type { EventGroup } from '@/utils/model';

const NOW = Date.parse('2026-11-30T10:00:00Z');

/** Five Seller Center endpoints answering 503: the platform rule's direct evidence. */
function outage(host = 'seller-id.tiktok.com'): EventGroup[] {
  return ['profile', 'product/list', 'order/list', 'inventory/status', 'finance/balance'].map((p, i) => ({
    fingerprint: `http-error:${p}`,
    kind: 'http-error',
    count: 3,
    firstAt: NOW - 60_000,
    lastAt: NOW - 1_000 * (i + 1),
    sample: {
      kind: 'http-error',
      at: NOW - 1_000,
      source: 'page',
      pageHost: host,
      url: `https://${host}/api/v1/${p}`,
      method: 'GET',
      status: 503,
      apiKind: 'other',
    },
    requestIds: [],
  }));
}

function deps(events: EventGroup[], over: Partial<WatchDeps> = {}) {
  let state: WatchState = EMPTY_WATCH_STATE;
  const sent: { id: string; title: string; message: string }[] = [];
  const d: WatchDeps = {
    enabled: async () => true,
    diagnoseNow: async (now) => ({ diagnosis: diagnose(CAUSES, events, [], [], now), events }),
    state: {
      getValue: async () => state,
      setValue: async (v) => {
        state = v;
      },
    },
    popupOpen: () => false,
    notify: async (id, n) => sent.push({ id, ...n }),
    ...over,
  };
  return { d, sent, state: () => state };
}

describe('runWatch', () => {
  it('raises one notification naming the cause, the host and market, and the first step', async () => {
    const { d, sent } = deps(outage());
    await runWatch(d, NOW);
    await runWatch(d, NOW + 30_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.id).toBe('tsd-watch:platform');
    expect(sent[0]?.title).toBe('Seller Center: TikTok platform problem likely');
    expect(sent[0]?.message).toContain('On seller-id.tiktok.com (ID market)');
    expect(sent[0]?.message).toMatch(/\nFirst: /);
  });

  it('says nothing while the watch is off, and stores nothing', async () => {
    const { d, sent, state } = deps(outage(), { enabled: async () => false });
    expect(await runWatch(d, NOW)).toBeUndefined();
    expect(sent).toEqual([]);
    expect(state()).toBe(EMPTY_WATCH_STATE);
  });

  it('stops at once when turned off while diagnosing', async () => {
    let calls = 0;
    const { d, sent } = deps(outage(), { enabled: async () => calls++ === 0 });
    await runWatch(d, NOW);
    expect(sent).toEqual([]);
  });

  it('says nothing while the popup is open', async () => {
    const { d, sent, state } = deps(outage(), { popupOpen: () => true });
    await runWatch(d, NOW);
    expect(sent).toEqual([]);
    expect(state().likely).toEqual(['platform']);
  });

  it('two evaluations at once notify once', async () => {
    const { d, sent } = deps(outage());
    await Promise.all([runWatch(d, NOW), runWatch(d, NOW)]);
    expect(sent).toHaveLength(1);
  });
});

describe('watch notice', () => {
  it('where: the latest Seller Center host before other hosts', () => {
    const events = [
      ...outage('seller-us.tiktok.com'),
      { ...outage('open-api.tiktokglobalshop.com')[0], lastAt: NOW } as EventGroup,
    ];
    expect(whereOf(events)).toBe('seller-us.tiktok.com');
    expect(whereOf([])).toBeUndefined();
  });

  it('first step: a fix step when the evidence settles the sub-cause, else the first question', () => {
    const d = diagnose(CAUSES, outage(), [], [], NOW);
    const platform = d.causes.find((c) => c.id === 'platform');
    expect(platform && firstStep(platform, NOW)).toMatch(/^First: /);
    const geo = { id: 'geo' as const, status: 'likely' as const, score: 1, why: '', evidence: [] };
    expect(firstStep(geo, NOW)).toMatch(/^First: .+\?$/);
  });

  it('nothing to say without a newly likely cause', () => {
    expect(noticeOf([], outage(), NOW)).toBeUndefined();
  });
});
