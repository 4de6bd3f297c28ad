import { describe, expect, it } from 'vitest';
import { latencyByKind, percentile } from '@/utils/api-doctor/latency-stats';
import type { EventGroup, ObservedEvent, RequestRecord } from '@/utils/model';

const req = (url: string, durationMs: number, status = 200, at = 1): RequestRecord => ({
  at,
  method: 'POST',
  url,
  status,
  durationMs,
  pageHost: 'seller-us.tiktok.com',
  source: 'page',
});
const group = (sample: Partial<ObservedEvent>): Pick<EventGroup, 'sample'> => ({
  sample: { kind: 'slow-api', at: 1, source: 'page', pageHost: 'seller-us.tiktok.com', ...sample },
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([5], 0.95)).toBe(5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
  });
});

describe('latencyByKind', () => {
  it('says no data when history is empty', () => {
    const rows = latencyByKind([], []);
    expect(rows.every((r) => r.n === 0 && r.p50 === null && r.p95 === null && r.overBudget === null)).toBe(true);
    expect(rows.find((r) => r.kind === 'checkout')?.budgetMs).toBe(500);
    expect(rows.find((r) => r.kind === 'inventory')?.budgetMs).toBe(700);
    expect(rows.find((r) => r.kind === 'orders')?.budgetMs).toBe(900);
  });

  it('combines requests (classified by URL) and event samples (by apiKind), once each', () => {
    const requests = [
      req('https://open-api.tiktokglobalshop.com/order/202309/orders/search', 1200, 200, 10),
      req('https://open-api.tiktokglobalshop.com/order/202309/orders/search', 700, 200, 11),
      req('https://seller-us.tiktok.com/api/v1/checkout/submit', 650, 500, 12),
      req('https://open-api.tiktokglobalshop.com/order/202309/orders/search', 30_000, 0, 13), // timeout: not a speed
    ];
    const groups = [
      group({
        apiKind: 'orders',
        durationMs: 1200,
        at: 10,
        url: 'https://open-api.tiktokglobalshop.com/order/202309/orders/search',
      }), // same call
      group({ apiKind: 'inventory', durationMs: 450 }),
      group({ apiKind: 'inventory', durationMs: 900 }),
      group({ kind: 'js-error' }),
    ];
    const rows = latencyByKind(requests, groups);
    const orders = rows.find((r) => r.kind === 'orders');
    expect(orders).toMatchObject({ n: 2, p50: 700, p95: 1200, overBudget: true });
    expect(rows.find((r) => r.kind === 'checkout')).toMatchObject({ n: 1, p95: 650, overBudget: true });
    expect(rows.find((r) => r.kind === 'inventory')).toMatchObject({ n: 2, p50: 450, p95: 900 });
  });
});
