import { describe, expect, it } from 'vitest';
import { endpointPattern, fingerprintOf, hash53, messageShape } from '@/utils/content/fingerprint';
import type { ObservedEvent } from '@/utils/model';

const base: ObservedEvent = { kind: 'js-error', at: 1, source: 'page', pageHost: 'seller-us.tiktok.com' };

describe('endpointPattern', () => {
  it('normalises ids, numbers and ciphers, drops scheme, query and fragment', () => {
    expect(endpointPattern('https://seller-us.tiktok.com/api/v1/product/1729384756129384/detail?x=1#y')).toBe(
      'seller-us.tiktok.com/api/v0/product/:id/detail',
    );
    expect(endpointPattern('https://open-api.tiktokglobalshop.com/order/202309/orders/576461413038785752')).toBe(
      'open-api.tiktokglobalshop.com/order/0/orders/:id',
    );
    expect(endpointPattern('/api/shop/ROW_a1b2c3d4e5f6g7/info', 'https://seller-id.tokopedia.com/')).toBe(
      'seller-id.tokopedia.com/api/shop/:id/info',
    );
    expect(endpointPattern('/x/123e4567-e89b-12d3-a456-426614174000')).toBe('/x/:id');
  });

  it('gives chunk files of different builds one pattern', () => {
    expect(endpointPattern('https://s.test/static/js/chunk-product.3f2a9c1b7e.js')).toBe(
      endpointPattern('https://s.test/static/js/chunk-product.99aa77bb66.js'),
    );
  });
});

describe('messageShape', () => {
  it('normalises numbers, ids and URLs and collapses whitespace', () => {
    expect(messageShape('Loading chunk 123 failed.\n(error: https://s.test/static/js/123.abc.js)')).toBe(
      'Loading chunk 0 failed. (error: s.test/static/js/0.abc.js)',
    );
    expect(messageShape('Order 576461413038785752 not found')).toBe(messageShape('Order 576461413038785999 not found'));
  });

  it('is capped', () => {
    expect(messageShape('x'.repeat(10_000)).length).toBeLessThanOrEqual(160);
  });
});

describe('fingerprintOf', () => {
  it('groups an error storm whose messages differ only in numbers', () => {
    const a = fingerprintOf({ ...base, message: 'Uncaught Error: Storm error #1' });
    const b = fingerprintOf({ ...base, message: 'Uncaught Error: Storm error #19999' });
    expect(a).toBe(b);
    expect(a).toMatch(/^js-error:[0-9a-z]+$/);
  });

  it('keeps apart kinds, statuses, codes, endpoints, hosts and sources', () => {
    const req: ObservedEvent = {
      ...base,
      kind: 'http-error',
      url: 'https://seller-us.tiktok.com/api/v1/order/list?page=1',
      method: 'GET',
      status: 500,
    };
    const fp = fingerprintOf(req);
    expect(fingerprintOf({ ...req, url: 'https://seller-us.tiktok.com/api/v1/order/list?page=2' })).toBe(fp);
    expect(fingerprintOf({ ...req, status: 502 })).not.toBe(fp);
    expect(fingerprintOf({ ...req, method: 'POST' })).not.toBe(fp);
    expect(fingerprintOf({ ...req, url: 'https://seller-us.tiktok.com/api/v1/product/list' })).not.toBe(fp);
    expect(fingerprintOf({ ...req, pageHost: 'seller-id.tiktok.com' })).not.toBe(fp);
    expect(fingerprintOf({ ...req, source: 'webrequest' })).not.toBe(fp);
    expect(fingerprintOf({ ...req, kind: 'checkout-failure' })).not.toBe(fp);
    // the message of an HTTP error does not split its group
    expect(fingerprintOf({ ...req, message: 'a' })).toBe(fingerprintOf({ ...req, message: 'b' }));
  });

  it('tells 36009004 variants apart by their message, but not by numbers in it', () => {
    const api: ObservedEvent = {
      ...base,
      kind: 'api-error',
      url: '/api/x',
      method: 'GET',
      status: 200,
      code: 36009004,
    };
    const ts = fingerprintOf({ ...api, message: 'Invalid timestamp, must not be earlier than 5 minutes' });
    expect(fingerprintOf({ ...api, message: 'Invalid access_token' })).not.toBe(ts);
    expect(fingerprintOf({ ...api, message: 'Invalid timestamp, must not be earlier than 6 minutes' })).toBe(ts);
  });

  it('hash53 is stable and spreads', () => {
    expect(hash53('abc')).toBe(hash53('abc'));
    const seen = new Set(Array.from({ length: 10_000 }, (_, i) => hash53(`key ${i}`)));
    expect(seen.size).toBe(10_000);
  });
});
