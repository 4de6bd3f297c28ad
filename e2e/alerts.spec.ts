/**
 * Issue 18 end to end: the opt-in watch raises ONE system notification for a failing Seller Center tab while the
 * popup is closed; an export with the screenshot option holds a real image that report.html shows; breadcrumbs
 * carry a clicked button's label and never what the seller typed.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { type Schema, validate } from '../tests/helpers/json-schema';
import { expect, test } from './fixtures';
import { setWatch, shownNotifications, spyNotifications, tickScreenshot } from './pages/alerts';
import { readTable } from './pages/db';
import { ROOT } from './sim/browser.mjs';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'diagnosis.schema.json'), 'utf8')) as Schema;
const SENTINEL = 'TYPEDSENTINEL4711';

async function unzip(download: Download): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(readFileSync(await download.path())));
}
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

/** PNG: signature and IHDR width/height; JPEG: SOI marker (size from the SOF0/2 segment). */
function imageInfo(bytes: Uint8Array): { type: 'png' | 'jpg'; width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) {
    return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 9 < bytes.length; ) {
      const marker = view.getUint16(at);
      if (marker === 0xffc0 || marker === 0xffc2)
        return { type: 'jpg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      at += 2 + view.getUint16(at + 2);
    }
  }
  return undefined;
}

/** Event groups last seen at or after `since`, read from the extension's database in one of its pages. */
async function groupsSince(page: Page, since: number): Promise<number> {
  return (await readTable(page, 'eventGroups')).filter((g) => g.lastAt >= since).length;
}

test.describe('watch', () => {
  test.use({ scenario: 'platform-5xx' });

  test('with watch on and the popup closed, a failing Seller Center tab raises one notification', async ({
    popup,
    sellerTab,
    session,
  }) => {
    await popup.open();
    await expect(popup.page.locator('[data-option="watch"]')).toHaveCount(0);
    const box = await setWatch(popup, true);
    await expect(box).toBeChecked();
    const notified = await spyNotifications(await session.worker());
    await popup.page.close();

    await sellerTab.open(undefined, { waitForSim: true });
    await expect.poll(async () => (await notified()).length, { timeout: 20_000 }).toBe(1);
    const [note] = await notified();
    expect(note?.id).toBe('tsd-watch:platform');
    expect(note?.title).toMatch(/TikTok platform problem/);
    expect(note?.message).toContain('seller-us.tiktok.com (US market)');
    expect(note?.message).toMatch(/First: /);
    expect(await shownNotifications(await session.worker())).toContain('tsd-watch:platform');

    // More failures of the same cause: still one.
    await sellerTab.reload();
    await sellerTab.waitSimReady();
    await sellerTab.page.waitForTimeout(3_000);
    expect(await notified()).toHaveLength(1);
  });

  test('none while the popup is open, and none once it is turned off', async ({ popup, sellerTab, session }) => {
    await popup.open();
    await setWatch(popup, true);
    const notified = await spyNotifications(await session.worker());
    await sellerTab.open(undefined, { waitForSim: true });
    await popup.page.waitForTimeout(3_000);
    expect(await notified()).toEqual([]);

    await setWatch(popup, false);
    await popup.page.close();
    await sellerTab.reload();
    await sellerTab.waitSimReady();
    await sellerTab.page.waitForTimeout(3_000);
    expect(await notified()).toEqual([]);
  });
});

test.describe('screenshot and breadcrumbs in the bundle', () => {
  test.use({ scenario: 'platform-5xx' });

  test('an export with the screenshot option holds a valid image that report.html shows', async ({
    popup,
    sellerTab,
  }, testInfo) => {
    await sellerTab.open(undefined, { waitForSim: true });
    await popup.open();
    // Off by default; the preview then shows no screenshot.
    await expect(popup.page.locator('[data-option="include-screenshot"]')).not.toBeChecked();
    await tickScreenshot(popup);

    await popup.action('preview-bundle').click();
    const dialog = popup.page.locator('[data-bundle-preview]');
    const shot = dialog.locator('[data-section="screenshot"]');
    await expect(shot).toBeVisible({ timeout: 20_000 });
    await expect(shot).toContainText('personal data');
    // shown first
    expect(await dialog.locator('[data-section]').first().getAttribute('data-section')).toBe('screenshot');
    expect(await shot.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await popup.action('close-preview').click();

    const files = await unzip(await popup.exportBundle(30_000));
    const name = Object.keys(files).find((f) => /^screenshot\.(png|jpg)$/.test(f));
    expect(name).toBeDefined();
    const info = imageInfo(files[name ?? ''] ?? new Uint8Array());
    expect(info).toBeDefined();
    expect(info?.width).toBeGreaterThan(100);
    expect(info?.height).toBeGreaterThan(100);
    const saved = testInfo.outputPath(name ?? 'screenshot.png');
    writeFileSync(saved, files[name ?? ''] ?? new Uint8Array());
    await testInfo.attach('screenshot', { path: saved, contentType: 'image/png' });

    const diagnosis = JSON.parse(text(files['diagnosis.json']));
    expect(validate(diagnosis, schema)).toEqual([]);
    expect(diagnosis.screenshot).toMatchObject({ file: name, width: info?.width, height: info?.height });
    expect(diagnosis.screenshot.url).toBe('https://seller-us.tiktok.com/homepage');

    const html = text(files['report.html']);
    expect(html).not.toMatch(/<script/i);
    const page = await popup.page.context().newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(requests).toEqual([]);
    const img = page.locator('#screenshot img');
    expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([
      info?.width,
      info?.height,
    ]);
    await expect(page.locator('#screenshot')).toContainText('UTC');
    await page.close();

    // Unticked again: nothing captured.
    await tickScreenshot(popup, false);
    const plain = await unzip(await popup.exportBundle());
    expect(Object.keys(plain).sort()).toEqual(['diagnosis.json', 'network.har', 'report.html']);
  });

  test('breadcrumbs show the clicked button and never what was typed', async ({ popup, sellerTab }) => {
    const seller = await sellerTab.open(undefined, { waitForSim: true });
    await seller.locator('#sim-search-q').pressSequentially(SENTINEL);
    const clickedAt = Date.now();
    await seller.getByRole('button', { name: 'Search products' }).click();
    await popup.open();
    // The failure the click caused is in the history (the hook and the content script batch it within seconds).
    await expect.poll(() => groupsSince(popup.page, clickedAt), { timeout: 15_000 }).toBeGreaterThan(0);
    // Breadcrumbs reach the background with the failure the click caused (or alone, a few seconds later).
    await expect
      .poll(
        () =>
          popup.page.evaluate(async () => {
            const { chrome } = globalThis as unknown as {
              chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
            };
            return JSON.stringify((await chrome.storage.session.get('breadcrumbs')).breadcrumbs ?? []);
          }),
        { timeout: 15_000 },
      )
      .toContain('Search products');

    const files = await unzip(await popup.exportBundle());
    const diagnosis = JSON.parse(text(files['diagnosis.json']));
    expect(validate(diagnosis, schema)).toEqual([]);
    const crumbs = diagnosis.breadcrumbs as { kind: string; label?: string; path?: string }[];
    expect(crumbs).toContainEqual(expect.objectContaining({ kind: 'navigation', path: '/homepage' }));
    const click = crumbs.findIndex((c) => c.kind === 'click' && c.label === 'Search products');
    expect(click).toBeGreaterThanOrEqual(0);
    // the failures the click caused follow it
    expect(crumbs.slice(click + 1).some((c) => c.kind === 'failure')).toBe(true);
    expect(text(files['report.html'])).toContain('What happened before');
    for (const [name, bytes] of Object.entries(files)) expect(text(bytes), name).not.toContain(SENTINEL);
  });
});

test.describe('a page only opened', () => {
  test('sends no breadcrumb on its own, and an export still takes its path from the open tab', async ({
    popup,
    sellerTab,
  }) => {
    await sellerTab.open(undefined, { waitForSim: true });
    // Longer than a click's lone send (3 s): a healthy page load leaves the service worker asleep.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await popup.open();
    const stored = () =>
      popup.page.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        };
        return ((await chrome.storage.session.get('breadcrumbs')).breadcrumbs ?? []) as { path?: string }[];
      });
    expect(await stored()).toEqual([]);

    const files = await unzip(await popup.exportBundle());
    const diagnosis = JSON.parse(text(files['diagnosis.json']));
    expect(diagnosis.breadcrumbs).toContainEqual(expect.objectContaining({ kind: 'navigation', path: '/homepage' }));
    // taken from the tab, not copied: it is in the store now, and the tab holds it no more
    expect((await stored()).map((c) => c.path)).toEqual(['/homepage']);
  });
});
