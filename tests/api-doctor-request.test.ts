import { describe, expect, it } from 'vitest';
import { checkRequest, findingWords, needsShopCipher, type RequestCheck } from '@/utils/api-doctor/check-request';
import { parseCurl, shellWords } from '@/utils/api-doctor/curl';
import { renderMessage } from '@/utils/diagnosis/render';

const NOW = Date.parse('2025-06-15T12:00:00Z');
const TS = Math.floor(NOW / 1000);
const SIGN = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const TOKEN = 'ROW_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXY';
const CIPHER = 'ROW_cipher_1a2b3c';
const good = (over: Record<string, string | undefined> = {}, path = '/order/202309/orders/search') => {
  const q = new URLSearchParams();
  const params = { app_key: '6abc123def456', timestamp: String(TS), sign: SIGN, shop_cipher: CIPHER, ...over };
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  return `https://open-api.tiktokglobalshop.com${path}?${q}`;
};
const curlOf = (url: string, extra = '') =>
  `curl -X POST '${url}' \\\n  -H 'x-tts-access-token: ${TOKEN}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"page_size": 20}'${extra}`;

// Findings are data; the tests read them in English (the active language in tests).
const find = (r: RequestCheck, id: string) => {
  const f = r.findings.find((x) => x.id === id);
  return f && findingWords(f);
};
const fails = (r: RequestCheck) => r.findings.filter((f) => f.level === 'fail').map((f) => f.id);

describe('checkRequest', () => {
  it('passes a good current request given as curl', () => {
    const r = checkRequest(curlOf(good()), { now: NOW });
    expect(r.error).toBeUndefined();
    expect(r.input).toBe('curl');
    expect(r.method).toBe('POST');
    expect(r.apiVersion).toBe('202309');
    expect(fails(r)).toEqual([]);
    expect(r.findings.filter((f) => f.level === 'warn')).toEqual([]);
    for (const id of [
      'host',
      'path',
      'version',
      'param-app_key',
      'param-timestamp',
      'param-sign',
      'shop_cipher',
      'token-header',
      'timestamp',
    ]) {
      expect(find(r, id)?.level, id).toBe('pass');
    }
  });

  it('passes a good URL and reminds that headers are not visible', () => {
    const r = checkRequest(good(), { now: NOW });
    expect(fails(r)).toEqual([]);
    expect(find(r, 'token-header')?.level).toBe('info');
  });

  it('flags wrong, legacy sandbox and Seller Center hosts', () => {
    for (const host of [
      'api.tiktokshop.com',
      'open-api.us.tiktokshop.com',
      'services.tiktokglobalshop.com',
      'open-api-sandbox.tiktokglobalshop.com',
    ]) {
      const r = checkRequest(good().replace('open-api.tiktokglobalshop.com', host), { now: NOW });
      expect(find(r, 'host')?.level, host).toBe('fail');
    }
    expect(
      find(
        checkRequest(good().replace('open-api.tiktokglobalshop.com', 'open-api-sandbox.tiktokglobalshop.com'), {
          now: NOW,
        }),
        'host',
      )?.title,
    ).toMatch(/sandbox/);
    expect(
      find(checkRequest(good().replace('open-api.tiktokglobalshop.com', 'seller-us.tiktok.com'), { now: NOW }), 'host')
        ?.title,
    ).toMatch(/Seller Center/);
    expect(
      find(checkRequest(good().replace('open-api.tiktokglobalshop.com', 'my-proxy.example.com'), { now: NOW }), 'host')
        ?.level,
    ).toBe('warn');
    // Cyrillic "о" in the host: a look-alike
    expect(find(checkRequest(good().replace('open-api', 'оpen-api'), { now: NOW }), 'host')?.title).toMatch(
      /non-Latin/,
    );
  });

  it('flags the seed example (wrong host, /v1/ path)', () => {
    const r = checkRequest('api.tiktokshop.com/v1/orders', { now: NOW });
    expect(find(r, 'host')?.level).toBe('fail');
    expect(find(r, 'path')?.level).toBe('fail');
    expect(find(r, 'path')?.detail).toMatch(/"v1" is not a TikTok version/);
    expect(find(r, 'scheme')?.level).toBe('info');
  });

  it('flags a legacy /api/ path as sunset', () => {
    const legacy = `https://open-api.tiktokglobalshop.com/api/orders/search?app_key=6abc&timestamp=${TS}&shop_id=7000&access_token=${TOKEN}&sign=${SIGN}`;
    const before = checkRequest(legacy, { now: NOW });
    expect(find(before, 'path')?.level).toBe('fail');
    expect(find(before, 'path')?.title).toMatch(/being shut down/);
    expect(find(before, 'path')?.detail).toMatch(/2025-07-01.*2025-12-31/);
    expect(find(before, 'token-in-query')?.level).toBe('fail');
    const after = checkRequest(legacy, { now: Date.parse('2026-02-01T00:00:00Z'), skewSeconds: 0 });
    expect(find(after, 'path')?.title).toMatch(/shut down/);
  });

  it('flags versions that cannot be', () => {
    expect(find(checkRequest(good({}, '/order/202202/orders/search'), { now: NOW }), 'version')?.level).toBe('fail');
    expect(find(checkRequest(good({}, '/order/202313/orders/search'), { now: NOW }), 'version')?.level).toBe('fail');
    expect(find(checkRequest(good({}, '/order/209912/orders/search'), { now: NOW }), 'version')?.title).toMatch(
      /future/,
    );
  });

  it('flags skewed timestamps: old, ahead, milliseconds, not a number', () => {
    const old = checkRequest(good({ timestamp: String(TS - 600) }), { now: NOW });
    expect(find(old, 'timestamp')?.level).toBe('fail');
    expect(find(old, 'timestamp')?.title).toMatch(/10 min behind/);
    const ahead = checkRequest(good({ timestamp: String(TS + 45) }), { now: NOW });
    expect(find(ahead, 'timestamp')?.title).toMatch(/45 s ahead/);
    expect(find(checkRequest(good({ timestamp: String(TS + 25) }), { now: NOW }), 'timestamp')?.level).toBe('pass');
    expect(find(checkRequest(good({ timestamp: String(TS - 290) }), { now: NOW }), 'timestamp')?.level).toBe('pass');
    expect(find(checkRequest(good({ timestamp: String(NOW) }), { now: NOW }), 'timestamp')?.title).toMatch(
      /milliseconds/,
    );
    expect(find(checkRequest(good({ timestamp: '2025-06-15T12:00:00Z' }), { now: NOW }), 'timestamp')?.level).toBe(
      'fail',
    );
  });

  it('judges the timestamp against TikTok time when the clock check measured a skew', () => {
    // This computer runs 400 s behind; a timestamp from TikTok-now is 400 s "ahead" of it but fine for TikTok.
    const r = checkRequest(good({ timestamp: String(TS + 400) }), { now: NOW, skewSeconds: -400 });
    expect(find(r, 'timestamp')?.level).toBe('pass');
    expect(find(checkRequest(good({ timestamp: String(TS + 400) }), { now: NOW }), 'timestamp')?.level).toBe('fail');
  });

  it('flags the access token in the query and an Authorization header', () => {
    const r = checkRequest(good({ access_token: TOKEN }), { now: NOW });
    expect(find(r, 'token-in-query')?.level).toBe('fail');
    expect(r.displayUrl).not.toContain(TOKEN);
    expect(r.displayUrl).toContain('ROW_…(');
    expect(JSON.stringify(r)).not.toContain(TOKEN);
    const bearer = checkRequest(`curl '${good()}' -H 'Authorization: Bearer ${TOKEN}'`, { now: NOW });
    expect(find(bearer, 'auth-bearer')?.level).toBe('warn');
    expect(find(bearer, 'token-header')?.level).toBe('fail');
    expect(JSON.stringify(bearer)).not.toContain(TOKEN);
  });

  it('flags a missing shop_cipher only where it is needed', () => {
    const r = checkRequest(good({ shop_cipher: undefined }), { now: NOW });
    expect(find(r, 'shop_cipher')?.level).toBe('fail');
    expect(find(r, 'shop_cipher')?.detail).toMatch(/106013/);
    for (const path of [
      '/authorization/202309/shops',
      '/seller/202309/shops',
      '/product/202309/global_products/search',
      '/product/202309/images/upload',
    ]) {
      expect(
        find(checkRequest(good({ shop_cipher: undefined }, path), { now: NOW }), 'shop_cipher'),
        path,
      ).toBeUndefined();
    }
    expect(needsShopCipher('fulfillment', 'packages/search')).toBe(true);
  });

  it('flags missing and malformed signing parameters', () => {
    const r = checkRequest(good({ sign: undefined, app_key: undefined }), { now: NOW });
    expect(find(r, 'param-sign')?.level).toBe('fail');
    expect(find(r, 'param-app_key')?.level).toBe('fail');
    expect(find(checkRequest(good({ sign: SIGN.toUpperCase() }), { now: NOW }), 'param-sign')?.title).toMatch(
      /upper-case/,
    );
    expect(find(checkRequest(good({ sign: 'abc123' }), { now: NOW }), 'param-sign')?.title).toMatch(/not 64 hex/);
    expect(find(checkRequest(good({ app_secret: 'topsecret12345' }), { now: NOW }), 'app-secret')?.level).toBe('fail');
  });

  it('flags http, body without JSON content type, duplicates', () => {
    expect(find(checkRequest(good().replace('https:', 'http:'), { now: NOW }), 'scheme')?.level).toBe('fail');
    const noType = checkRequest(`curl '${good()}' -H 'x-tts-access-token: ${TOKEN}' -d '{"a":1}'`, { now: NOW });
    expect(find(noType, 'content-type')?.level).toBe('warn');
    const dup = checkRequest(`${good()}&app_key=other`, { now: NOW });
    expect(find(dup, 'duplicate-param')?.level).toBe('warn');
  });

  it('checks token calls on the auth host and masks the app secret', () => {
    const url =
      'https://auth.tiktok-shops.com/api/v2/token/refresh?app_key=6abc&app_secret=s3cr3tvalue99&refresh_token=ROW_refreshtokenvalue1234567890&grant_type=authorized_code';
    const r = checkRequest(url, { now: NOW });
    expect(find(r, 'host')?.level).toBe('pass');
    expect(find(r, 'grant-type')?.level).toBe('fail');
    expect(JSON.stringify(r)).not.toContain('s3cr3tvalue99');
    expect(JSON.stringify(r)).not.toContain('ROW_refreshtokenvalue1234567890');
    expect(
      find(checkRequest(url.replace('auth.tiktok-shops.com', 'open-api.tiktokglobalshop.com'), { now: NOW }), 'host')
        ?.level,
    ).toBe('fail');
    expect(
      find(checkRequest(good().replace('open-api.tiktokglobalshop.com', 'auth.tiktok-shops.com'), { now: NOW }), 'host')
        ?.level,
    ).toBe('fail');
  });

  it('reads log lines and URLs without a scheme', () => {
    const r = checkRequest(`POST ${good()} 200 812ms`, { now: NOW });
    expect(r.method).toBe('POST');
    expect(fails(r)).toEqual([]);
    expect(find(r, 'input')?.level).toBe('info');
  });
});

describe('curl parser', () => {
  it('splits bash quoting and line continuations', () => {
    expect(shellWords(`curl -H "a: b \\"c\\"" 'x y' \\\n  --data $'l1\\nl2'`)).toEqual([
      'curl',
      '-H',
      'a: b "c"',
      'x y',
      '--data',
      'l1\nl2',
    ]);
  });

  it('reads Chrome "Copy as cURL (cmd)"', () => {
    const c = parseCurl(
      `curl ^"https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=1^&timestamp=2^" ^\n  -H ^"x-tts-access-token: ROW_a^" ^\n  --data-raw ^"^{^\\^"a^\\^":1^}^"`,
    );
    expect(c.url).toBe('https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=1&timestamp=2');
    expect(c.headers).toContainEqual(['x-tts-access-token', 'ROW_a']);
    expect(c.method).toBe('POST');
  });

  it('reads combined short options, --url, -G and --json', () => {
    expect(parseCurl(`curl -sSL -XPUT --url=https://h.example/x -H'k: v'`)).toMatchObject({
      url: 'https://h.example/x',
      method: 'PUT',
      headers: [['k', 'v']],
    });
    expect(parseCurl(`curl -G https://h.example/x -d a=1 -d b=2`)).toMatchObject({
      url: 'https://h.example/x?a=1&b=2',
      method: 'GET',
    });
    const j = parseCurl(`curl --json '{"a":1}' https://h.example/x`);
    expect(j.data).toBe('{"a":1}');
    expect(j.headers).toContainEqual(['Content-Type', 'application/json']);
    expect(parseCurl('curl -F file=@a.png https://h.example/u').multipart).toBe(true);
  });

  it('says so when a curl command has no URL', () => {
    const { error } = checkRequest('curl -X POST -H "a: b"');
    expect(error && renderMessage(error)).toMatch(/no URL/);
  });
});
