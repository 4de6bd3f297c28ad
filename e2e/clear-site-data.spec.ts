/**
 * Issue 6: one-click clear of the Seller Center's site data, and nothing else. Storage and cookies are created in
 * a Seller Center tab and on another site; the popup clears; then each side is checked from its own page.
 */
import type { Page, TestInfo } from '@playwright/test';
import type { ClearRecord } from '../utils/model';
import { expect, type PopupPage, test } from './fixtures';
import { readTable } from './pages/db';

const SELLER = 'https://seller-us.tiktok.com';
const OTHER = 'https://example.com';

/** Put one entry in every kind of site storage of the page's origin, plus a cookie. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.setItem('tsd-e2e', 'kept?');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tsd-e2e-db', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('s', 'readwrite');
        tx.objectStore('s').put('v', 'k');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const cache = await caches.open('tsd-e2e-cache');
    await cache.put('/tsd-e2e', new Response('cached'));
  });
  await page.context().addCookies([{ name: 'tsd_e2e', value: '1', url: new URL(page.url()).origin, secure: true }]);
}

interface Stored {
  localStorage: string | null;
  indexedDb: boolean;
  cacheStorage: boolean;
}

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(async () => ({
    localStorage: localStorage.getItem('tsd-e2e'),
    indexedDb: (await indexedDB.databases()).some((d) => d.name === 'tsd-e2e-db'),
    cacheStorage: (await caches.keys()).includes('tsd-e2e-cache'),
  }));
}

const SEEDED: Stored = { localStorage: 'kept?', indexedDb: true, cacheStorage: true };
const GONE: Stored = { localStorage: null, indexedDb: false, cacheStorage: false };

async function cookieNames(page: Page, url: string): Promise<string[]> {
  return (await page.context().cookies(url)).map((c) => c.name).sort();
}

/** The clear records in the extension's history, read from the popup page (same origin as the database). */
async function history(popup: PopupPage): Promise<ClearRecord[]> {
  return readTable(popup.page, 'clears');
}

async function screenshot(popup: PopupPage, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await popup.page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const includeCookies of [false, true]) {
  test(`clears the seller origin's storage ${includeCookies ? 'and its cookies' : 'and keeps its cookies'}, nothing else`, async ({
    sellerTab,
    context,
    popup,
  }, testInfo) => {
    const seller = await sellerTab.open(`${SELLER}/`, { waitForSim: true });
    await seed(seller);
    const other = await context.newPage();
    await other.goto(`${OTHER}/`);
    await seed(other);
    expect(await stored(seller)).toEqual(SEEDED);
    expect(await stored(other)).toEqual(SEEDED);
    // The simulator's Seller Center sets a session cookie on the registrable domain, as the real one does.
    const sellerCookies = await cookieNames(seller, SELLER);
    expect(sellerCookies).toEqual(expect.arrayContaining(['sessionid', 'tsd_e2e']));
    const otherCookies = await cookieNames(other, OTHER);
    expect(otherCookies).toEqual(['tsd_e2e']);

    await popup.open();
    // What a person sees in the toolbar popup.
    await popup.page.setViewportSize({ width: 400, height: 600 });
    const checkbox = await popup.openClearDialog();
    await expect(checkbox).not.toBeChecked();
    const dialog = popup.page.getByRole('dialog');
    await expect(dialog).toContainText('seller-us.tiktok.com');
    await expect(dialog).not.toContainText('example.com');
    if (includeCookies) {
      await checkbox.check();
      // Chrome removes cookies per registrable domain: the confirmation must say so.
      await expect(dialog).toContainText(/all cookies of tiktok\.com.* and their subdomains/);
    }
    await screenshot(popup, testInfo, includeCookies ? 'clear-confirmation-cookies' : 'clear-confirmation');
    await popup.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    expect(await popup.clearSiteData({ includeCookies })).toBe('done');
    await screenshot(popup, testInfo, includeCookies ? 'clear-result-cookies' : 'clear-result');

    expect(await stored(seller)).toEqual(GONE);
    expect(await cookieNames(seller, SELLER)).toEqual(includeCookies ? [] : sellerCookies);
    expect(await stored(other)).toEqual(SEEDED);
    expect(await cookieNames(other, OTHER)).toEqual(otherCookies);

    const records = await history(popup);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({ ok: true, includeCookies });
    expect(record?.origins).toContain(SELLER);
    expect(record?.origins.every((o) => !o.includes('example.com'))).toBe(true);
    expect(record?.dataTypes.includes('cookies')).toBe(includeCookies);
    // The cookies API sees only cookies within the host permissions; at least the seller host's own one.
    expect(record?.cookiesBefore).toBeGreaterThanOrEqual(1);
    expect(record?.cookiesAfter).toBe(includeCookies ? 0 : record?.cookiesBefore);
    await testInfo.attach('clear-record', { body: JSON.stringify(record, null, 2), contentType: 'application/json' });

    // The offer to reload the open Seller Center tabs after a clear.
    const reloaded = seller.waitForEvent('load');
    await popup.action('reload-seller-tabs').click();
    await reloaded;
    await expect(popup.page.getByText(/Reloaded 1 Seller Center tab\b/)).toBeVisible();

    // Shown in the popup's history too.
    await popup.action('close-clear').click();
    const historyView = await popup.openHistory();
    await expect(historyView.locator(`[data-clear="${record?.id}"]`)).toContainText(
      includeCookies ? 'with cookies' : 'kept sign-in',
    );
  });
}
