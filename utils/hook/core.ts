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
  /**
   * A reported call's request headers and body, raw: the content script learns the secrets in them (a token sent
   * in a header and repeated by an error message) and keeps none of it. Bounded per batch; read only for reported calls.
   */
  raw(headers: unknown, body: unknown): Pick<RequestItem, 'h' | 'b'>;
}
