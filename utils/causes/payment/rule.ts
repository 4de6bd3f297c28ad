/** Payment: checkout and payout trouble (gateway errors, unlinked accounts, declines, billing). */
import { codeFindings, plainHttp, unknownCoded } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import { ofKind } from '../../diagnosis/context';
import { sortedStatuses } from '../../diagnosis/groups';
import type { Rule } from '../../diagnosis/types';

const PAYMENT_KINDS = ['checkout', 'payment'] as const;
const OTHER_CAUSE = new Set([401, 403, 407, 429, 431, 451]);
const isPaymentKind = (k: string | undefined) => k === 'checkout' || k === 'payment';

export const rule: Rule = {
  id: 'payment',
  unknownWhy: 'dx.payment.unknown',
  evaluate(ctx) {
    // A checkout that failed because the server failed (5xx, no response) is weaker evidence for payment: in an
    // outage every call fails, checkout included, and the platform rule counts those.
    // Statuses another cause explains (session, proxy, rate limit, cookies, region) are not payment evidence.
    const checkouts = ofKind(ctx, 'checkout-failure').filter((g) => !OTHER_CAUSE.has(g.sample.status ?? -1));
    const serverSide = (s: number | undefined) => s !== undefined && (s === 0 || s >= 500);
    const failedCalls = [
      ...plainHttp(
        ctx,
        (s, g) => g.kind !== 'checkout-failure' && !OTHER_CAUSE.has(s) && isPaymentKind(g.sample.apiKind),
      ),
      ...unknownCoded(ctx, PAYMENT_KINDS).filter((g) => g.kind !== 'checkout-failure'),
      ...checkouts.filter((g) => serverSide(g.sample.status)),
    ];
    const slow = ofKind(ctx, 'slow-api').filter((g) => isPaymentKind(g.sample.apiKind));
    return {
      findings: [
        ...statusFinding(
          ctx,
          checkouts.filter((g) => !serverSide(g.sample.status)),
          'checkout-failure',
          { perEndpoint: 1, cap: 2 },
          'dx.payment.checkout',
        ),
        ...codeFindings(ctx, 'payment'),
        ...statusFinding(
          ctx,
          failedCalls,
          'payment-api-error',
          { perEndpoint: 0.5, cap: 1.5 },
          sortedStatuses(failedCalls).length > 0 ? 'dx.payment.calls' : 'dx.payment.calls.plain',
        ),
        ...statusFinding(ctx, slow, 'checkout-slow', { perEndpoint: 0.3, cap: 0.6 }, 'dx.payment.slow', {
          ms: Math.max(0, ...slow.map((g) => g.sample.durationMs ?? 0)),
        }),
        ...toastFindings(ctx, 'payment'),
      ],
    };
  },
};
