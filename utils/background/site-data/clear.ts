/**
 * Clear the Seller Center's site data, and nothing else: measure, remove through `browsingData` with an origins
 * (Chrome) or hostnames (Firefox) filter, measure again, and keep the record in history. A failure never widens
 * the filter or retries another way; it ends as a record with `ok: false` and a message a seller can act on.
 */
import { browser } from 'wxt/browser';
import type { ClearRecord } from '../../model';
import { addClearRecord, type DoctorDb } from '../../store';
import { type AskTab, type CookiesLike, countCookies, measureOrigins, TimeoutError, withTimeout } from './measure';
import { buildRemoval, currentPlatform, type Platform, type Removal, type RemovalOptions } from './options';
import { computeOrigins, openSellerTabs, type TabsLike } from './origins';
import { measureTabStorage } from './tab-storage';

/** A removal can take seconds; past this the seller hears about it instead of waiting on a spinner. */
export const CLEAR_TIMEOUT_MS = 20_000;

export interface BrowsingDataLike {
  remove(options: RemovalOptions, dataTypes: Removal['dataTypes']): Promise<void>;
}

export interface ClearDeps {
  tabs: TabsLike;
  database: DoctorDb;
  /** undefined when the browser did not grant `browsingData` */
  browsingData: BrowsingDataLike | undefined;
  cookies: CookiesLike | undefined;
  ask: AskTab;
  platform: Platform;
  timeoutMs?: number;
  now?: () => number;
}

export const MISSING_PERMISSION =
  'The browser did not give this extension the "browsingData" permission, so nothing was cleared. ' +
  "Reinstall the extension, or clear the data from the browser's site settings.";

function failureMessage(err: unknown, timeoutMs: number): string {
  if (err instanceof TimeoutError) {
    return (
      `Clearing did not finish within ${Math.round(timeoutMs / 1000)} s. The browser may still complete it in the ` +
      'background: wait a minute, reload Seller Center and clear again if it still misbehaves.'
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return `The browser could not clear the data (${detail}). Some of it may already be gone; no other site was touched.`;
}

export async function clearSiteData(deps: ClearDeps, request: { includeCookies?: unknown }): Promise<ClearRecord> {
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? CLEAR_TIMEOUT_MS;
  const includeCookies = request.includeCookies === true;
  const started = now();
  const origins = await computeOrigins(deps.tabs, deps.database);
  const removal = buildRemoval(deps.platform, origins.all, includeCookies);

  const measure = async () => {
    const tabs = await openSellerTabs(deps.tabs).catch(() => []);
    const [storage, cookies] = await Promise.all([
      measureOrigins(origins.seller, tabs, deps.ask),
      countCookies(deps.cookies, origins.cookieDomains),
    ]);
    return { storage, cookies };
  };

  const before = await measure();
  let error: string | undefined;
  if (!deps.browsingData || typeof deps.browsingData.remove !== 'function') {
    error = MISSING_PERMISSION;
  } else {
    try {
      await withTimeout(deps.browsingData.remove(removal.options, removal.dataTypes), timeoutMs, 'clear timed out');
    } catch (err) {
      error = failureMessage(err, timeoutMs);
    }
  }
  // Measured after a failure too: a removal that timed out may have done part of its work.
  const after = await measure();

  const record: ClearRecord = {
    at: started,
    ok: error === undefined,
    origins: origins.all,
    includeCookies,
    dataTypes: removal.types,
    before: before.storage,
    after: after.storage,
    cookiesBefore: before.cookies?.count,
    cookiesAfter: after.cookies?.count,
    cookieBytesBefore: before.cookies?.bytes,
    cookieBytesAfter: after.cookies?.bytes,
    unsupported: removal.unsupported,
    durationMs: now() - started,
    ...(error === undefined ? {} : { error }),
  };
  try {
    record.id = await addClearRecord(deps.database, record);
  } catch (err) {
    // The clear itself happened; losing its history row must not hide the result from the seller.
    console.warn('[tsd] could not store the clear record', err);
  }
  return record;
}

/** The dependencies from the real browser, for the background. */
export function browserClearDeps(database: DoctorDb): ClearDeps {
  return {
    tabs: browser.tabs,
    database,
    // Chrome's typings lack Firefox's `hostnames`; the namespace is absent when the permission is missing.
    browsingData: browser.browsingData as unknown as BrowsingDataLike | undefined,
    cookies: browser.cookies,
    ask: (tabId) => measureTabStorage(tabId),
    platform: currentPlatform(),
  };
}
