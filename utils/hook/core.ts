/** What the fetch, XHR and error watchers report to: the hook's one tally and its flush timer (install.ts). */
import type { ErrorItem, RequestItem, ResourceType } from './wire';

export type RequestFacts = Omit<RequestItem, 't' | 'n' | 'a' | 'z'>;

export interface HookCore {
  /** successful calls slower than this are reported (the content script's value once connected) */
  slowMs: number;
  /** longest body text searched for the envelope */
  readonly bodyCap: number;
  noteRequest(r: RequestFacts): void;
  noteError(k: ErrorItem['k'], message: string, file?: string, line?: number): void;
  noteResource(res: ResourceType, url: string): void;
  /** arm the flush timer (once) */
  schedule(): void;
}
