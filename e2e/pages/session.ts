import { rmSync } from 'node:fs';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension, tempProfileDir } from '../sim/browser.mjs';

export interface SessionOptions {
  executablePath: string;
  extPath: string;
  /** the --host-resolver-rules value */
  rules: string;
  headless: boolean;
  extraArgs: string[];
}

/**
 * One browser profile with the extension loaded. `relaunch()` closes the browser and starts it again on the
 * same profile (history must survive that); page objects read `context` lazily, so they follow.
 */
export class ExtensionSession {
  readonly userDataDir = tempProfileDir();
  #context?: BrowserContext;
  #worker?: Worker;
  #extensionId?: string;

  constructor(readonly options: SessionOptions) {}

  get context(): BrowserContext {
    if (!this.#context) throw new Error('The browser is not running');
    return this.#context;
  }

  get extensionId(): string {
    if (!this.#extensionId) throw new Error('The extension has not started');
    return this.#extensionId;
  }

  /** The extension's service worker. MV3 may stop it when idle; `worker()` finds the current one. */
  get serviceWorker(): Worker {
    if (!this.#worker) throw new Error('The extension has not started');
    return this.#worker;
  }

  /** The current service worker, waiting for it to start again when MV3 has stopped it. */
  async worker(): Promise<Worker> {
    const { worker } = await extensionWorker(this.context);
    this.#worker = worker;
    return worker;
  }

  async launch(): Promise<BrowserContext> {
    const context = await launchWithExtension(chromium, { ...this.options, userDataDir: this.userDataDir });
    this.#context = context;
    try {
      const { worker, extensionId } = await extensionWorker(context);
      this.#worker = worker;
      this.#extensionId = extensionId;
    } catch (err) {
      await context.close();
      throw new Error(`The extension did not start from ${this.options.extPath}: ${String(err)}`);
    }
    return context;
  }

  /** Close the browser and start it again with the same profile. */
  async relaunch(): Promise<BrowserContext> {
    await this.#context?.close();
    this.#context = undefined;
    return this.launch();
  }

  async close(): Promise<void> {
    await this.#context?.close().catch(() => undefined);
    this.#context = undefined;
    rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
