import type { DoctorDb } from '../../store';
import { buildRemoval, type Platform, type SiteDataType } from './options';
import { computeOrigins, type SiteOrigins, type TabsLike } from './origins';

/** What a clear would touch right now: shown in the confirmation before anything is removed. */
export interface ClearPlan {
  platform: Platform;
  origins: SiteOrigins;
  /** types removed without the cookie option */
  types: SiteDataType[];
  /** types this browser cannot remove per site */
  unsupported: SiteDataType[];
}

export async function planClear(tabs: TabsLike, database: DoctorDb, platform: Platform): Promise<ClearPlan> {
  const origins = await computeOrigins(tabs, database);
  const { types, unsupported } = buildRemoval(platform, origins.all, false);
  return { platform, origins, types, unsupported };
}
