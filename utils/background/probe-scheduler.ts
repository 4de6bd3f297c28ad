/**
 * When probes run: on demand (the popup's run-checks) and every few minutes by alarm while a Seller Center tab
 * is open. Concurrent requests join the run in progress; nothing about a run lives only in memory.
 */
import { browser } from 'wxt/browser';
import { isSellerHost } from '../facts/hosts';
import type { ProbeRun } from '../model';
import { dropIdleNetworkRecording } from '../permissions/network-recording';
import { NS } from '../product';
import { type DoctorDb, db, recentEvents } from '../store';
import { refreshBadge } from './badge';
import type { NetErrorSource } from './probes/net-errors';
import type { NavigatorLike } from './probes/online';
import { type ProbeEnv, type RunOptions, type RunOutcomes, runProbes } from './probes/run';
import { controlUrlsSetting } from './probes/settings';
import { measureTabStorage } from './site-data/tab-storage';

export const PROBE_ALARM = `${NS}-probes`;
export const PROBE_PERIOD_MINUTES = 5;
/** The periodic check is lighter than the on-demand one: fewer latency samples per host. */
const ALARM_OPTIONS: Partial<RunOptions> = { samples: 2 };
const RECENT_EVENTS_MS = 7 * 86_400_000;

let inFlight: Promise<{ runId: string; outcomes: RunOutcomes }> | undefined;

export function runProbesNow(
  trigger: ProbeRun['trigger'],
  options: Partial<RunOptions> = {},
): Promise<{ runId: string; outcomes: RunOutcomes }> {
  inFlight ??= runProbes(db(), browserProbeEnv(), { ...options, trigger })
    .then(async (result) => {
      await refreshBadge().catch((err: unknown) => console.warn('[tsd] badge refresh failed', err));
      return result;
    })
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

/** Alarms survive worker restarts but not always browser restarts: make sure ours exists. */
export async function ensureProbeAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PROBE_ALARM)))
    await browser.alarms.create(PROBE_ALARM, { periodInMinutes: PROBE_PERIOD_MINUTES });
}

export async function onProbeAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name !== PROBE_ALARM) return;
  const open = (await sellerTabs()).length > 0;
  await dropIdleNetworkRecording(open).catch((err: unknown) => console.warn('[tsd] network recording check', err));
  if (open) await runProbesNow('alarm', ALARM_OPTIONS);
  // Without a run, old evidence still ages out of the badge.
  else await refreshBadge();
}

/** Open Seller Center tabs, the active and most recently used first. (URLs are visible by host permission.) */
export async function sellerTabs(): Promise<{ id: number; url: string }[]> {
  const tabs = await browser.tabs.query({});
  return tabs
    .filter(
      (t): t is typeof t & { id: number; url: string } =>
        t.id !== undefined && typeof t.url === 'string' && isSellerUrl(t.url),
    )
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .map((t) => ({ id: t.id, url: t.url }));
}

function isSellerUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isSellerHost(u.hostname);
  } catch {
    return false;
  }
}

export async function recentSellerHosts(database: DoctorDb, now = Date.now()): Promise<string[]> {
  const groups = await recentEvents(database, now - RECENT_EVENTS_MS, 200);
  return [...new Set(groups.map((g) => g.sample.pageHost.toLowerCase()).filter(isSellerHost))];
}

export function browserProbeEnv(): ProbeEnv {
  return {
    fetch: (input, init) => fetch(input, init),
    netErrors: browser.webRequest?.onErrorOccurred as NetErrorSource | undefined,
    navigator: navigator as NavigatorLike,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
    extensionVersion: browser.runtime.getManifest().version,
    controlUrls: () => controlUrlsSetting.getValue(),
    sellerTabs,
    recentSellerHosts: () => recentSellerHosts(db()),
    cookies: browser.cookies
      ? async (url) => (await browser.cookies.getAll({ url })).map((c) => ({ name: c.name, value: c.value }))
      : undefined,
    measureStorage: (tabId) => measureTabStorage(tabId),
  };
}
