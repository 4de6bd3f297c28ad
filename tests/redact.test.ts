import { describe, expect, it } from 'vitest';
import {
  EMAIL_MARK,
  isSecretKey,
  isTokenShaped,
  PHONE_MARK,
  REDACTED,
  redactHeaders,
  redactJson,
  redactJsonText,
  redactText,
  redactUrl,
} from '@/utils/redact';
import { redactFully } from '@/utils/redact/shapes';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const REQUEST_ID = '2023080308421839B5F5A8CC5C01A1AE6D';
const TOKEN = 'ROW_Xy9kQ2FhbGxvd2VkVG9rZW5WYWx1ZTEyMzQ1Njc4OQ';

describe('redactUrl', () => {
  it('replaces secret query values and keeps keys and harmless values', () => {
    const out = redactUrl(
      `https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=6abc&timestamp=1700000000&sign=deadbeef&access_token=${TOKEN}&shop_cipher=ROW_x&page_size=20`,
    );
    expect(out).toBe(
      `https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=6abc&timestamp=1700000000&sign=${REDACTED}&access_token=${REDACTED}&shop_cipher=ROW_x&page_size=20`,
    );
  });

  it('covers refresh tokens, app secrets, passwords, OAuth code and state, msToken, any case', () => {
    const out = redactUrl(
      'https://auth.tiktok-shops.com/api/v2/token/refresh?app_secret=s3cr3t&refresh_token=abc&Password=hunter2&code=oauthcode&state=xyz&msToken=mmm&X-Bogus=bbb&grant_type=refresh_token',
    );
    for (const secret of ['s3cr3t', '=abc', 'hunter2', 'oauthcode', 'xyz', 'mmm', 'bbb'])
      expect(out).not.toContain(secret);
    expect(out).toContain('grant_type=refresh_token');
    expect(out).toContain(`state=${REDACTED}`);
  });

  it('keeps a numeric code (an error code, not an OAuth code)', () => {
    expect(redactUrl('https://x.test/err?code=36009004')).toBe('https://x.test/err?code=36009004');
  });

  it('redacts tokens in fragments, user info, e-mails and token-shaped path segments; keeps relative form', () => {
    expect(redactUrl('https://seller-us.tiktok.com/cb#access_token=abc&expires_in=3600')).toBe(
      `https://seller-us.tiktok.com/cb#access_token=${REDACTED}&expires_in=3600`,
    );
    expect(redactUrl('https://user:pass@host.test/x')).toBe(`https://${REDACTED}@host.test/x`);
    expect(redactUrl(`/api/v1/user/jane.doe@example.com/${TOKEN}/detail?x=1`)).toBe(
      `/api/v1/user/${EMAIL_MARK}/${REDACTED}/detail?x=1`,
    );
    expect(redactUrl('/api/v1/product/list?email=a%40b.co')).toBe(`/api/v1/product/list?email=${REDACTED}`);
  });

  it('finds percent-encoded e-mail addresses in path segments', () => {
    expect(redactUrl('https://seller-us.tiktok.com/api/user/jane.doe%40example.com/detail?x=1')).toBe(
      `https://seller-us.tiktok.com/api/user/${EMAIL_MARK}/detail?x=1`,
    );
    expect(redactUrl('/api/user/jane%2Bshop%40example.co.id')).toBe(`/api/user/${EMAIL_MARK}`);
  });

  it('keeps ordinary paths, ids and versions', () => {
    const url = 'https://seller-us.tiktok.com/api/v1/product/local/products/list/1729384756129384?page=2';
    expect(redactUrl(url)).toBe(url);
  });
});

describe('redactText', () => {
  it('removes JWTs whole, signature included', () => {
    expect(redactText(`token rejected: ${JWT} (expired)`)).toBe(`token rejected: ${REDACTED} (expired)`);
  });

  it('removes bearer tokens and key=value secrets, keeping keys', () => {
    expect(redactText('Authorization: Bearer abcdefghijklmnop')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText('x-tts-access-token: TTP_abc123')).toBe(`x-tts-access-token: ${REDACTED}`);
    expect(redactText('{"access_token":"abc","code":0}')).toBe(`{"access_token":"${REDACTED}","code":0}`);
    expect(redactText("password='hunter2' user=bob")).toBe(`password='${REDACTED}' user=bob`);
  });

  it('removes e-mail addresses, and phone numbers in several formats before storage', () => {
    const text = 'Contact jane.doe+shop@example.co.id or +62 812-3456-7890, (555) 123-4567, 081234567890';
    // the page marks e-mails; phones (personal data, no credential) are marked by the background's pass
    expect(redactText(text)).toBe(text.replace('jane.doe+shop@example.co.id', EMAIL_MARK));
    expect(redactFully(text)).toBe(`Contact ${EMAIL_MARK} or ${PHONE_MARK}, ${PHONE_MARK}, ${PHONE_MARK}`);
  });

  it('keeps error codes, request ids, order ids, timestamps, IPs and dates', () => {
    const text = `code 36009004 request_id ${REQUEST_ID} order 576461413038785752 at 1700000000123 from 192.168.100.200 on 2024-01-15`;
    expect(redactText(text)).toBe(text);
  });

  it('removes token-shaped strings but not ordinary long words', () => {
    expect(redactText(`session ${TOKEN} failed`)).toBe(`session ${REDACTED} failed`);
    expect(redactText('sid 0f1e2d3c4b5a69788796a5b4c3d2e1f0 x')).toBe(`sid ${REDACTED} x`);
    const ordinary = 'get_seller_product_list_by_category_and_status failed in ChunkLoadErrorHandlerComponent';
    expect(redactText(ordinary)).toBe(ordinary);
  });

  it('removes every value of a quoted Cookie or Set-Cookie header, keeping the names', () => {
    expect(redactText('Cookie: sessionid=abc; sid_tt=def123; uid_tt=ghi456')).toBe(
      `Cookie: sessionid=${REDACTED}; sid_tt=${REDACTED}; uid_tt=${REDACTED}`,
    );
    expect(redactText('request headers: cookie: ttwid=1%7Cabc; odin_tt=ffee; msToken=mm\naccept: */*')).toBe(
      `request headers: cookie: ttwid=${REDACTED}; odin_tt=${REDACTED}; msToken=${REDACTED}\naccept: */*`,
    );
    expect(redactText('Set-Cookie: sid_guard=xyz; Path=/; HttpOnly')).toContain(`sid_guard=${REDACTED}`);
    expect(redactText('{"cookie":"a=1; uid_tt=zz9"}')).toBe(`{"cookie":"a=${REDACTED}; uid_tt=${REDACTED}"}`);
    expect(redactText('document.cookie = "a=1; b=2"')).toBe(`document.cookie = "a=${REDACTED}; b=${REDACTED}"`);
  });

  it('keeps what follows a cookie header: codes and request ids', () => {
    expect(redactText(`Cookie: a=1; b=2 rejected, code 36009004 request_id ${REQUEST_ID}`)).toBe(
      `Cookie: a=${REDACTED}; b=${REDACTED} rejected, code 36009004 request_id ${REQUEST_ID}`,
    );
  });

  it('keeps URL paths with ids in messages, absolute or relative', () => {
    for (const text of [
      `GET https://seller-us.tiktok.com/api/v1/product/local/products/100000/list?page=2 failed: code 12052220, request_id ${REQUEST_ID}`,
      'POST /api/v2/product/202309/products/1729384756129384/inventory/update returned 500',
      'ChunkLoadError: Loading chunk 4821 failed. (https://lf16-fe.tiktokcdn.com/obj/static/seller/js/chunk-vendors.3f9a2c1b.js)',
      `see https://seller-us.tiktok.com/order/detail/576461413038785752/logistics/${REQUEST_ID}`,
    ])
      expect(redactText(text), text).toBe(text);
  });

  it('still removes base64 tokens with / and +, and token segments inside paths', () => {
    const b64 = 'k9s8/d7f+6g5h4j3k2l1Xy9kQ2FhbGxvd2VkVG9rZW4=';
    const slashOnly = 'Ab3kQ9xZq2Lm4Np6Qr8S/tUv0Wx1Yz3Ab5Cd7Ef9GhJk';
    expect(redactText(`sig ${b64} bad`)).toBe(`sig ${REDACTED} bad`);
    expect(redactText(`x ${slashOnly} y`)).toBe(`x ${REDACTED} y`);
    expect(redactText('GET /api/v1/session/Xk9Lm2Np4Qr6St8Uv0Wx1Yz3Ab5Cd7Ef9Gh/detail failed')).toBe(
      `GET /api/v1/session/${REDACTED}/detail failed`,
    );
    expect(redactText(`upload to https://x.test/v1/${slashOnly.replace('/', '')}/part/2`)).toBe(
      `upload to https://x.test/v1/${REDACTED}/part/2`,
    );
  });

  it('redacts URLs inside messages through redactUrl', () => {
    expect(redactText('GET https://x.test/a?access_token=zzz failed')).toBe(
      `GET https://x.test/a?access_token=${REDACTED} failed`,
    );
  });

  it('treats HTML as text: nothing is removed or interpreted beyond the secrets', () => {
    const html = '<img src=x onerror="alert(1)"> <b>bold</b>';
    expect(redactText(html)).toBe(html);
  });
});

describe('isTokenShaped / isSecretKey', () => {
  it('tells credentials from ids', () => {
    expect(isTokenShaped(TOKEN)).toBe(true);
    expect(isTokenShaped(REQUEST_ID)).toBe(false);
    expect(isTokenShaped('123e4567-e89b-12d3-a456-426614174000')).toBe(false);
    expect(isTokenShaped('12345678901234567890123456789012345')).toBe(false);
    expect(isTokenShaped('api/v1/product/local/products/list/1729384756129384')).toBe(false);
    expect(isTokenShaped('Ab3kQ9xZq2Lm4Np6Qr8S/tUv0Wx1Yz3Ab5Cd7Ef9GhJk')).toBe(true);
  });

  it('knows secret keys in any spelling, and harmless look-alikes', () => {
    for (const k of [
      'access_token',
      'Refresh-Token',
      'app_secret',
      'sign',
      'Cookie',
      'x-tts-access-token',
      'msToken',
      'password',
      'email',
      'phone_number',
    ])
      expect(isSecretKey(k), k).toBe(true);
    for (const k of [
      'access_token_expire_in',
      'token_type',
      'app_key',
      'shop_cipher',
      'request_id',
      'timestamp',
      'design',
    ])
      expect(isSecretKey(k), k).toBe(false);
  });
});

describe('redactHeaders', () => {
  it('replaces cookie, authorization and TikTok token headers; keeps the others', () => {
    expect(
      redactHeaders({
        Cookie: 'sessionid=abc',
        Authorization: 'Bearer x',
        'x-tts-access-token': 'TTP_x',
        'Set-Cookie': 'a=b',
        'Content-Type': 'application/json',
        'x-tt-logid': REQUEST_ID,
      }),
    ).toEqual({
      Cookie: REDACTED,
      Authorization: REDACTED,
      'x-tts-access-token': REDACTED,
      'Set-Cookie': REDACTED,
      'Content-Type': 'application/json',
      'x-tt-logid': REQUEST_ID,
    });
    expect(redactHeaders([['cookie', 'a=b']])).toEqual([['cookie', REDACTED]]);
  });
});

describe('redactJson', () => {
  it('keeps keys, the envelope code and request id; replaces secret values and subtrees', () => {
    const body = {
      code: 105002,
      message: 'access token is expired, please refresh it',
      request_id: REQUEST_ID,
      data: {
        access_token: 'abc',
        access_token_expire_in: 1700000000,
        refresh_token: 'def',
        seller_name: 'Shop',
        credentials: { a: 1 },
        contact: 'jane@example.com',
        password: 12345,
      },
    };
    expect(redactJson(body)).toEqual({
      code: 105002,
      message: 'access token is expired, please refresh it',
      request_id: REQUEST_ID,
      data: {
        access_token: REDACTED,
        access_token_expire_in: 1700000000,
        refresh_token: REDACTED,
        seller_name: 'Shop',
        credentials: REDACTED,
        contact: EMAIL_MARK,
        password: REDACTED,
      },
    });
  });

  it('survives hostile depth and non-JSON text', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect(() => redactJson(deep)).not.toThrow();
    expect(redactJsonText('not json, token=abc')).toBe(`not json, token=${REDACTED}`);
    expect(redactJsonText('{"sign":"abc"}')).toBe(`{"sign":"${REDACTED}"}`);
  });
});
