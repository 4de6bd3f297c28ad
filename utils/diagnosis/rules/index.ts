import type { CauseId } from '../../model';
import type { Rule } from '../types';
import { account } from './account';
import { appVersion } from './app-version';
import { cache } from './cache';
import { connectivity } from './connectivity';
import { geo } from './geo';
import { listing } from './listing';
import { payment } from './payment';
import { platform } from './platform';
import { policy } from './policy';

/** One rule per cause, keyed by cause id so that a missing rule is a type error. */
export const RULES: Record<CauseId, Rule> = {
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
