/**
 * The causes, one line each, in the contract's order (CAUSE_IDS: ties in the ranking keep it). A new cause is one
 * folder under utils/causes/ (the parts tests/house-rules.test.ts asks for) and one line here.
 */
import { account } from './account';
import { appVersion } from './app-version';
import { cache } from './cache';
import { connectivity } from './connectivity';
import { geo } from './geo';
import { listing } from './listing';
import { payment } from './payment';
import { platform } from './platform';
import { policy } from './policy';
import type { CauseModule } from './shared/types';

export const CAUSES: readonly CauseModule[] = [
  connectivity,
  policy,
  payment,
  listing,
  account,
  platform,
  appVersion,
  geo,
  cache,
];
