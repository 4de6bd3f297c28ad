/**
 * The screenshot of the most recent Seller Center tab, for the bundle, taken only when the seller ticks it.
 *
 * - The pixels on screen (`tabs.captureVisibleTab`) when that tab is the active tab of its window: from the
 *   toolbar popup, `activeTab` grants it for the tab the toolbar was clicked on.
 * - Otherwise (popup.html open in a tab beside Seller Center, as the end-to-end tests do, or the toolbar clicked on
 *   another tab), the page's own DOM drawn again (`scripting.executeScript` + SVG). Switching to the Seller Center
 *   tab to capture it does not help there: `captureVisibleTab` needs `<all_urls>` or `activeTab`, and host access is
 *   not enough (PLATFORM_NOTES.md), so the tab is never switched.
 */
import { browser } from 'wxt/browser';
import { isSellerHost } from '../facts/hosts';
import { redactUrl } from '../redact';
import { drawSnapshot } from './draw-snapshot';
import { snapshotPage } from './page-snapshot';
import type { Screenshot } from './types';

const MAX_W = 1600;
const MAX_H = 1200;

export const SCREENSHOT_TEXT = {
  noTab: 'No Seller Center tab is open: open Seller Center to include a screenshot.',
} as const;

function pngSize(dataUrl: string): { width: number; height: number } | undefined {
  // The IHDR chunk: width and height at bytes 16-23 of the file.
  const bytes = atob(dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 1 + 44));
  if (!bytes.startsWith('\x89PNG')) return undefined;
  const u32 = (at: number) =>
    ((bytes.charCodeAt(at) << 24) |
      (bytes.charCodeAt(at + 1) << 16) |
      (bytes.charCodeAt(at + 2) << 8) |
      bytes.charCodeAt(at + 3)) >>>
    0;
  return { width: u32(16), height: u32(20) };
}

const isSellerUrl = (url: string | undefined) => {
  try {
    return !!url && isSellerHost(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** The Seller Center tab the seller used last (URLs are visible by host permission). */
async function latestSellerTab() {
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && isSellerUrl(t.url));
  return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export async function captureSellerTab(now = Date.now): Promise<Screenshot> {
  const info = await latestSellerTab();
  if (!info?.id || !info.url) throw new Error(SCREENSHOT_TEXT.noTab);
  const tab = { id: info.id, url: info.url };
  if (info.active && info.windowId !== undefined) {
    try {
      const dataUrl = await browser.tabs.captureVisibleTab(info.windowId, { format: 'png' });
      const size = pngSize(dataUrl);
      if (size) return { dataUrl, capturedAt: now(), url: redactUrl(tab.url), method: 'tab-capture', ...size };
    } catch {
      // no activeTab grant for it: draw the page instead
    }
  }
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: snapshotPage,
    args: [MAX_W, MAX_H],
  });
  const snap = result?.result as ReturnType<typeof snapshotPage> | undefined;
  if (!snap) throw new Error('The Seller Center page could not be read for a screenshot.');
  const capturedAt = now();
  const dataUrl = await drawSnapshot(snap);
  return {
    dataUrl,
    capturedAt,
    url: redactUrl(snap.url),
    width: snap.width,
    height: snap.height,
    method: 'page-render',
  };
}
