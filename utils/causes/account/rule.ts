/** Account: the shop or seller account is restricted, unverified, or a connected app lost its authorization. */
import { codeFindings, plainHttp, unknownCoded } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import type { Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'account',
  unknownWhy: 'dx.account.unknown',
  evaluate(ctx) {
    const unauthorized = plainHttp(ctx, (s) => s === 401 || s === 403);
    return {
      findings: [
        ...codeFindings(ctx, 'account', 1, { 'account-deactivated': 1.5 }),
        ...statusFinding(ctx, unauthorized, 'unauthorized', { perEndpoint: 0.4, cap: 1.2 }, 'dx.account.refused'),
        ...statusFinding(
          ctx,
          unknownCoded(ctx, ['auth']),
          'unauthorized',
          { perEndpoint: 0.4, cap: 0.8 },
          'dx.account.auth-errors',
        ),
        ...toastFindings(ctx, 'account'),
      ],
    };
  },
};
