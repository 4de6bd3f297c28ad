/**
 * Issue 18's hooks on the popup and the worker: settings and the watch option, the screenshot option, and what
 * the service worker notified. CONTRACT.md hooks only; add methods here rather than selectors in specs.
 */
import type { Locator, Worker } from '@playwright/test';
import type { PopupPage } from './popup';

/** Open settings (`[data-action="open-settings"]`) and set the watch option. */
export async function setWatch(popup: PopupPage, on: boolean): Promise<Locator> {
  await popup.action('open-settings').first().click();
  const box = popup.page.locator('[data-option="watch"]');
  await box.waitFor();
  await popup.page.waitForFunction(() => !document.querySelector('[data-option="watch"]')?.hasAttribute('disabled'));
  await box.setChecked(on);
  return box;
}

/** The screenshot option beside export-bundle (loads with the export code). */
export async function tickScreenshot(popup: PopupPage, on = true): Promise<void> {
  const box = popup.page.locator('[data-option="include-screenshot"]');
  await box.waitFor();
  await box.setChecked(on);
}

export interface Notified {
  id: string;
  title: string;
  message: string;
}

/**
 * Spy on `chrome.notifications.create` in the worker (before the extension first uses it: the polyfill keeps the
 * function it finds then). Returns a reader of the calls seen so far.
 */
export async function spyNotifications(worker: Worker): Promise<() => Promise<Notified[]>> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __tsdNotified?: unknown[];
      chrome: { notifications: { create: (...a: unknown[]) => unknown } };
    };
    if (g.__tsdNotified) return;
    g.__tsdNotified = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (...args: unknown[]) => {
      const [id, options] = args as [string, { title: string; message: string }];
      g.__tsdNotified?.push({ id, title: options.title, message: options.message });
      return create(...args);
    };
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __tsdNotified?: Notified[] }).__tsdNotified ?? []);
}

/** The notifications the browser shows for the extension now (ids). */
export function shownNotifications(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
    };
    return Object.keys(await chrome.notifications.getAll());
  });
}
