/** Listing: product data TikTok rejects (fields, category, images, price, stock). */
import { codeFindings, plainHttp, unknownCoded } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import type { Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'listing',
  unknownWhy: 'No product error seen; open the listing in Seller Center to see its status.',
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
          (_st, where) => `Product and inventory calls returned error codes ${where}`,
        ),
        ...statusFinding(
          ctx,
          tooLarge,
          'image-upload',
          { perEndpoint: 0.6, cap: 1.2 },
          (st, where) => `Uploads were rejected (HTTP ${st}) ${where}: the file is too large or of the wrong type`,
        ),
        ...toastFindings(ctx, 'listing', 0.5),
      ],
    };
  },
};
