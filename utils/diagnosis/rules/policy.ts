/** Policy: TikTok refuses a listing or the shop over its rules (prohibited or restricted goods, brands). */
import { codeFindings } from '../coded';
import type { Rule } from '../types';
import { toastFindings } from './common';

export const policy: Rule = {
  id: 'policy',
  unknownWhy: 'No policy code or violation notice seen; only Account Health shows violations.',
  evaluate(ctx) {
    return { findings: [...codeFindings(ctx, 'policy'), ...toastFindings(ctx, 'policy')] };
  },
};
