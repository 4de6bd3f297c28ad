/** Site-storage reports as the content script sends them (see utils/content/site-storage). */

/** What a report holds when nothing could be measured: every figure null, none zero. */
export const UNMEASURED = {
  usage: null,
  quota: null,
  cacheNames: null,
  indexedDbs: null,
  serviceWorkers: null,
  localStorageKeys: null,
};
