/** Policy: TikTok refuses a listing or the shop over its rules (prohibited or restricted goods, brands). */
import { codeFindings } from '../../diagnosis/coded';
import { toastFindings } from '../../diagnosis/common';
import type { Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'policy',
  unknownWhy: 'dx.policy.unknown',
  evaluate(ctx) {
    return { findings: [...codeFindings(ctx, 'policy'), ...toastFindings(ctx, 'policy')] };
  },
};
