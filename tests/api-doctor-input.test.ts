import { describe, expect, it } from 'vitest';
import { checkRequest, type RequestCheck } from '@/utils/api-doctor/check-request';
import { explainResponse } from '@/utils/api-doctor/explain-response';
import { MAX_PASTE_CHARS, readPaste } from '@/utils/api-doctor/paste';
import { readTokenExpiry } from '@/utils/api-doctor/token-expiry';
import { renderMessage } from '@/utils/diagnosis/render';

/** A request check's error in English (errors are data, put into words when shown). */
const errorOf = (r: RequestCheck) => (r.error ? renderMessage(r.error) : undefined);

const ONE_MB = 'x'.repeat(1_000_000);
const garbage = [
  'asdf qwer zxcv',
  '!!!@@@###$$$',
  '\u0000\u0001\u0002 binary',
  '<html><body>502 Bad Gateway</body></html>',
  'null',
  '[]',
  '"a string"',
  'true',
  '{}',
  '{"foo": "bar"}',
];
const halfJson = '{"code": 105002, "message": "access token is expired, please refr';
const nonAscii = [
  '{"code": 36009004, "message": "时间戳无效 Invalid timestamp", "request_id": "202406121530450102451470530C0D7A3D", "data": null}',
  '３６００９００４', // full-width digits from a chat app
  '错误代码 🤷 ошибка',
  '\uFEFF{\u201Ccode\u201D: 105002}', // BOM and smart quotes
];

describe('bad input: a clear message each, never a throw', () => {
  it('caps huge pastes (1 MB) with a size message', () => {
    expect(readPaste(ONE_MB)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(explainResponse(ONE_MB)).toMatchObject({ status: 'invalid' });
    expect(explainResponse(ONE_MB).title).toMatch(/1\.0 MB.*at most 200 KB/);
    expect(errorOf(checkRequest(ONE_MB))).toMatch(/at most 200 KB/);
    expect(readTokenExpiry(ONE_MB).error).toMatch(/at most 200 KB/);
    // just under the cap is read (and fast)
    const t0 = performance.now();
    explainResponse(`{"code": 105002, "message": "${'y'.repeat(MAX_PASTE_CHARS - 100)}"}`);
    checkRequest(`https://open-api.tiktokglobalshop.com/x?${'a=1&'.repeat(40_000)}`);
    readTokenExpiry(`{"a": "${'9'.repeat(MAX_PASTE_CHARS - 20)}"`);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('says empty for whitespace', () => {
    expect(explainResponse('   \n ').title).toMatch(/Nothing to check/);
    expect(errorOf(checkRequest(''))).toMatch(/Nothing to check/);
  });

  it.each(garbage)('explains garbage %j without a crash', (text) => {
    const e = explainResponse(text);
    expect(e.status === 'invalid' || e.status === 'ok').toBe(true);
    expect(e.title.length).toBeGreaterThan(10);
    const r = checkRequest(text);
    expect(r.error ?? r.findings.length).toBeTruthy();
    expect(() => readTokenExpiry(text)).not.toThrow();
  });

  it('reads half JSON for the code and says it is incomplete', () => {
    const e = explainResponse(halfJson);
    expect(e.code).toBe(105002);
    expect(e.status).toBe('explained');
    expect(e.notes[0]).toMatch(/incomplete or malformed/);
    expect(explainResponse('{"message": "access tok').title).toMatch(/incomplete or malformed, and no "code"/);
  });

  it('handles non-ASCII', () => {
    expect(explainResponse(nonAscii[0] as string)).toMatchObject({ status: 'explained', area: 'clock' });
    expect(explainResponse(nonAscii[1] as string)).toMatchObject({ status: 'explained', code: 36009004 });
    expect(explainResponse(nonAscii[2] as string).status).toBe('invalid');
    expect(explainResponse(nonAscii[3] as string)).toMatchObject({ code: 105002 });
    expect(
      checkRequest('https://open-api.tiktokglobalshop.com/order/202309/orders/search?name=靴').findings.length,
    ).toBeGreaterThan(0);
    expect(errorOf(checkRequest('错误代码 🤷'))).toMatch(/neither a URL nor a curl command/);
  });

  it('never echoes a secret in results', () => {
    const token = 'ROW_secretsecretsecretsecretsecret123';
    const r = checkRequest(
      `curl 'https://open-api.tiktokglobalshop.com/order/202309/orders/search?access_token=${token}&app_secret=shh_hidden_value' -H 'x-tts-access-token: ${token}'`,
    );
    expect(JSON.stringify(r)).not.toMatch(/secretsecret|shh_hidden_value/);
  });
});
