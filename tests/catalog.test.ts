import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_COUNTS,
  ERROR_CATALOG,
  guessFamily,
  hasVariants,
  lookupCode,
  NOT_TIKTOK_CODES,
  SHARED_COUNTS,
} from '@/utils/facts/error-catalog';
import { apiKindOf, BUDGET_MS, budgetOf, LATENCY_BUDGETS, MIN_BUDGET_MS } from '@/utils/facts/latency-budgets';
import { CAUSE_IDS } from '@/utils/model';

/** The shared tables, when this checkout sits beside them (CI: ../shared); the committed data is tested anyway. */
const SHARED = [resolve(__dirname, '../../shared'), '/work/shared'].find((d) =>
  existsSync(join(d, 'tiktok-error-codes.tsv')),
);
const tsv = (file: string) =>
  SHARED
    ? readFileSync(join(SHARED as string, file), 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l.trim() !== '')
        .map((l) => l.split('\t'))
    : [];

describe('error catalog', () => {
  it('has every code from TIKTOK_FACTS.md and the first version, each with a cause, a fix and a source', () => {
    const codes = new Set(ERROR_CATALOG.map((e) => e.code));
    for (const code of [
      105001, 105002, 105005, 106001, 106013, 101000, 36004004, 36004005, 36004001, 36009002, 36009037, 36009003,
      36009004, 36009007, 36009009, 36009010, 36009014, 36009021, 36009022, 36009023, 36009033, 36009043, 36009044,
      66009315, 98001004, 12019150, 12052023, 12052024, 12052931, 12019022, 12019045, 12052093, 12052201, 12052223,
      12052220, 12052995, 10002014, 10002015, 10037002, 10037003, 10037004, 10006402, 21008111,
    ])
      expect(codes.has(code), String(code)).toBe(true);
    for (const e of ERROR_CATALOG) {
      expect([...CAUSE_IDS, 'integration'], String(e.code)).toContain(e.cause);
      expect(e.fix.length, String(e.code)).toBeGreaterThan(0);
      expect(e.source).not.toBe('');
      expect(e.meaning.length, String(e.code)).toBeGreaterThan(8);
      expect(e.area).not.toBe('');
      expect(['seller', 'integrator', 'tiktok', 'support']).toContain(e.actor);
    }
    for (const code of NOT_TIKTOK_CODES) expect(lookupCode(code)).toBeUndefined();
  });

  it('was generated from the shared tables now beside it (row counts match)', () => {
    if (!SHARED) return;
    expect(tsv('tiktok-error-codes.tsv')).toHaveLength(SHARED_COUNTS.codes);
    expect(tsv('tiktok-error-code-variants.tsv')).toHaveLength(SHARED_COUNTS.variantMessages);
  });

  it('resolves every row of the shared code table to a meaning, a cause or integration, and fix steps', () => {
    const rows = tsv('tiktok-error-codes.tsv');
    for (const [code, message] of rows) {
      const e = lookupCode(Number(code), message);
      expect(e, code).toBeDefined();
      expect(e?.meaning.length, code).toBeGreaterThan(8);
      expect(e?.fix.length, code).toBeGreaterThan(0);
      expect(e?.cause, code).toBeTruthy();
    }
    expect(CATALOG_COUNTS.codes).toBe(SHARED_COUNTS.codes + 4); // + 36009037, 36009043, 36009044, 66009315
  });

  it('resolves every documented message variant, telling apart the codes with several meanings', () => {
    const rows = tsv('tiktok-error-code-variants.tsv');
    for (const [code, message] of rows) {
      const e = lookupCode(Number(code), message);
      expect(e?.fix.length, `${code} ${message}`).toBeGreaterThan(0);
      if (hasVariants(Number(code))) expect(e?.variant, `${code} ${message}`).toBeDefined();
    }
    const distinct = (code: number, messages: string[]) => new Set(messages.map((m) => lookupCode(code, m)?.meaning));
    expect(
      distinct(10007014, ['package in freeze status', 'invalid package id', 'order not in sof service']).size,
    ).toBe(3);
    expect(lookupCode(21021010, 'Package item has after-sale request')?.meaning).toMatch(/after-sale/);
    expect(lookupCode(21021010, 'Failed to ship. You may cancel the order')?.meaning).toMatch(/address/);
    expect(lookupCode(45101001, 'Invalid parameter. Please check the parameters.')?.cause).toBe('integration');
    expect(lookupCode(45101001, 'Internal error. Please try again later')?.retry).toBe(true);
    // rewordings of one meaning keep it
    expect(lookupCode(105002, 'access token is expired, please refresh it')?.meaning).toBe(lookupCode(105002)?.meaning);
  });

  it('tells the 36009004 variants apart by message', () => {
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

  it('says "shop_cipher not required" means remove it, and Create Product\'s "invalid param error" is the product', () => {
    const notRequired = lookupCode(
      36009004,
      'Unexpected identifier. The `shop_cipher` query parameter is not required for this request.',
    );
    expect(notRequired?.variant).toBe('shop_cipher not required');
    expect(notRequired?.fix[0]).toMatch(/^Remove shop_cipher/);
    expect(notRequired?.fix.join(' ')).not.toMatch(/authorization\/202309\/shops for this token/);
    const param = lookupCode(36009004, 'invalid param error');
    expect(param?.cause).toBe('listing');
    expect(param?.fix.join(' ')).toMatch(/Create Product/);
  });

  it('knows 105001: the seller deauthorized the app', () => {
    const e = lookupCode(105001, 'access token is invalid; detail:your token has been deauthorized');
    expect(e).toMatchObject({ cause: 'account', actor: 'seller', retry: false, family: 'auth-token' });
    expect(e?.fix[0]).toMatch(/authorize the app again/);
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
    expect(lookupCode(36009003)).toMatchObject({ cause: 'platform', retry: true, actor: 'tiktok' });
    expect(lookupCode(36009002)?.httpStatus).toBe(429);
    expect(lookupCode(21008099)?.cause).toBe('integration'); // package already shipped: the request, not the seller
  });

  it("builds fixes from the family template plus the code's own steps", () => {
    const e = lookupCode(12019100);
    expect(e?.fix.length).toBeGreaterThan(1);
    expect(e?.fix.at(-1)).toMatch(/send it again|category rules/);
  });

  it('guesses the family of an unknown code from its prefix', () => {
    expect(guessFamily(12052999)?.family).toBe('listing-product');
    expect(guessFamily(21011999)?.family).toBe('fulfillment-logistics');
    expect(guessFamily(42)).toBeUndefined();
  });
});

describe('latency budgets', () => {
  it('follows the seed article and has a source for each', () => {
    expect(budgetOf('checkout')).toBe(500);
    expect(budgetOf('payment')).toBe(500);
    expect(budgetOf('inventory')).toBe(700);
    expect(budgetOf('orders')).toBe(900);
    expect(MIN_BUDGET_MS).toBe(500);
    expect(MIN_BUDGET_MS).toBe(Math.min(...Object.values(BUDGET_MS)));
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
