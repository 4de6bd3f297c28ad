/** Account: the shop or seller account is restricted, unverified, or a connected app lost its authorization. */
import { codeFindings, plainHttp, unknownCoded } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import type { Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'account',
  unknownWhy: 'No account error seen; only Account Health in Seller Center can tell for sure.',
  evaluate(ctx) {
    const unauthorized = plainHttp(ctx, (s) => s === 401 || s === 403);
    return {
      findings: [
        ...codeFindings(ctx, 'account', 1, { 'account-deactivated': 1.5 }),
        ...statusFinding(
          ctx,
          unauthorized,
          'unauthorized',
          { perEndpoint: 0.4, cap: 1.2 },
          (st, where) =>
            `Seller Center refused access (HTTP ${st}) ${where}: the session or the account may be restricted`,
        ),
        ...statusFinding(
          ctx,
          unknownCoded(ctx, ['auth']),
          'unauthorized',
          { perEndpoint: 0.4, cap: 0.8 },
          (_st, where) => `Sign-in and authorization calls returned errors ${where}`,
        ),
        ...toastFindings(ctx, 'account'),
      ],
    };
  },
};
