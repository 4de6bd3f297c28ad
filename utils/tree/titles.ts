/** The nine causes' names as the seller reads them: the first screen needs only these. */
import type { CauseId } from '../model';

export const CAUSE_TITLES: Record<CauseId, string> = {
  connectivity: 'Connection to TikTok',
  policy: 'Policy violation',
  payment: 'Payments and checkout',
  listing: 'Product listings',
  account: 'Account status',
  platform: 'TikTok platform problem',
  'app-version': 'Outdated browser or app',
  geo: 'Region restriction',
  cache: 'Cache and site data',
};
