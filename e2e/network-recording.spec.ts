/**
 * "Record network failures": the optional `webRequest` permission. A fresh install does not hold it (no listener,
 * nothing of the seller's traffic passes through the extension); the Settings switch asks for it with a real
 * click (Chromium grants `webRequest` without a prompt, as it carries no warning), the background starts
 * observing at once, and turning it off removes the permission again. The connectivity offer carries the same switch.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const UNRESOLVED = 'seller-mx.tiktok.com';

/** The parts of the worker's `chrome` used here (the e2e code is not typed against the extension's globals). */
interface WorkerChrome {
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  webRequest?: { onErrorOccurred: { hasListeners(): boolean }; onCompleted: { hasListeners(): boolean } };
  runtime: { getManifest(): { permissions?: string[]; optional_permissions?: string[] } };
}
declare const chrome: WorkerChrome;

/** Whether the background has webRequest listeners registered (false also when the API is absent). */
const listening = (w: Worker) =>
  w.evaluate(() => [chrome.webRequest?.onErrorOccurred.hasListeners(), chrome.webRequest?.onCompleted.hasListeners()]);

const held = (w: Worker) =>
  w.evaluate(() => chrome.permissions.contains({ permissions: ['webRequest'] }).catch(() => false));

/** Event groups the background's webRequest observer stored (source `webrequest`). */
const fromWebRequest = (w: Worker) =>
  w.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tiktok-shop-doctor');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('eventGroups')) return 0;
      const groups = await new Promise<{ sample: { source: string } }[]>((resolve, reject) => {
        const req = db.transaction('eventGroups').objectStore('eventGroups').getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      return groups.filter((g) => g.sample.source === 'webrequest').length;
    } finally {
      // an open connection would block the extension's own schema upgrade
      db.close();
    }
  });

test.describe('network recording', () => {
  test.use({ network: { notFound: [UNRESOLVED] } });

  test('off at install; the settings switch grants webRequest and the background listens; off removes it', async ({
    popup,
    session,
    context,
    relaunch,
  }) => {
    const w = await session.worker();
    const manifest = await w.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).not.toContain('webRequest');
    expect(manifest.permissions).not.toContain('proxy');
    expect(manifest.optional_permissions).toEqual(['webRequest']);
    expect(await held(w)).toBe(false);
    expect(await listening(w)).toEqual([undefined, undefined]);

    // Without it, a Seller Center page that never loads leaves no webRequest evidence.
    const lost = await context.newPage();
    await lost.goto(`https://${UNRESOLVED}/homepage`).catch(() => undefined);
    await lost.waitForTimeout(1_500);
    expect(await fromWebRequest(w)).toBe(0);

    await popup.open();
    await popup.recordNetworkFailures(true);
    expect(await held(await session.worker())).toBe(true);
    await expect(popup.page.locator('.settings-view')).toContainText('turns itself off after a day');
    // The background registered its listeners when the permission arrived (permissions.onAdded), no restart.
    await expect.poll(async () => listening(await session.worker())).toEqual([true, true]);

    // A worker starting with the permission held registers them at once; failures are recorded.
    // (Chromium 156 routes requests to listeners added after a runtime grant only from the next browser start:
    // observed here; docs/permissions.md says so.)
    const ctx = await relaunch();
    expect(await listening(await session.worker())).toEqual([true, true]);
    const again = await ctx.newPage();
    await again.goto(`https://${UNRESOLVED}/order`).catch(() => undefined);
    await expect.poll(async () => fromWebRequest(await session.worker()), { timeout: 10_000 }).toBeGreaterThan(0);

    await popup.open();
    await popup.recordNetworkFailures(false);
    expect(await held(await session.worker())).toBe(false);
  });

  test('a check that finds connectivity trouble offers it', async ({ popup, context }) => {
    const lost = await context.newPage();
    await lost.goto(`https://${UNRESOLVED}/homepage`).catch(() => undefined);
    await popup.open();
    await popup.runChecks();
    const offer = popup.page.locator('[data-offer="network-recording"]');
    await expect(offer).toBeVisible({ timeout: 15_000 });
    await offer.locator('[data-action="toggle-network-recording"]').click();
    await expect(offer.locator('[data-network-recording="on"]')).toBeVisible();
  });
});
