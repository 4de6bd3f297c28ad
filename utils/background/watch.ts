/**
 * The opt-in watch (issue 18): while `watchSetting` is on, the background diagnoses whenever new evidence
 * arrives (event intake, webRequest failures, the probe alarm; no polling of its own) and raises one system
 * notification when a cause becomes likely (rules in watch-decision.ts). The last evaluation and notification
 * times are in storage: the worker may stop between two evaluations.
 */

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CAUSES } from '../causes/registry';
import { diagnose } from '../diagnosis';
import type { Diagnosis, EventGroup } from '../model';
import { watchSetting } from '../settings/watch';
import { db, readRecent } from '../store';
import { coalesce } from './coalesce';
import { languageReady } from './language';
import { isPopupOpen } from './popup-presence';
import { EMPTY_WATCH_STATE, shouldNotify, type WatchDecision, type WatchState } from './watch-decision';
import { type Notice, noticeOf } from './watch-notice';

export const NOTIFICATION_PREFIX = 'tsd-watch:';
export const watchState = storage.defineItem<WatchState>('local:watchState', { fallback: EMPTY_WATCH_STATE });

export interface WatchDeps {
  enabled(): Promise<boolean>;
  /** the diagnosis the popup would show now, and the events behind it */
  diagnoseNow(now: number): Promise<{ diagnosis: Diagnosis; events: EventGroup[] }>;
  state: { getValue(): Promise<WatchState>; setValue(value: WatchState): Promise<void> };
  popupOpen(): boolean;
  notify(id: string, notice: Notice): Promise<unknown>;
}

/** Diagnose from what the popup's first screen reads (one call), with the open walk's answers. */
async function diagnoseNow(now: number) {
  const recent = await readRecent(db(), now);
  const diagnosis = diagnose(CAUSES, recent.events, recent.probes, recent.openSession?.answers ?? [], now);
  return { diagnosis, events: recent.events };
}

export function browserWatchDeps(): WatchDeps {
  return {
    enabled: () => watchSetting.getValue(),
    diagnoseNow,
    state: watchState,
    popupOpen: isPopupOpen,
    notify: (id, notice) =>
      browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
      }),
  };
}

let running: Promise<unknown> = Promise.resolve();

/** One evaluation; runs queue so that two batches arriving together cannot both notify. */
export function runWatch(deps: WatchDeps = browserWatchDeps(), now?: number): Promise<WatchDecision | undefined> {
  const run = running.then(async () => {
    if (!(await deps.enabled())) return undefined;
    const at = now ?? Date.now();
    const { diagnosis, events } = await deps.diagnoseNow(at);
    const decision = shouldNotify(await deps.state.getValue(), diagnosis, at, deps.popupOpen());
    // Turned off while diagnosing: nothing more, at once.
    if (!(await deps.enabled())) return undefined;
    await deps.state.setValue(decision.next);
    await languageReady();
    const notice = noticeOf(decision.notify, events, at);
    const top = decision.notify[0];
    if (notice && top) await deps.notify(`${NOTIFICATION_PREFIX}${top.id}`, notice);
    return decision;
  });
  running = run.catch(() => undefined);
  return run;
}

/** Coalesce evaluations during an error storm: at most one per second, like the badge. */
export const scheduleWatch = coalesce(runWatch, 'watch');

/** A click on a watch notification opens the diagnosis: the popup where the browser allows it, else a tab. */
export async function onWatchNotificationClicked(id: string): Promise<void> {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return;
  await browser.notifications.clear(id);
  const action = (browser as unknown as { action?: { openPopup?: () => Promise<void> } }).action;
  try {
    if (!action?.openPopup) throw new Error('no openPopup');
    await action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/** Turning the watch off takes its notifications away too. */
export async function clearWatchNotifications(): Promise<void> {
  const all = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(all)
      .filter((id) => id.startsWith(NOTIFICATION_PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
}
