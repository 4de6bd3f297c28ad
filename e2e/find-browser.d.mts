export declare const BROWSER_NAMES: string[];
export declare const NO_BROWSER_MESSAGE: string;
export declare function findBrowser(env?: NodeJS.ProcessEnv): string | undefined;
export declare function requireBrowser(): string;
