/** The API doctor reads every paste shape and lists every error, per-item errors of batch responses included. */
import { describe, expect, it } from 'vitest';
import { explainPaste } from '@/utils/api-doctor/explain-paste';
import { itemErrors } from '@/utils/api-doctor/item-errors';
import { itemCodes } from '@/utils/hook/item-codes';

import { failPackages, RID } from './helpers/api-pastes';

const batch = {
  code: 0,
  message: 'Success',
  request_id: RID,
  data: {
    errors: [
      { code: 12052048, message: 'The product is not in this shop', detail: { product_id: '1729384756' } },
      { code: '36020001', message: 'Invalid order_id', detail: { order_id: '5771' } },
    ],
  },
};
const productsFailReasons = {
  code: 0,
  message: 'Success',
  request_id: RID,
  data: { products: [{ product_id: '99', fail_reasons: [{ code: 12052700, message: 'Product title invalid' }] }] },
};

describe('per-item errors', () => {
  it('finds data.errors[], fail_packages[] and products[].fail_reasons[] with their item ids', () => {
    expect(itemErrors(batch)).toEqual([
      {
        code: 12052048,
        message: 'The product is not in this shop',
        itemId: 'product_id 1729384756',
        where: 'data.errors[0]',
      },
      { code: 36020001, message: 'Invalid order_id', itemId: 'order_id 5771', where: 'data.errors[1]' },
    ]);
    expect(itemErrors(failPackages).map((e) => [e.code, e.itemId])).toEqual([
      [21008099, 'package_id 1153'],
      [21011044, 'package_id 1154'],
    ]);
    expect(itemErrors(productsFailReasons)).toMatchObject([
      { code: 12052700, itemId: 'product_id 99', where: 'data.products[0].fail_reasons[0]' },
    ]);
    expect(itemErrors({ code: 0, data: { orders: [{ id: '1', status: 'AWAITING_SHIPMENT' }] } })).toEqual([]);
  });

  it('lists per-item errors of a top-level code 0 instead of answering "Success"', () => {
    const r = explainPaste(JSON.stringify(batch));
    expect(r.items).toHaveLength(2);
    expect(r.items.map((e) => e.status)).toEqual(['explained', 'explained']);
    expect(r.items[0]).toMatchObject({ code: 12052048, itemId: 'product_id 1729384756', where: 'data.errors[0]' });
    expect(r.items[0]?.title).toMatch(/^Item error \(product_id 1729384756\)/);
    expect(r.items[0]?.notes.join(' ')).toMatch(/top-level code is 0, yet 2 items failed/);
    expect(r.items[1]?.code).toBe(36020001);
    expect(r.summary).toMatch(/^2 errors found \(2 per-item\)/);
    const ship = explainPaste(JSON.stringify(failPackages));
    expect(ship.items.map((e) => e.code)).toEqual([21008099, 21011044]);
    expect(ship.items[0]?.cause).toBe('integration');
    expect(explainPaste(JSON.stringify(productsFailReasons)).items[0]?.meaning).toMatch(/title/);
  });

  it('still says success for a clean code 0', () => {
    const r = explainPaste(JSON.stringify({ code: 0, message: 'Success', request_id: RID, data: { orders: [] } }));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]?.status).toBe('ok');
  });

  it('is what the page hook reads too (codes only, bounded)', () => {
    expect(itemCodes(batch.data)).toEqual([12052048, 36020001]);
    expect(itemCodes(failPackages.data)).toEqual([21008099, 21011044]);
    expect(itemCodes(productsFailReasons.data)).toEqual([12052700]);
    expect(itemCodes({ list: Array.from({ length: 50 }, (_, i) => ({ errors: [{ code: 1000 + i }] })) })).toHaveLength(
      16,
    );
  });
});

describe('paste shapes', () => {
  it('reads `curl -i` output, skipping 100 Continue', () => {
    const curl = [
      `$ curl -i -X POST 'https://open-api.tiktokglobalshop.com/product/202309/products?app_key=abc'`,
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/2 401',
      'content-type: application/json',
      `x-tt-logid: ${RID}`,
      '',
      JSON.stringify({ code: 105002, message: 'Expired credentials.', request_id: RID, data: null }),
    ].join('\n');
    const r = explainPaste(curl);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ status: 'explained', code: 105002, httpStatus: 401, requestId: RID });
  });

  it('reads `curl -v` output', () => {
    const v = `> POST /order/202309/orders/search HTTP/2\n> Host: open-api.tiktokglobalshop.com\n>\n< HTTP/2 200\n< content-type: application/json\n<\n${JSON.stringify({ code: 36009004, message: 'Invalid credentials. Invalid `app_key` query parameter.', request_id: RID })}`;
    const r = explainPaste(v);
    expect(r.items[0]).toMatchObject({ code: 36009004, httpStatus: 200 });
    expect(r.items[0]?.title).toMatch(/app_key/);
  });

  it('reads a HAR entry and a whole HAR, listing only what failed', () => {
    const entry = (url: string, status: number, body: unknown) => ({
      request: { method: 'POST', url },
      response: {
        status,
        headers: [{ name: 'X-Tt-Logid', value: RID }],
        content: { mimeType: 'application/json', text: JSON.stringify(body) },
      },
    });
    const one = entry('https://open-api.tiktokglobalshop.com/fulfillment/202309/packages/ship', 200, failPackages);
    const r1 = explainPaste(JSON.stringify(one));
    expect(r1.items.map((e) => e.code)).toEqual([21008099, 21011044]);
    expect(r1.items[0]?.title).toMatch(/^HAR entry 1 \(POST \/fulfillment\/202309\/packages\/ship\)/);
    const har = {
      log: {
        entries: [
          entry('https://x.test/ok', 200, { code: 0, message: 'Success', data: {} }),
          entry('https://x.test/a', 429, { code: 36009002, message: 'request is limited', request_id: RID }),
          entry('https://x.test/b', 200, { code: 12052023, message: 'category does not exist', request_id: RID }),
        ],
      },
    };
    const r = explainPaste(JSON.stringify(har));
    expect(r.items.map((e) => e.code)).toEqual([36009002, 12052023]);
    expect(r.items[0]?.httpStatus).toBe(429);
    expect(r.summary).toMatch(/2 errors found in 2 responses/);
  });

  it('reads several errors pasted at once: JSON bodies one after another, and log lines', () => {
    const two = `${JSON.stringify({ code: 105002, message: 'x', request_id: RID })}\n${JSON.stringify({ code: 36009033, message: 'ip', request_id: RID })}`;
    expect(explainPaste(two).items.map((e) => e.code)).toEqual([105002, 36009033]);
    const log = `2025-01-02 10:00:01 ERROR tiktok status=401 {"code":105001,"message":"access token is invalid","request_id":"${RID}"}\n2025-01-02 10:00:02 ERROR tiktok status=200 {"code":12052023,"message":"category does not exist"}`;
    const r = explainPaste(log);
    expect(r.items.map((e) => [e.code, e.httpStatus])).toEqual([
      [105001, 401],
      [12052023, 200],
    ]);
    expect(explainPaste('36009004\n105002\n12052023').items.map((e) => e.code)).toEqual([36009004, 105002, 12052023]);
  });

  it('keeps one answer for the shapes it read before (one body, bare code, bad input)', () => {
    expect(explainPaste('105002').items).toHaveLength(1);
    expect(explainPaste('{"code": 401}').items[0]?.httpStatus).toBe(401);
    expect(explainPaste('').items[0]?.status).toBe('invalid');
    expect(explainPaste('hello there').items[0]?.status).toBe('invalid');
  });
});
