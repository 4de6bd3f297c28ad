import type { Download, Locator, Page } from '@playwright/test';
import type { MessageType, Req, Res } from '../../utils/messages';
import type { CauseId, CauseStatus } from '../../utils/model';
import type { ExtensionSession } from './session';

export interface CauseRow {
  id: CauseId;
  status: CauseStatus;
}

/** What a typed message returns over the wire (utils/messages.ts). */
export type Wire<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The popup (popup.html opened in a tab, which CONTRACT.md says behaves like the toolbar popup).
 * DOM hooks only from CONTRACT.md; add methods here rather than selectors in specs.
 */
export class PopupPage {
  #page?: Page;

  constructor(private readonly session: ExtensionSession) {}

  get url(): string {
    return `chrome-extension://${this.session.extensionId}/popup.html`;
  }

  /** The popup tab; opens it when needed. */
  get page(): Page {
    if (!this.#page || this.#page.isClosed()) throw new Error('The popup is not open: call popup.open() first');
    return this.#page;
  }

  /** Open popup.html in a new tab (or reload the open one) and wait for its root. */
  async open(): Promise<Page> {
    if (this.#page && !this.#page.isClosed() && this.#page.context() === this.session.context) {
      await this.#page.reload();
    } else {
      this.#page = await this.session.context.newPage();
      await this.#page.goto(this.url);
    }
    await this.root.waitFor();
    return this.#page;
  }

  /** `[data-diagnosis]`, the root. */
  get root(): Locator {
    return this.page.locator('[data-diagnosis]');
  }

  cause(id: CauseId): Locator {
    return this.page.locator(`[data-cause="${id}"]`);
  }

  action(name: string): Locator {
    return this.page.locator(`[data-action="${name}"]`);
  }

  async diagnosis(): Promise<string | null> {
    return this.root.getAttribute('data-diagnosis');
  }

  /** Every cause in document (= rank) order. */
  async causes(): Promise<CauseRow[]> {
    return this.page
      .locator('[data-cause]')
      .evaluateAll((els) =>
        els.map((el) => ({ id: el.getAttribute('data-cause') ?? '', status: el.getAttribute('data-status') ?? '' })),
      ) as Promise<CauseRow[]>;
  }

  async statusOf(id: CauseId): Promise<CauseStatus | null> {
    return (await this.cause(id).getAttribute('data-status')) as CauseStatus | null;
  }

  /** Ids whose status is one of `statuses`, in rank order. */
  async causesWith(...statuses: CauseStatus[]): Promise<CauseId[]> {
    return (await this.causes()).filter((c) => statuses.includes(c.status)).map((c) => c.id);
  }

  async waitReady(timeout = 15_000): Promise<void> {
    await this.page.locator('[data-diagnosis="ready"]').waitFor({ timeout });
  }

  /** Click run-checks and wait until the diagnosis has gone through `running` and is `ready` again. */
  async runChecks(timeout = 20_000): Promise<CauseRow[]> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __tsdSawRunning?: boolean };
      w.__tsdSawRunning = false;
      const root = document.querySelector('[data-diagnosis]');
      if (!root) return;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.oldValue === 'running' || (r.target as Element).getAttribute('data-diagnosis') === 'running') {
            w.__tsdSawRunning = true;
          }
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-diagnosis'], attributeOldValue: true });
    });
    await this.action('run-checks').click();
    await this.page.waitForFunction(
      () =>
        (window as unknown as { __tsdSawRunning?: boolean }).__tsdSawRunning === true &&
        document.querySelector('[data-diagnosis]')?.getAttribute('data-diagnosis') === 'ready',
      undefined,
      { timeout },
    );
    return this.causes();
  }

  /** Open the clear-site-data confirmation; returns its include-cookies checkbox. */
  async openClearDialog(): Promise<Locator> {
    await this.action('clear-site-data').click();
    await this.action('confirm-clear').waitFor();
    return this.page.locator('[data-option="include-cookies"]');
  }

  /** Clear the seller sites' data through the dialog; resolves to `done` or `failed`. */
  async clearSiteData({ includeCookies = false, timeout = 20_000 } = {}): Promise<string | null> {
    const checkbox = await this.openClearDialog();
    await checkbox.setChecked(includeCookies);
    await this.action('confirm-clear').click();
    const result = this.page.locator('[data-clear-result]');
    await result.waitFor({ timeout });
    await this.page.waitForFunction(
      () =>
        ['done', 'failed'].includes(
          document.querySelector('[data-clear-result]')?.getAttribute('data-clear-result') ?? '',
        ),
      undefined,
      { timeout },
    );
    return result.getAttribute('data-clear-result');
  }

  /** Open Settings (`[data-action="open-settings"]`) and wait for the network-recording switch to know its state. */
  async openSettings(): Promise<Locator> {
    // the nav tab and the link in the home view both open Settings
    await this.action('open-settings').first().click();
    const view = this.page.locator('.settings-view');
    await view.locator('[data-network-recording="on"], [data-network-recording="off"]').waitFor();
    return view;
  }

  /**
   * Turn "record network failures" on or off the way a seller does: a click in Settings, which asks for the
   * optional `webRequest` permission (Chromium grants it without a prompt: it carries no install warning).
   */
  async recordNetworkFailures(on = true): Promise<void> {
    const view = await this.openSettings();
    const box = view.locator('[data-action="toggle-network-recording"]');
    if ((await box.isChecked()) !== on) await box.click();
    await view.locator(`[data-network-recording="${on ? 'on' : 'off'}"]`).waitFor();
  }

  /** Open the History view (`[data-view="history"]`) and wait until it has loaded. */
  async openHistory(): Promise<Locator> {
    await this.page.locator('[data-view="history"]').click();
    const history = this.page.locator('[data-history="ready"]');
    await history.waitFor();
    return history;
  }

  /** Click export and wait for the browser's download. */
  async exportBundle(timeout = 20_000): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout });
    await this.action('export-bundle').click();
    return download;
  }

  /** Send a typed message to the background through the extension's own protocol, from this page. */
  async send<K extends MessageType>(type: K, payload: Req<K>): Promise<Wire<Res<K>>> {
    return this.page.evaluate(
      ([t, p]) => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        };
        return chrome.runtime.sendMessage({ ns: 'tsd/1', type: t, payload: p });
      },
      [type, payload] as const,
    ) as Promise<Wire<Res<K>>>;
  }

  // Guided walk and history (popup issue). Hooks beyond CONTRACT.md, owned by components/popup/.

  /** The open walk: `[data-walk]` is question | fix | escalate | ruled-out | done. */
  get walk(): Locator {
    return this.page.locator('[data-walk]');
  }

  /** Open a cause's guided walk from the ranked list. */
  async openWalk(id: CauseId): Promise<Locator> {
    await this.page.locator(`[data-open-cause="${id}"]`).click();
    await this.walk.waitFor();
    return this.walk;
  }

  /** Answer the question on screen. */
  async answer(value: string): Promise<void> {
    await this.walk.locator(`[data-answer="${value}"]`).click();
  }

  /** Say whether the fix on screen worked. */
  async checkResult(worked: boolean): Promise<void> {
    await this.walk.locator(`[data-check="${worked ? 'fixed' : 'not-fixed'}"]`).click();
  }

  /** Switch to the History view and wait until it has read the history. */
  async showHistory(): Promise<Locator> {
    await this.page.locator('[data-view="history"]').click();
    const view = this.page.locator('[data-history="ready"]');
    await view.waitFor();
    return view;
  }

  /** Past walks in History, newest first: `[data-session][data-outcome]`. */
  sessions(): Locator {
    return this.page.locator('[data-session]');
  }
}
