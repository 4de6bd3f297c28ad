/** The whole troubleshooting tree, keyed by cause, with lookups the walk and the diagnosis use. */
import type { CauseId } from '../model';
import { account } from './causes/account';
import { appVersion } from './causes/app-version';
import { cache } from './causes/cache';
import { connectivity } from './causes/connectivity';
import { geo } from './causes/geo';
import { listing } from './causes/listing';
import { payment } from './causes/payment';
import { platform } from './causes/platform';
import { policy } from './causes/policy';
import type { CauseNode, SubCause } from './types';

export const TREE: Record<CauseId, CauseNode> = {
  connectivity,
  policy,
  payment,
  listing,
  account,
  platform,
  'app-version': appVersion,
  geo,
  cache,
};

export { FAQ, TIPS } from './faq';
export { findOption, findQuestion, QUESTIONS } from './questions';
export { CAUSE_TITLES } from './titles';
export type * from './types';

const subCauses = new Map<string, SubCause>();
for (const node of Object.values(TREE)) for (const s of node.subCauses) subCauses.set(s.id, s);

export function findSubCause(id: string): SubCause | undefined {
  return subCauses.get(id);
}
