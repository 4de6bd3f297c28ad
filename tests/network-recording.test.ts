import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dropIdleNetworkRecording,
  IDLE_DROP_MS,
  isNetworkRecording,
  lastSellerTabSetting,
  NETWORK_PERMISSION,
  startNetworkRecording,
  stopNetworkRecording,
  whileNetworkRecording,
} from '@/utils/permissions/network-recording';

/** The permissions API stubbed at the module boundary: a set of held permissions and its two events. */
function stubPermissions(grant = true) {
  const held = new Set<string>();
  const added: ((p: { permissions?: string[] }) => void)[] = [];
  const removed: ((p: { permissions?: string[] }) => void)[] = [];
  const api = {
    held,
    requests: 0,
    contains: async (p: typeof NETWORK_PERMISSION) => p.permissions.every((x) => held.has(x)),
    request: async (p: typeof NETWORK_PERMISSION) => {
      api.requests++;
      if (!grant) return false;
      for (const x of p.permissions) held.add(x);
      for (const cb of added) cb(p);
      return true;
    },
    remove: async (p: typeof NETWORK_PERMISSION) => {
      const had = p.permissions.some((x) => held.has(x));
      for (const x of p.permissions) held.delete(x);
      if (had) for (const cb of removed) cb(p);
      return had;
    },
    onAdded: { addListener: (cb: (p: { permissions?: string[] }) => void) => void added.push(cb) },
    onRemoved: { addListener: (cb: (p: { permissions?: string[] }) => void) => void removed.push(cb) },
  };
  return api;
}

const NOW = 1_800_000_000_000;

describe('record network failures (optional webRequest)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for webRequest only, and remembers when', async () => {
    const api = stubPermissions();
    expect(await isNetworkRecording(api)).toBe(false);
    expect(await startNetworkRecording(api, NOW)).toBe(true);
    expect([...api.held]).toEqual(['webRequest']);
    expect(await lastSellerTabSetting.getValue()).toBe(NOW);
    expect(await stopNetworkRecording(api)).toBe(true);
    expect(await isNetworkRecording(api)).toBe(false);
  });

  it('a refused request records nothing', async () => {
    const api = stubPermissions(false);
    expect(await startNetworkRecording(api, NOW)).toBe(false);
    expect(await lastSellerTabSetting.getValue()).toBe(0);
  });

  it('is not recording where the permissions API fails', async () => {
    const broken = { ...stubPermissions(), contains: () => Promise.reject(new Error('no API')) };
    expect(await isNetworkRecording(broken)).toBe(false);
  });

  it('drops the permission after a day without a Seller Center tab, not before', async () => {
    const api = stubPermissions();
    await startNetworkRecording(api, NOW);
    expect(await dropIdleNetworkRecording(false, NOW + IDLE_DROP_MS - 1, api)).toBe(false);
    // a tab seen open restarts the day
    expect(await dropIdleNetworkRecording(true, NOW + IDLE_DROP_MS - 1, api)).toBe(false);
    expect(await dropIdleNetworkRecording(false, NOW + 2 * IDLE_DROP_MS - 2, api)).toBe(false);
    expect(api.held.has('webRequest')).toBe(true);
    expect(await dropIdleNetworkRecording(false, NOW + 2 * IDLE_DROP_MS, api)).toBe(true);
    expect(api.held.has('webRequest')).toBe(false);
  });

  it('a grant it did not make (browser UI) starts the day at the first alarm', async () => {
    const api = stubPermissions();
    api.held.add('webRequest');
    expect(await dropIdleNetworkRecording(false, NOW, api)).toBe(false);
    expect(await lastSellerTabSetting.getValue()).toBe(NOW);
    expect(await dropIdleNetworkRecording(false, NOW + IDLE_DROP_MS, api)).toBe(true);
  });

  it('does nothing when not recording', async () => {
    const api = stubPermissions();
    expect(await dropIdleNetworkRecording(false, NOW + 10 * IDLE_DROP_MS, api)).toBe(false);
    expect(api.requests).toBe(0);
  });

  it('observes only while the permission is held: at start, when granted, not after removal', async () => {
    const api = stubPermissions();
    const log: string[] = [];
    // Like Chromium: the webRequest API object exists only while the permission is held.
    const webRequest = () => (api.held.has('webRequest') ? { name: 'webRequest' } : undefined);
    const start = () => {
      log.push('start');
      return () => log.push('stop');
    };
    whileNetworkRecording(webRequest, start, api);
    expect(log).toEqual([]);
    await api.request(NETWORK_PERMISSION);
    await api.request(NETWORK_PERMISSION); // granted twice: still one set of listeners
    expect(log).toEqual(['start']);
    await api.remove(NETWORK_PERMISSION);
    expect(log).toEqual(['start', 'stop']);

    // a worker starting with the permission held registers at once (synchronously)
    const held = stubPermissions();
    held.held.add('webRequest');
    const again: string[] = [];
    whileNetworkRecording(
      () => (held.held.has('webRequest') ? {} : undefined),
      () => {
        again.push('start');
        return () => again.push('stop');
      },
      held,
    );
    expect(again).toEqual(['start']);
  });
});
