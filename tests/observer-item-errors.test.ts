/** Per-item errors seen in Seller Center: the hook passes their codes, the content side turns each into evidence. */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { itemEvents } from '@/utils/content/item-events';
import { cleanItem } from '@/utils/content/page-bridge';
import { convertItem } from '@/utils/content/to-events';
import { diagnose } from '@/utils/diagnosis';
import { findingText } from '@/utils/diagnosis/render';
import { envelopeOf } from '@/utils/hook/envelope';
import { hasItemHint, ITEM_HINT } from '@/utils/hook/item-codes';
import type { RequestItem } from '@/utils/hook/wire';
import type { ObservedEvent } from '@/utils/model';
import { ev, NOW } from './diagnosis-fixtures';

const PAGE = { url: 'https://seller-us.tiktok.com/product/manage', host: 'seller-us.tiktok.com' };
const batchBody = JSON.stringify({
  code: 0,
  message: 'Success',
  request_id: 'R1',
  data: {
    errors: [
      { code: 12052023, message: 'category does not exist', detail: { product_id: '1' } },
      { code: 12052931, message: 'title invalid', detail: { product_id: '2' } },
      { code: 12052023, message: 'category does not exist', detail: { product_id: '3' } },
    ],
  },
});

describe('the hook reads per-item codes of a code-0 batch response', () => {
  it('passes distinct item codes and no top-level code', () => {
    expect(envelopeOf(batchBody, true)).toEqual({ msg: 'Success', rid: 'R1', ic: [12052023, 12052931] });
  });

  it('still skips a clean success without parsing lists it has no reason to read', () => {
    expect(envelopeOf('{"code":0,"message":"Success","data":{"products":[{"id":"1"}]}}', true)).toBeUndefined();
    expect(envelopeOf('{"code":0,"data":{"errors":[]}}', true)).toBeUndefined();
  });
});

describe('the content side', () => {
  const item = {
    t: 'r',
    m: 'POST',
    u: '/api/v1/product/batch_edit',
    s: 200,
    d: 120,
    ic: [12052023, 12052931],
    msg: 'Success',
    rid: 'R1',
    n: 1,
    a: 1_000,
    z: 1_000,
  } satisfies RequestItem;

  it('validates the item codes from the page (integers, not 0, at most 16, distinct)', () => {
    expect((cleanItem(item) as RequestItem).ic).toEqual([12052023, 12052931]);
    const noisy = cleanItem({ ...item, ic: [0, 'x', 1.5, 7, 7, ...Array.from({ length: 30 }, (_, i) => i + 100)] });
    expect((noisy as RequestItem).ic).toEqual([7, ...Array.from({ length: 14 }, (_, i) => i + 100)]);
    expect((cleanItem({ ...item, ic: 'nope' }) as RequestItem).ic).toBeUndefined();
  });

  it('turns each item code into an api-error event', () => {
    const main = convertItem(item, PAGE)?.event;
    expect(main).toMatchObject({ kind: 'api-error', code: 12052023, status: 200, requestId: 'R1' });
    const more = itemEvents(item, main);
    expect(more).toHaveLength(1);
    expect(more[0]).toMatchObject({ kind: 'api-error', code: 12052931, url: main?.url, requestId: 'R1' });
  });

  it('lets the diagnosis count them', () => {
    const main = convertItem(item, PAGE)?.event as ObservedEvent;
    const events = [main, ...itemEvents(item, main)];
    const d = diagnose(
      CAUSES,
      events.map((e) => ev(e.kind, e)),
      [],
      [],
      NOW,
    );
    const listing = d.causes.find((c) => c.id === 'listing');
    expect(listing?.status).not.toBe('clear');
    expect(listing?.evidence.map((e) => findingText(e)).join(' ')).toMatch(/12052023.*12052931/);
  });
});

describe('hasItemHint (the cheap pre-check before the regex)', () => {
  it('agrees with ITEM_HINT on bodies with and without error lists', () => {
    const bodies = [
      '{"code":0,"data":{"products":[{"id":"1"}]}}',
      '{"code":0,"data":{"errors":[{"code":12052220}]}}',
      '{"code":0,"data":{"errors" : [ {"code":1}]}}',
      '{"code":0,"data":{"errors":[]}}',
      '{"code":0,"data":{"fail_packages":[{"fail_code":21011001}]}}',
      '{"code":0,"data":{"fail_reasons":["x"]}}',
      '{"code":0,"data":{"products":[{"extra_errors":[{"code":3}]}]}}',
      '{"code":0,"message":"no errors\\" here","data":{}}',
      '{"code":0,"data":{"my_errors":[{"code":1}]}}',
      '',
    ];
    for (const b of bodies) expect(hasItemHint(b), b).toBe(ITEM_HINT.test(b));
  });
});
