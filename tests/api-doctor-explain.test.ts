import { describe, expect, it } from 'vitest';
import { explainResponse } from '@/utils/api-doctor/explain-response';
import { ERROR_CATALOG, lookupCode } from '@/utils/facts/error-catalog';

const RID = '202406121530450102451470530C0D7A3D'; // 34 chars, as TikTok sends them

const envelope = (code: number, message: string, data: unknown = null) =>
  JSON.stringify({ code, message, request_id: RID, data });

describe('explainResponse: real-shaped envelopes', () => {
  it('has a 34-character request id fixture', () => expect(RID).toHaveLength(34));

  it.each([
    // one row per family of TIKTOK_FACTS.md's table
    [105002, 'access token is expired, please refresh it', 'account'],
    [105005, 'you should apply auth pkg for this api', 'account'],
    [106001, 'signature is invalid', 'account'],
    [106013, 'shop_cipher is required', 'account'],
    [101000, 'Invalid query or header: wrong access token type', 'account'],
    [36004004, 'invalid auth code', 'account'],
    [36004005, 'no auth record', 'account'],
    [36004001, 'refresh token is expired', 'account'],
    [36009002, 'Too many requests', 'platform'],
    [36009037, 'sandbox request limit exceeded', 'platform'],
    [36009003, 'Internal error, please try again later', 'platform'],
    [36009007, 'request timeout', 'platform'],
    [36009009, 'Invalid path', 'app-version'],
    [36009010, 'Invalid method', 'app-version'],
    [36009014, 'Invalid version', 'app-version'],
    [36009021, 'file too large', 'listing'],
    [36009022, 'request body must be json or multipart', 'integration'],
    [36009023, 'unsupported content-type', 'integration'],
    [105001, 'access token is invalid; detail:your token has been deauthorized', 'account'],
    [36009033, 'ip address is not in the allow list', 'connectivity'],
    [36009043, 'shop is deactivated', 'account'],
    [36009044, 'seller account is deactivated', 'account'],
    [66009315, 'no permission', 'account'],
    [98001004, 'Invalid parameter: product_name is too long', 'listing'],
    [12019150, 'product does not exist', 'listing'],
    [12052023, 'category does not exist', 'listing'],
    [12052024, 'category is not a leaf category', 'listing'],
    [12052931, 'title format invalid', 'listing'],
    [12019022, 'sku needs warehouse', 'listing'],
    [12019045, 'price locked', 'listing'],
    [12052093, 'listing limit reached', 'listing'],
    [12052201, 'brand is not authorized', 'policy'],
    [12052223, 'category is restricted', 'policy'],
    [12052220, 'category is prohibited', 'policy'],
    [12052995, 'seller has not finished onboarding', 'account'],
    [10002014, 'Failed to get orders', 'platform'],
    [10037003, 'internal error', 'platform'],
    [21008111, 'order does not belong to this seller', 'account'],
  ])('code %i (%s) -> explained, cause %s', (code, message, cause) => {
    const e = explainResponse(envelope(code, message));
    expect(e.status).toBe('explained');
    expect(e.code).toBe(code);
    expect(e.cause).toBe(cause);
    expect(e.apiMessage).toBe(message);
    expect(e.requestId).toBe(RID);
    expect(e.fix.length).toBeGreaterThan(0);
    expect(e.source).toBeTruthy();
    expect(e.notes.join(' ')).not.toContain('34 characters');
  });

  it('explains every catalog row (variants through their message keywords)', () => {
    for (const entry of ERROR_CATALOG) {
      const message = entry.variant ? `Invalid ${entry.variant}` : 'error';
      const e = explainResponse(envelope(entry.code, message));
      expect(e.status, `code ${entry.code}`).toBe('explained');
      expect(e.meaning).toBe(lookupCode(entry.code, message)?.meaning);
    }
  });

  it('tells 36009004 apart by message', () => {
    const ts = explainResponse(
      envelope(
        36009004,
        'Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes before the current time.',
      ),
    );
    expect(ts.area).toBe('clock');
    expect(ts.cause).toBe('connectivity');
    expect(ts.title).toContain('timestamp');
    const key = explainResponse(envelope(36009004, 'Invalid app_key'));
    expect(key.meaning).toMatch(/app_key/);
    const generic = explainResponse('36009004');
    expect(generic.status).toBe('explained');
    expect(generic.notes.join(' ')).toMatch(/message tells which/);
  });

  it('reads a raw HTTP response with headers and a body', () => {
    const raw = `HTTP/2 401\ncontent-type: application/json\nx-tt-logid: ${RID}\n\n${envelope(105002, 'access token is expired, please refresh it')}`;
    const e = explainResponse(raw);
    expect(e.status).toBe('explained');
    expect(e.code).toBe(105002);
    expect(e.httpStatus).toBe(401);
  });

  it('reads a wrapped envelope from a connector log', () => {
    const e = explainResponse(
      JSON.stringify({ error: { code: 106001, message: 'signature is invalid', request_id: RID } }),
    );
    expect(e.code).toBe(106001);
  });

  it('says success for code 0 and points token responses to the token reader', () => {
    const ok = explainResponse(envelope(0, 'Success', { orders: [] }));
    expect(ok.status).toBe('ok');
    const token = explainResponse(
      envelope(0, 'success', {
        access_token: 'ROW_x',
        access_token_expire_in: 1718800000,
        refresh_token_expire_in: 1750000000,
      }),
    );
    expect(token.status).toBe('ok');
    expect(token.notes.join(' ')).toMatch(/Token expiry/);
  });
});

describe('explainResponse: codes and statuses without a body', () => {
  it('explains bare codes', () => {
    expect(explainResponse('105002').meaning).toMatch(/expired/);
    expect(explainResponse('  36009033 ').cause).toBe('connectivity');
    expect(explainResponse('code: 36009002').httpStatus).toBeUndefined();
    expect(
      explainResponse('36009004 Invalid timestamp, must not exceed the current time by more than 30 seconds').area,
    ).toBe('clock');
  });

  it('treats 401 and 403 generically, as HTTP statuses', () => {
    const e401 = explainResponse('401');
    expect(e401.status).toBe('explained');
    expect(e401.httpStatus).toBe(401);
    expect(e401.fix.join(' ')).toMatch(/x-tts-access-token/);
    const e403 = explainResponse('403 Forbidden');
    expect(e403.httpStatus).toBe(403);
    expect(e403.area).toMatch(/permissions/);
    expect(explainResponse('HTTP 429').meaning).toMatch(/Too many/);
    expect(explainResponse('status: 503').meaning).toMatch(/not a rate limit/);
    expect(explainResponse('418').meaning).toMatch(/client error/);
  });

  it('treats {"code": 401} from a proxy as an HTTP status', () => {
    const e = explainResponse('{"code": 401, "message": "Unauthorized"}');
    expect(e.httpStatus).toBe(401);
    expect(e.notes.join(' ')).toMatch(/looks like an HTTP status/);
  });

  it.each([10001, 10002, 10003])('explains %i as not a real TikTok code', (code) => {
    for (const input of [String(code), envelope(code, 'Invalid Access Token')]) {
      const e = explainResponse(input);
      expect(e.status).toBe('not-real');
      expect(e.title).toMatch(/not a TikTok Shop API code/);
      expect(e.meaning).toMatch(/6 to 8 digits/);
      expect(e.fix.length).toBeGreaterThan(0);
    }
  });

  it('handles unknown codes gracefully', () => {
    const gw = explainResponse(envelope(36009999, 'something new'));
    expect(gw.status).toBe('unknown');
    expect(gw.title).toMatch(/unknown/);
    expect(gw.meaning).toMatch(/^A guess from its first digits \(36009…/);
    expect(gw.family).toMatch(/\(guessed\)$/);
    expect(gw.fix.join(' ')).toMatch(/error-code table of the endpoint/);
    const listing = explainResponse(envelope(12052999, 'new listing rule'));
    expect(listing.meaning).toMatch(/probably belongs to products and listings/);
    expect(gw.fix.join(' ')).toMatch(/request_id/);
    const odd = explainResponse('{"code": 42, "message": "connector failed"}');
    expect(odd.status).toBe('unknown');
    expect(odd.meaning).toMatch(/6 to 8 digits/);
    const neg = explainResponse('{"code": -1}');
    expect(neg.status).toBe('unknown');
    const withHttp = explainResponse(`HTTP/1.1 500 Internal Server Error\n\n${envelope(77777777, 'x')}`);
    expect(withHttp.status).toBe('unknown');
    expect(withHttp.area).toBe('platform');
  });
});
