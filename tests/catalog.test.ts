import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, lookupCode, NOT_TIKTOK_CODES } from '@/utils/facts/error-catalog';
import { apiKindOf, BUDGET_MS, budgetOf, LATENCY_BUDGETS, MIN_BUDGET_MS } from '@/utils/facts/latency-budgets';
import { CAUSE_IDS } from '@/utils/model';

describe('error catalog', () => {
  it('has every code from TIKTOK_FACTS.md, each with a cause, a fix and a source', () => {
    const codes = new Set(ERROR_CATALOG.map((e) => e.code));
    for (const code of [
      105002, 105005, 106001, 106013, 101000, 36004004, 36004005, 36004001, 36009002, 36009037, 36009003, 36009004,
      36009007, 36009009, 36009010, 36009014, 36009021, 36009022, 36009023, 36009033, 36009043, 36009044, 66009315,
      98001004, 12019150, 12052023, 12052024, 12052931, 12019022, 12019045, 12052093, 12052201, 12052223, 12052220,
      12052995, 10002014, 10002015, 10037002, 10037003, 10037004, 10006402, 21008111,
    ])
      expect(codes.has(code), String(code)).toBe(true);
    for (const e of ERROR_CATALOG) {
      expect(CAUSE_IDS).toContain(e.cause);
      expect(e.fix.length).toBeGreaterThan(0);
      expect(e.source).not.toBe('');
      expect(e.meaning).not.toBe('');
    }
    for (const code of NOT_TIKTOK_CODES) expect(lookupCode(code)).toBeUndefined();
  });

  it('tells the 36009004 variants apart by message keywords', () => {
    const variant = (m?: string) => lookupCode(36009004, m)?.variant;
    expect(
      variant('Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes'),
    ).toBe('timestamp');
    expect(lookupCode(36009004, 'Invalid timestamp ...')?.cause).toBe('connectivity');
    expect(variant('invalid access_token')).toBe('access_token');
    expect(variant('Invalid App Key')).toBe('app_key');
    expect(variant('missing signature')).toBe('signature');
    expect(variant('invalid shop_id')).toBe('shop_id');
    expect(variant('invalid version')).toBe('version');
    expect(variant('something else')).toBeUndefined();
    expect(variant()).toBeUndefined();
    expect(lookupCode(36009004)?.cause).toBe('account');
  });

  it('maps codes to the causes the design names', () => {
    expect(lookupCode(36009033)?.cause).toBe('connectivity');
    expect(lookupCode(12052220)?.cause).toBe('policy');
    expect(lookupCode(12052201)?.cause).toBe('policy');
    expect(lookupCode(98001004)?.cause).toBe('listing');
    expect(lookupCode(36009021)?.cause).toBe('listing');
    expect(lookupCode(36009043)?.cause).toBe('account');
    expect(lookupCode(36009043)?.httpStatus).toBe(401);
    expect(lookupCode(105002)?.cause).toBe('account');
    expect(lookupCode(36009003)?.cause).toBe('platform');
    expect(lookupCode(36009002)?.httpStatus).toBe(429);
  });

  it('hands out copies without the matching keywords', () => {
    expect(Object.keys(lookupCode(36009004, 'timestamp') ?? {})).not.toContain('keywords');
  });
});

describe('latency budgets', () => {
  it('follows the seed article and has a source for each', () => {
    expect(budgetOf('checkout')).toBe(500);
    expect(budgetOf('payment')).toBe(500);
    expect(budgetOf('inventory')).toBe(700);
    expect(budgetOf('orders')).toBe(900);
    expect(MIN_BUDGET_MS).toBe(500);
    for (const [kind, b] of Object.entries(LATENCY_BUDGETS)) {
      expect(b.kind).toBe(kind);
      expect(b.budgetMs).toBe(BUDGET_MS[b.kind]);
      expect(b.source.length).toBeGreaterThan(10);
    }
  });

  it('classifies Seller Center, Partner API and buyer checkout URLs', () => {
    const cases: [string, string][] = [
      ['https://shop.tiktok.com/api/v1/checkout/prepare', 'checkout'],
      ['https://www.tiktok.com/shop/api/v1/payment/checkout', 'checkout'],
      ['https://seller-us.tiktok.com/api/v1/finance/balance', 'payment'],
      ['https://seller-us.tiktok.com/api/v2/seller/payout/list', 'payment'],
      ['https://open-api.tiktokglobalshop.com/finance/202309/statements', 'payment'],
      ['https://open-api.tiktokglobalshop.com/product/202309/products/123/inventory/update', 'inventory'],
      ['https://seller-us.tiktok.com/api/v1/inventory/status?x=checkout', 'inventory'],
      ['https://open-api.tiktokglobalshop.com/order/202309/orders/search', 'orders'],
      ['https://seller-us.tiktok.com/api/v1/order/list', 'orders'],
      ['https://seller-us.tiktok.com/api/fulfillment/package/ship', 'orders'],
      ['https://seller-us.tiktok.com/api/v1/product/list', 'product'],
      ['https://auth.tiktok-shops.com/api/v2/token/refresh', 'auth'],
      ['https://open-api.tiktokglobalshop.com/authorization/202309/shops', 'auth'],
      ['https://seller-us.tiktok.com/api/v1/seller/profile', 'other'],
      ['/api/v1/order/list', 'orders'],
      ['not a url at all', 'other'],
    ];
    for (const [url, kind] of cases) expect(apiKindOf(url), url).toBe(kind);
  });
});
