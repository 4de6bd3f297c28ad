/** Listing: product data TikTok rejects (fields, category, images, price, stock). */
import { codeFindings, plainHttp, unknownCoded } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import type { Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'listing',
  unknownWhy: 'dx.listing.unknown',
  evaluate(ctx) {
    const tooLarge = plainHttp(ctx, (s, g) => s === 413 || (s === 415 && g.sample.apiKind === 'product'));
    return {
      findings: [
        ...codeFindings(ctx, 'listing'),
        ...statusFinding(
          ctx,
          unknownCoded(ctx, ['product', 'inventory']),
          'product-api-error',
          { perEndpoint: 0.4, cap: 0.8 },
          'dx.listing.api-errors',
        ),
        ...statusFinding(ctx, tooLarge, 'image-upload', { perEndpoint: 0.6, cap: 1.2 }, 'dx.listing.upload'),
        ...toastFindings(ctx, 'listing', 0.5),
      ],
    };
  },
};
