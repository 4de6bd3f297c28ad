import { scheduleBadgeRefresh } from '@/utils/background/badge';
import { takeBreadcrumbs } from '@/utils/background/breadcrumb-store';
import { takeEventBatch } from '@/utils/background/event-intake';
import { keepLanguageActive, languageReady } from '@/utils/background/language';
import { trackPopupPorts } from '@/utils/background/popup-presence';
import { ensureProbeAlarm, onProbeAlarm, runProbesNow } from '@/utils/background/probe-scheduler';
import { rankHandlers } from '@/utils/background/rank';
import { browserClearDeps, clearSiteData } from '@/utils/background/site-data/clear';
import { currentPlatform } from '@/utils/background/site-data/options';
import { planClear } from '@/utils/background/site-data/plan';
import { reloadSellerTabs } from '@/utils/background/site-data/reload';
import { pullTabBreadcrumbs } from '@/utils/background/tab-breadcrumbs';
import { clearWatchNotifications, onWatchNotificationClicked, scheduleWatch } from '@/utils/background/watch';
import { OBSERVED_URLS, observeWebRequests, UNHOOKED_URLS } from '@/utils/background/web-request-observer';
import { exportForPage } from '@/utils/bundle/export';
import { onMessages, sendMessage } from '@/utils/messages';
import { whileNetworkRecording } from '@/utils/permissions/network-recording';
import { REQUEST_SCHEMAS } from '@/utils/schemas/runtime';
import { watchSetting } from '@/utils/settings/watch';
import { db } from '@/utils/store';
import { announceStoreChanges } from '@/utils/store/changes';
import { storeHandlers } from '@/utils/store/serve';

/**
 * Start-up work nobody is waiting for (the badge's read, the dictionary) waits this long, so that the request that
 * woke the worker (most often the popup's first read) is answered first rather than sharing the worker and the
 * database with it.
 */
const STARTUP_DEFER_MS = 1000;

// Wiring only: every handler lives in utils/. Listeners are registered synchronously at start-up so that
// an event which wakes the stopped service worker finds them.
export default defineBackground(() => {
  onMessages({
    ping: {
      accepts: REQUEST_SCHEMAS.ping,
      from: ['extension-page'],
      handle: () => ({ pong: true, version: browser.runtime.getManifest().version, at: Date.now() }),
    },
    'events/batch': {
      accepts: REQUEST_SCHEMAS['events/batch'],
      from: ['content-script'],
      handle: (batch) =>
        // Breadcrumbs after the events: once a step is readable, the failures it rode with are too.
        takeEventBatch(db(), batch)
          .finally(() => takeBreadcrumbs(batch.breadcrumbs))
          .finally(() => {
            scheduleBadgeRefresh();
            if (Array.isArray(batch.groups) && batch.groups.length > 0) scheduleWatch();
          }),
    },
    'site-data/clear': {
      accepts: REQUEST_SCHEMAS['site-data/clear'],
      from: ['extension-page'],
      handle: (req) => clearSiteData(browserClearDeps(db()), req),
    },
    'tabs/reload-seller': {
      accepts: REQUEST_SCHEMAS['tabs/reload-seller'],
      from: ['extension-page'],
      handle: () => reloadSellerTabs(browser.tabs),
    },
    'probes/run': {
      accepts: REQUEST_SCHEMAS['probes/run'],
      from: ['extension-page'],
      handle: ({ trigger }) => runProbesNow(trigger),
    },
    'site-data/plan': {
      accepts: REQUEST_SCHEMAS['site-data/plan'],
      from: ['extension-page'],
      handle: () => planClear(browser.tabs, db(), currentPlatform()),
    },
    'bundle/build': {
      accepts: REQUEST_SCHEMAS['bundle/build'],
      from: ['extension-page'],
      // report.html's texts render through t(): the export waits for the active dictionaries, and for what open
      // Seller Center tabs still hold of the last steps (a page only opened has not sent its path).
      handle: ({ sections, screenshot }) =>
        Promise.all([languageReady(), pullTabBreadcrumbs()]).then(() => exportForPage(db(), sections, screenshot)),
    },
    ...storeHandlers(db),
    ...rankHandlers(db),
  });
  // Almost every wake reads or writes history (the popup's first read, a page's events): the database starts
  // opening now, alongside the rest of start-up, rather than when the first request asks.
  void db()
    .open()
    .catch(() => undefined);
  announceStoreChanges((tables) => sendMessage('store/changed', { tables }));
  browser.alarms.onAlarm.addListener((alarm) => onProbeAlarm(alarm).finally(() => scheduleWatch()));
  // The opt-in watch (issue 18): popup presence, notification clicks, and off means off at once.
  trackPopupPorts(browser.runtime);
  browser.notifications?.onClicked.addListener((id) => void onWatchNotificationClicked(id));
  watchSetting.watch((on) => void (on ? undefined : clearWatchNotifications()));
  // Badge title and notifications in the seller's language; a new choice re-titles the badge at once.
  keepLanguageActive(() => scheduleBadgeRefresh(0), STARTUP_DEFER_MS);
  // The browser does not keep the badge across restarts, and a restart fires no event we can rely on to wake the
  // worker: show the stored evidence again whenever the worker starts (one indexed read), once the waking request
  // has had the worker to itself.
  scheduleBadgeRefresh(STARTUP_DEFER_MS);
  // Only while the seller has turned on "record network failures" (the optional webRequest permission).
  whileNetworkRecording(
    () => browser.webRequest,
    (api) =>
      observeWebRequests(api, {
        urls: OBSERVED_URLS,
        allTypesUrls: UNHOOKED_URLS,
        ownOrigin: new URL(browser.runtime.getURL('/')).origin,
        send: (batch) =>
          takeEventBatch(db(), batch).finally(() => {
            scheduleBadgeRefresh();
            scheduleWatch();
          }),
      }),
  );
  void ensureProbeAlarm();
});
