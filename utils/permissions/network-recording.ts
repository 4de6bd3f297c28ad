/**
 * "Record network failures": the optional `webRequest` permission. Holding it, even with no listener, makes
 * Chromium route every request of every site through the browser process (about 0.7 ms each, measured), so it is
 * not asked for at install: the seller turns it on while troubleshooting (settings, or the offer a check makes
 * when it finds connectivity trouble) and it is dropped again when turned off or after a day without a Seller
 * Center tab. Without it the diagnosis still works from the probes and the page hook; it only misses failures of
 * pages that never load and the exact kind (DNS, refused, TLS...) of failed requests.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export const NETWORK_PERMISSION = { permissions: ['webRequest'] };
/** Dropped after this long without an open Seller Center tab. */
export const IDLE_DROP_MS = 24 * 3_600_000;

/** When a Seller Center tab was last seen open while recording (the alarm writes it). */
export const lastSellerTabSetting = storage.defineItem<number>('local:networkRecordingLastSellerTab', {
  fallback: 0,
});

interface PermissionsApi {
  contains(p: typeof NETWORK_PERMISSION): Promise<boolean>;
  request(p: typeof NETWORK_PERMISSION): Promise<boolean>;
  remove(p: typeof NETWORK_PERMISSION): Promise<boolean>;
}

const permissions = (): PermissionsApi => browser.permissions as unknown as PermissionsApi;

/** False also where the permissions API is missing or fails: then nothing is recorded either. */
export async function isNetworkRecording(api?: PermissionsApi): Promise<boolean> {
  try {
    return await (api ?? permissions()).contains(NETWORK_PERMISSION);
  } catch {
    return false;
  }
}

/**
 * Ask for the permission. Call it first thing in a click handler: the browser needs the click's user gesture,
 * which an earlier `await` would lose. Chrome grants `webRequest` without a prompt (it carries no warning).
 */
export async function startNetworkRecording(api: PermissionsApi = permissions(), now = Date.now()): Promise<boolean> {
  const granted = await api.request(NETWORK_PERMISSION);
  if (granted) await lastSellerTabSetting.setValue(now);
  return granted;
}

export function stopNetworkRecording(api: PermissionsApi = permissions()): Promise<boolean> {
  return api.remove(NETWORK_PERMISSION);
}

/**
 * Called by the periodic alarm: note an open Seller Center tab, or drop the permission once none was seen for a
 * day. Returns true when it dropped it.
 */
export async function dropIdleNetworkRecording(
  sellerTabOpen: boolean,
  now = Date.now(),
  api: PermissionsApi = permissions(),
): Promise<boolean> {
  if (!(await isNetworkRecording(api))) return false;
  if (sellerTabOpen) {
    await lastSellerTabSetting.setValue(now);
    return false;
  }
  const last = await lastSellerTabSetting.getValue();
  // A grant from before this setting existed (or from the browser's own UI): start the day now.
  if (last === 0) {
    await lastSellerTabSetting.setValue(now);
    return false;
  }
  if (now - last < IDLE_DROP_MS) return false;
  return stopNetworkRecording(api);
}

interface PermissionEvents {
  onAdded: { addListener(cb: (p: { permissions?: string[] }) => void): void };
  onRemoved: { addListener(cb: (p: { permissions?: string[] }) => void): void };
}

/**
 * Run `start` while the permission is held: at once when it is (MV3 wants listeners registered synchronously at
 * worker start, and the API object exists only while the permission is held), and whenever it is granted later;
 * stop when it is removed. `api()` returns the webRequest API or undefined.
 */
export function whileNetworkRecording<Api>(
  api: () => Api | undefined,
  start: (api: Api) => () => void,
  events: PermissionEvents = browser.permissions as unknown as PermissionEvents,
): void {
  let stop: (() => void) | undefined;
  const begin = () => {
    const a = api();
    if (a && !stop) stop = start(a);
  };
  const has = (p: { permissions?: string[] }) => p.permissions?.includes('webRequest') === true;
  begin();
  events.onAdded.addListener((p) => {
    if (has(p)) begin();
  });
  events.onRemoved.addListener((p) => {
    if (!has(p)) return;
    try {
      stop?.();
    } catch {
      // the browser already took the API (and its listeners) away with the permission
    }
    stop = undefined;
  });
}
