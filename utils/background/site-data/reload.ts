import { openSellerTabs, type TabsLike } from './origins';

/** Reload every open Seller Center tab, so pages fetch fresh files after a clear. */
export async function reloadSellerTabs(
  tabs: TabsLike & { reload(tabId: number): Promise<void> },
): Promise<{ reloaded: number }> {
  const open = await openSellerTabs(tabs);
  const results = await Promise.allSettled(open.map((t) => tabs.reload(t.id)));
  return { reloaded: results.filter((r) => r.status === 'fulfilled').length };
}
