import { describe, expect, it } from 'vitest';
import { readTokenExpiry } from '@/utils/api-doctor/token-expiry';

const NOW = Date.parse('2025-06-15T12:00:00Z');
const S = Math.floor(NOW / 1000);
const DAY = 86_400;
const ACCESS = 'ROW_TG9yZW1pcHN1bWRvbG9yc2l0YW1ldGNvbnNlY3RldHVyYWRpcGlzY2luZw';
const REFRESH = 'ROW_cmVmcmVzaHRva2VuMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0';

const tokenResponse = (accessIn: number, refreshIn: number) =>
  JSON.stringify({
    code: 0,
    message: 'success',
    request_id: '202506151200000102451470530C0D7A3D',
    data: {
      access_token: ACCESS,
      access_token_expire_in: accessIn,
      refresh_token: REFRESH,
      refresh_token_expire_in: refreshIn,
      open_id: '7010736057180325637',
      seller_name: 'Maple Home Goods',
      seller_base_region: 'US',
      user_type: 0,
      granted_scopes: ['seller.order.info', 'seller.product.basic'],
    },
  });

describe('readTokenExpiry', () => {
  it('reads absolute timestamps as dates', () => {
    const r = readTokenExpiry(tokenResponse(S + 7 * DAY, S + 300 * DAY), NOW);
    expect(r.error).toBeUndefined();
    const [access, refresh] = r.fields;
    expect(access).toMatchObject({
      token: 'access',
      reading: 'absolute-seconds',
      level: 'pass',
      expiresAt: (S + 7 * DAY) * 1000,
    });
    expect(access?.title).toMatch(/2025-06-22 12:00 UTC, in 7 days/);
    expect(refresh).toMatchObject({ token: 'refresh', level: 'pass', expiresAt: (S + 300 * DAY) * 1000 });
    expect(r.sellerName).toBe('Maple Home Goods');
    expect(r.region).toBe('US');
  });

  it('shows what the duration bug would compute', () => {
    const r = readTokenExpiry(tokenResponse(S + 7 * DAY, S + 300 * DAY), NOW);
    const bug = r.fields[0]?.durationBugAt ?? 0;
    expect(new Date(bug).getUTCFullYear()).toBeGreaterThan(2070);
  });

  it('warns when close: access < 24 h, refresh < 30 days', () => {
    const r = readTokenExpiry(tokenResponse(S + 3_600, S + 10 * DAY), NOW);
    expect(r.fields.map((f) => f.level)).toEqual(['warn', 'warn']);
    expect(r.fields[0]?.detail).toMatch(/Refresh it now/);
    expect(r.fields[1]?.detail).toMatch(/authorize the app again/);
  });

  it('fails when expired', () => {
    const r = readTokenExpiry(tokenResponse(S - 2 * DAY, S - DAY), NOW);
    expect(r.fields.map((f) => f.level)).toEqual(['fail', 'fail']);
    expect(r.fields[0]?.title).toMatch(/expired on 2025-06-13/);
    expect(r.fields[1]?.detail).toMatch(/36004001/);
  });

  it('recognises durations mistaken for dates, and dates already added to now', () => {
    const durations = readTokenExpiry(tokenResponse(604_800, 31_536_000), NOW);
    expect(durations.fields.map((f) => f.reading)).toEqual(['duration', 'duration']);
    expect(durations.fields[0]?.title).toMatch(/looks like a duration \(7 days\)/);
    expect(durations.fields[0]?.expiresAt).toBeUndefined();
    // The bug: expires_at = now + access_token_expire_in
    const added = readTokenExpiry(tokenResponse(S + (S + 7 * DAY), S + (S + 300 * DAY)), NOW);
    expect(added.fields.map((f) => f.reading)).toEqual(['added-to-now', 'added-to-now']);
    expect(added.fields[0]?.level).toBe('fail');
    expect(added.reminder).toBeUndefined();
    // milliseconds
    const ms = readTokenExpiry(tokenResponse((S + 5 * DAY) * 1000, (S + 90 * DAY) * 1000), NOW);
    expect(ms.fields[0]).toMatchObject({ reading: 'absolute-ms', expiresAt: (S + 5 * DAY) * 1000 });
    expect(ms.fields[0]?.title).toMatch(/milliseconds/);
  });

  it('warns about access dates beyond a 7-day lifetime', () => {
    const r = readTokenExpiry(tokenResponse(S + 60 * DAY, S + 300 * DAY), NOW);
    expect(r.fields[0]?.level).toBe('warn');
    expect(r.fields[0]?.detail).toMatch(/7 days/);
  });

  it('builds a reminder with dates and who, never a token', () => {
    const r = readTokenExpiry(tokenResponse(S + 7 * DAY, S + 300 * DAY), NOW);
    expect(r.reminder).toEqual({
      savedAt: NOW,
      accessExpiresAt: (S + 7 * DAY) * 1000,
      refreshExpiresAt: (S + 300 * DAY) * 1000,
      sellerName: 'Maple Home Goods',
      openId: '7010736057180325637',
    });
    const serialized = JSON.stringify(r);
    expect(serialized).not.toContain(ACCESS);
    expect(serialized).not.toContain(REFRESH);
  });

  it('reads the data object alone, half JSON, camelCase and string numbers', () => {
    const data = JSON.stringify({
      access_token_expire_in: String(S + DAY * 2),
      refresh_token_expire_in: S + 100 * DAY,
    });
    expect(readTokenExpiry(data, NOW).fields).toHaveLength(2);
    const half = tokenResponse(S + 7 * DAY, S + 300 * DAY).slice(0, 260);
    const h = readTokenExpiry(half, NOW);
    expect(h.fields.length).toBeGreaterThan(0);
    expect(h.notes.join(' ')).toMatch(/incomplete/);
    const camel = readTokenExpiry(`{ accessTokenExpireIn: ${S + DAY * 3} }`, NOW);
    expect(camel.fields[0]?.expiresAt).toBe((S + 3 * DAY) * 1000);
  });

  it('refuses error responses and text without the fields', () => {
    expect(readTokenExpiry('{"code": 36004004, "message": "invalid auth code", "data": null}', NOW).error).toMatch(
      /Explain a response/,
    );
    expect(readTokenExpiry('hello', NOW).error).toMatch(/No access_token_expire_in/);
    expect(readTokenExpiry('', NOW).error).toMatch(/paste/);
  });
});
