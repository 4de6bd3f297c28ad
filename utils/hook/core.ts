/** What the fetch, XHR and error watchers report to: the hook's one tally and its flush timer (install.ts). */
import type { ErrorItem, RequestItem, ResourceType } from './wire';

/** What a call's key is made of (and its message): read for every reported call. */
export type RequestFacts = Omit<RequestItem, 't' | 'n' | 'a' | 'z' | 'h' | 'b' | 'ct' | 'rid'>;

/**
 * A reported call's request headers and body as the page gave them. Read (copied, capped) only when the call is the
 * first of its kind since the last flush: the content script learns the secrets in them (a token sent in a header and
 * repeated by an error message) and keeps none of it, and a repeat's message is not kept either (the tally keeps the
 * first sample), so a storm of slow calls copies one set of headers, not hundreds.
 */
export interface RawRequest {
  headers: unknown;
  body: unknown;
}

/**
 * The rest of a reported call, read only for the first of its kind (the tally keeps one sample per kind): its
 * response's content type and log id, and the raw request. Native header reads cost microseconds each, and a page
 * that makes hundreds of slow calls to one endpoint would pay them hundreds of times for one sample.
 */
export interface LateFacts {
  ct?: string;
  rid?: string;
  raw?: RawRequest;
}

export interface HookCore {
  /** no successful call faster than this is reported (the smallest budget; the content script's once connected) */
  slowMs: number;
  /** a successful call to `url` that took `ms` is over its kind's budget (and so is reported) */
  isSlow(url: string, ms: number): boolean;
  /** longest body text searched for the envelope */
  readonly bodyCap: number;
  noteRequest(r: RequestFacts, late?: () => LateFacts): void;
  noteError(k: ErrorItem['k'], message: string, file?: string, line?: number): void;
  noteResource(res: ResourceType, url: string): void;
  /** arm the flush timer (once) */
  schedule(): void;
}
