import { describe, expect, it } from 'vitest';
import { checkClock } from '@/utils/api-doctor/clock-check';
import { renderMessage } from '@/utils/diagnosis/render';

/** A fetch that answers with a Date header `serverOffsetMs` off the caller's clock, after `rttMs`. */
function fakeFetch(serverOffsetMs: number, opts: { rttMs?: number; date?: string | null; fail?: boolean } = {}) {
  let t = Date.parse('2025-06-15T12:00:00.000Z');
  const now = () => t;
  const calls: string[] = [];
  const fetchImpl = (async (url: string) => {
    calls.push(url);
    if (opts.fail) throw new TypeError('Failed to fetch');
    const rtt = opts.rttMs ?? 100;
    const serverAt = t + rtt / 2 + serverOffsetMs;
    t += rtt;
    const headers = new Headers();
    const date = opts.date === undefined ? new Date(Math.floor(serverAt / 1000) * 1000).toUTCString() : opts.date;
    if (date !== null) headers.set('date', date);
    return new Response(null, { status: 404, headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch: fetchImpl, now, calls };
}

describe('checkClock', () => {
  it('passes a clock in sync', async () => {
    const f = fakeFetch(0);
    const r = await checkClock({ fetch: f.fetch, now: f.now });
    expect(r.ok).toBe(true);
    expect(r.outcome).toBe('pass');
    expect(Math.abs(r.metrics?.skewSeconds ?? 99)).toBeLessThanOrEqual(1);
    expect(f.calls[0]).toBe('https://open-api.tiktokglobalshop.com/');
    expect(f.calls).toHaveLength(3);
  });

  it('fails a clock 10 minutes behind and one 2 minutes ahead', async () => {
    const behind = fakeFetch(600_000);
    const r = await checkClock({ fetch: behind.fetch, now: behind.now });
    expect(r.outcome).toBe('fail');
    expect(r.metrics?.skewSeconds).toBeLessThan(-590);
    expect(renderMessage(r.summary)).toMatch(/behind/);
    expect(renderMessage(r.summary)).toMatch(/36009004/);
    const ahead = fakeFetch(-120_000);
    const a = await checkClock({ fetch: ahead.fetch, now: ahead.now });
    expect(a.outcome).toBe('fail');
    expect(renderMessage(a.summary)).toMatch(/ahead of/);
  });

  it('reports a missing Date header and a network failure without throwing', async () => {
    const noDate = fakeFetch(0, { date: null });
    expect(await checkClock({ fetch: noDate.fetch, now: noDate.now })).toMatchObject({ ok: false, outcome: 'skip' });
    const down = fakeFetch(0, { fail: true });
    const r = await checkClock({ fetch: down.fetch, now: down.now });
    expect(r.ok).toBe(false);
    expect(renderMessage(r.summary)).toMatch(/did not answer/);
  });
});
