import type { BrowserContext, BrowserType, Worker } from 'playwright-core';

export declare const ROOT: string;
export declare function extensionPath(env?: NodeJS.ProcessEnv): string;
export declare function hasBuild(dir?: string): boolean;
export declare function closedPort(): Promise<number>;
export declare function resolverRules(o: {
  simPort: number;
  refusedPort?: number;
  notFound?: readonly string[];
  refused?: readonly string[];
}): string;
export declare function chromiumArgs(o: {
  /** absent: no extension (a baseline) */
  extPath?: string;
  rules: string;
  headless?: boolean;
  extraArgs?: readonly string[];
}): string[];
export declare function tempProfileDir(prefix?: string): string;
export declare function launchWithExtension(
  chromium: BrowserType,
  o: {
    executablePath: string;
    userDataDir: string;
    /** absent: no extension (a baseline) */
    extPath?: string;
    rules: string;
    headless?: boolean;
    extraArgs?: readonly string[];
    viewport?: { width: number; height: number } | null;
  },
): Promise<BrowserContext>;
export declare function extensionWorker(
  context: BrowserContext,
  timeout?: number,
): Promise<{ worker: Worker; extensionId: string }>;
