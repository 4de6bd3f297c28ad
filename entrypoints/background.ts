import { takeEventBatch } from '@/utils/background/event-intake';
import { ensureProbeAlarm, onProbeAlarm, runProbesNow } from '@/utils/background/probe-scheduler';
import { OBSERVED_URLS, observeWebRequests, UNHOOKED_URLS } from '@/utils/background/web-request-observer';
import { scheduleBadgeRefresh } from '@/utils/badge';
import { db } from '@/utils/db';
import { onMessages } from '@/utils/messages';
import { whileNetworkRecording } from '@/utils/permissions/network-recording';
import { browserClearDeps, clearSiteData } from '@/utils/site-data/clear';
import { reloadSellerTabs } from '@/utils/site-data/reload';

// Wiring only: every handler lives in utils/. Listeners are registered synchronously at start-up so that
// an event which wakes the stopped service worker finds them.
export default defineBackground(() => {
  onMessages({
    ping: {
      from: ['extension-page'],
      handle: () => ({ pong: true, version: browser.runtime.getManifest().version, at: Date.now() }),
    },
    'events/batch': {
      from: ['content-script'],
      handle: (batch) => takeEventBatch(db(), batch).finally(() => scheduleBadgeRefresh()),
    },
    'site-data/clear': { from: ['extension-page'], handle: (req) => clearSiteData(browserClearDeps(db()), req) },
    'tabs/reload-seller': { from: ['extension-page'], handle: () => reloadSellerTabs(browser.tabs) },
    'probes/run': { from: ['extension-page'], handle: ({ trigger }) => runProbesNow(trigger) },
  });
  browser.alarms.onAlarm.addListener(onProbeAlarm);
  // The browser does not keep the badge across restarts, and a restart fires no event we can rely on to wake the
  // worker: show the stored evidence again whenever the worker starts (one indexed read).
  scheduleBadgeRefresh(0);
  // Only while the seller has turned on "record network failures" (the optional webRequest permission).
  whileNetworkRecording(
    () => browser.webRequest,
    (api) =>
      observeWebRequests(api, {
        urls: OBSERVED_URLS,
        allTypesUrls: UNHOOKED_URLS,
        ownOrigin: new URL(browser.runtime.getURL('/')).origin,
        send: (batch) => takeEventBatch(db(), batch).finally(() => scheduleBadgeRefresh()),
      }),
  );
  void ensureProbeAlarm();
});
