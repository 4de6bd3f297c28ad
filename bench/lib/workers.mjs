/**
 * A cold service worker on demand: DevTools' ServiceWorker.stopAllWorkers, then a wait until the extension's worker
 * reports itself stopped, so that the next extension page that messages the background has to start it again.
 */

/**
 * @param {import('./harness.mjs').BenchBrowser} b
 * @returns {Promise<() => Promise<void>>} call before every cold measurement
 */
export async function stopServiceWorkers(b) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/icon/16.png`);
  const cdp = await b.context.newCDPSession(page);
  /** @type {Map<string, string>} versionId -> runningStatus */
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const t0 = Date.now();
    while ([...status.values()].some((s) => s !== 'stopped') && Date.now() - t0 < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if ([...status.values()].some((s) => s !== 'stopped')) throw new Error('the service worker did not stop');
  };
}
