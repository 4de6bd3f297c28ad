import { describe, expect, it } from 'vitest';
import { cleanItem, rateGate, readHookBatch } from '@/utils/content/page-bridge';
import { BRIDGE_LIMITS, MESSAGE_CHARS } from '@/utils/limits';

const MAX_DETAIL_CHARS = BRIDGE_LIMITS.detailChars;
const MAX_ITEMS = BRIDGE_LIMITS.items;
const MAX_MESSAGE = MESSAGE_CHARS;

const NONCE = 'nonce-1234';
const err = { t: 'e', k: 'js-error', msg: 'boom', n: 3, a: 10, z: 20 };
const req = { t: 'r', m: 'get', u: '/api/v1/order/list', s: 500, d: 12.5, n: 1, a: 5, z: 5 };
const batch = (items: unknown[], nonce = NONCE, extra: object = {}) => JSON.stringify({ v: 1, nonce, items, ...extra });

describe('readHookBatch', () => {
  it('accepts a well-formed batch with the right nonce', () => {
    const out = readHookBatch(batch([err, req], NONCE, { final: true }), NONCE);
    expect(out?.final).toBe(true);
    expect(out?.items).toEqual([
      { t: 'e', k: 'js-error', msg: 'boom', n: 3, a: 10, z: 20 },
      expect.objectContaining({ t: 'r', m: 'GET', u: '/api/v1/order/list', s: 500, d: 12.5, n: 1, a: 5, z: 5 }),
    ]);
  });

  it('drops forged batches: no nonce, wrong nonce, wrong version, not a string, not JSON, too big', () => {
    expect(readHookBatch(batch([err], 'guess'), NONCE)).toBeUndefined();
    expect(readHookBatch(JSON.stringify({ v: 1, items: [err] }), NONCE)).toBeUndefined();
    expect(readHookBatch(JSON.stringify({ v: 2, nonce: NONCE, items: [err] }), NONCE)).toBeUndefined();
    expect(readHookBatch({ v: 1, nonce: NONCE, items: [err] }, NONCE)).toBeUndefined();
    expect(readHookBatch('{not json', NONCE)).toBeUndefined();
    expect(readHookBatch(batch([{ ...err, msg: 'x'.repeat(MAX_DETAIL_CHARS) }]), NONCE)).toBeUndefined();
    expect(readHookBatch(batch([err]), '')).toBeUndefined();
  });

  it('reads at most MAX_ITEMS items and drops malformed ones one by one', () => {
    const many = Array.from({ length: MAX_ITEMS + 50 }, () => err);
    expect(readHookBatch(batch(many), NONCE)?.items).toHaveLength(MAX_ITEMS);
    const mixed = [err, null, 42, 'x', [], { ...err, k: 'evil' }, { ...err, n: 0 }, { ...err, n: 1.5 }, req];
    expect(readHookBatch(batch(mixed), NONCE)?.items).toHaveLength(2);
  });
});

describe('cleanItem', () => {
  it('caps strings instead of dropping: a 1 MB message is truncated', () => {
    const item = cleanItem({ ...err, msg: 'x'.repeat(1_000_000) });
    expect(item?.t === 'e' && item.msg.length).toBe(MAX_MESSAGE);
  });

  it('keeps HTML as inert text, and never passes unknown fields', () => {
    const item = cleanItem({ ...err, msg: '<img src=x onerror=alert(1)>', __proto__: { x: 1 }, evil: 'y' });
    expect(item).toEqual({ t: 'e', k: 'js-error', msg: '<img src=x onerror=alert(1)>', n: 3, a: 10, z: 20 });
  });

  it('checks counts, times, methods, statuses, codes and request ids', () => {
    expect(cleanItem({ ...err, a: 30, z: 20 })).toBeUndefined();
    expect(cleanItem({ ...err, a: Number.NaN })).toBeUndefined();
    expect(cleanItem({ ...err, n: 1e9 })).toBeUndefined();
    expect(cleanItem({ ...req, m: 'GET /x' })).toBeUndefined();
    expect(cleanItem({ ...req, s: 1000 })).toBeUndefined();
    expect(cleanItem({ ...req, d: -1 })).toBeUndefined();
    expect(cleanItem({ ...req, u: '' })).toBeUndefined();
    const r = cleanItem({ ...req, c: 36009004, rid: 'bad id <script>', f: 'weird', ct: 5 });
    expect(r).toMatchObject({ c: 36009004 });
    expect(r && 'rid' in r && r.rid).toBeFalsy();
    expect(r && 'f' in r && r.f).toBeFalsy();
    expect(cleanItem({ ...req, c: 0 })).toMatchObject({ c: undefined });
  });
});

describe('rateGate', () => {
  it('lets a burst through, then the average rate', () => {
    const allow = rateGate(10, 20, 0);
    let passed = 0;
    for (let i = 0; i < 100; i++) if (allow(0)) passed++;
    expect(passed).toBe(20);
    expect(allow(100)).toBe(true);
    expect(allow(100)).toBe(false);
    expect(allow(1_000)).toBe(true);
  });
});
