/** The popup's first read sent by popup-wake.js before the modules load, and taken over once by main.tsx. */
import { describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({ calls: [] as { type: string; payload: unknown }[], fail: false }));
vi.mock('@/utils/messages', () => ({
  sendMessage: async (type: string, payload: unknown) => {
    sent.calls.push({ type, payload });
    if (sent.fail) throw new Error('worker gone');
    return { diagnosis: { at: 1, healthy: true, causes: [] }, eventCount: 0 };
  },
}));

import { startEarlyRead, takeEarlyRead } from '@/utils/store/early-read';

describe('the early first read', () => {
  it('asks the ranking without answers, and hands the pending answer over once', async () => {
    sent.calls = [];
    expect(takeEarlyRead()).toBeUndefined();
    startEarlyRead();
    expect(sent.calls).toEqual([{ type: 'diagnosis/recent', payload: { answers: [] } }]);
    const first = takeEarlyRead();
    expect(first).toBeDefined();
    await expect(first).resolves.toMatchObject({ eventCount: 0, diagnosis: { healthy: true } });
    // the next asker sends its own
    expect(takeEarlyRead()).toBeUndefined();
  });

  it('keeps a failure for the one who takes it over (not an unhandled rejection meanwhile)', async () => {
    sent.fail = true;
    startEarlyRead();
    await new Promise((r) => setTimeout(r, 10));
    await expect(takeEarlyRead()).rejects.toThrow('worker gone');
    sent.fail = false;
  });
});
