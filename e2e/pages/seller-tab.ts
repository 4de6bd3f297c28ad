import type { Page, Response } from '@playwright/test';
import type { ExtensionSession } from './session';

export const SELLER_HOME = 'https://seller-us.tiktok.com/homepage';

/** A Seller Center tab served by the simulator. */
export class SellerTab {
  #page?: Page;

  constructor(private readonly session: ExtensionSession) {}

  get page(): Page {
    if (!this.#page || this.#page.isClosed()) throw new Error('No seller tab: call sellerTab.open() first');
    return this.#page;
  }

  /**
   * Open `url` (in the same tab when one is open) and wait for the content script's marker.
   * `waitForSim` also waits until the page's own API calls and chunk load have settled.
   */
  async open(url = SELLER_HOME, { waitForSim = false, timeout = 15_000 } = {}): Promise<Page> {
    if (!this.#page || this.#page.isClosed() || this.#page.context() !== this.session.context) {
      this.#page = await this.session.context.newPage();
    }
    await this.#page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await this.waitContentScript(timeout);
    if (waitForSim) await this.waitSimReady(timeout);
    return this.#page;
  }

  /** Navigate without waiting for anything (for pages that fail or are not Seller Center). */
  async goto(url: string): Promise<Response | null> {
    if (!this.#page || this.#page.isClosed() || this.#page.context() !== this.session.context) {
      this.#page = await this.session.context.newPage();
    }
    return this.#page.goto(url, { waitUntil: 'domcontentloaded' });
  }

  async waitContentScript(timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.tsdContent === 'alive', undefined, {
      timeout,
    });
  }

  /** The simulated page's API calls and chunk load have all settled (`<html data-sim-ready="done">`). */
  async waitSimReady(timeout = 15_000): Promise<void> {
    await this.page.locator('html[data-sim-ready="done"]').waitFor({ state: 'attached', timeout });
  }

  /** Texts of the error toasts shown in the page's role="alert" container. */
  async toasts(): Promise<string[]> {
    return this.page.locator('[role="alert"] .sim-toast').allTextContents();
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'domcontentloaded' });
    await this.waitContentScript();
  }
}
