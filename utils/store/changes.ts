/**
 * Tells open extension pages that history changed, so the popup follows new events live without a database
 * library of its own. Coalesced: an error storm becomes one announcement per interval, naming the tables.
 */
import type { RetainedTable } from './retention';
import { onStoreWrite } from './writes';

export const ANNOUNCE_MS = 250;

/** Start announcing writes through `send` (the background passes `sendMessage('store/changed', ...)`). */
export function announceStoreChanges(send: (tables: string[]) => Promise<unknown>, delayMs = ANNOUNCE_MS): void {
  let pending: Set<RetainedTable> | undefined;
  onStoreWrite((table) => {
    if (pending) {
      pending.add(table);
      return;
    }
    pending = new Set([table]);
    setTimeout(() => {
      const tables = [...(pending ?? [])];
      pending = undefined;
      // No page open is the usual case: nobody to tell.
      send(tables).catch(() => undefined);
    }, delayMs);
  });
}
