/**
 * webRequest observation (never blocking) of Seller Center and TikTok API hosts: HTTP errors (status >= 400,
 * main-frame 431 / 451 / 5xx included) and failures below HTTP (`net::ERR_*`), so that a page that never loads,
 * and so never runs the content script, still leaves evidence. Our own probe requests are not the seller's
 * traffic and are skipped. Events are grouped and batched like the page's.
 */

import { type Batch, Collector } from '../content/collector';
import { isCheckoutFailure } from '../content/to-events';
import { API_HOST, AUTH_HOST, CHECKOUT_MATCHES, isSellerHost, SELLER_MATCHES } from '../facts/hosts';
import { apiKindOf } from '../facts/latency-budgets';
import { BATCH_LIMITS, METHOD_CHARS, SHORT_TEXT_CHARS, URL_CHARS } from '../limits';
import type { ObservedEvent, RequestRecord } from '../model';
import { redactUrl } from '../redact';
import { workerSecrets } from '../redact/batch';
import { PROBE_PARAM } from './probes/net-errors';

export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  /** ms since the epoch */
  timeStamp: number;
  /** Chromium: origin of the document that made the request */
  initiator?: string;
  /** Firefox */
  documentUrl?: string;
  originUrl?: string;
  statusCode?: number;
  error?: string;
}

// `undefined`, not `void`: assignable to the blocking-capable signatures of the real API (we never block).
type Listener = (details: RequestDetails) => undefined;

export interface RequestFilter {
  urls: string[];
  types?: string[];
}

interface WebRequestEvent {
  addListener(cb: Listener, filter: RequestFilter, extraInfoSpec?: string[]): void;
  removeListener(cb: Listener): void;
}

/** The part of `browser.webRequest` used here, so that tests can hand in a stub. */
export interface WebRequestApi {
  onCompleted: WebRequestEvent;
  onErrorOccurred: WebRequestEvent;
}

export interface WebRequestObserverOptions {
  urls: string[];
  /**
   * Hosts whose requests are watched whatever their type (the Partner API hosts: no page of ours hooks their
   * callers). For the other `urls`, `onCompleted` skips fetch / XHR, which the MAIN-world hook already records
   * with status, duration and envelope.
   */
  allTypesUrls?: string[];
  /** this extension's origin, e.g. `chrome-extension://<id>`: its own requests are skipped */
  ownOrigin: string;
  send: (batch: Batch) => Promise<unknown>;
  flushMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

/**
 * Resource types `onCompleted` listens to on the hooked hosts: everything the page hook cannot see (documents,
 * frames, subresources), not `xmlhttprequest` (fetch and XHR: the hook sees them), `ping`, `csp_report` or
 * `websocket`. Only values both Chromium and Firefox accept (an unknown type makes `addListener` throw).
 */
export const UNHOOKED_TYPES: readonly string[] = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'media',
  'other',
];

/** Errors that say nothing about the network: navigation replaced, request cancelled by the page. */
const BENIGN_ERRORS = /^(?:net::ERR_ABORTED|NS_BINDING_ABORTED|NS_ERROR_ABORT)$/;

function pageOf(d: RequestDetails): string {
  if (d.type === 'main_frame') return d.url;
  return d.documentUrl ?? d.initiator ?? d.originUrl ?? d.url;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * Start observing; returns the function that stops it (and flushes what is counted).
 *
 * Cost: every request matching a filter is an event sent to the service worker, so the filters are narrow
 * (`onCompleted` without the page's fetch / XHR, no `extraInfoSpec`, no `onBeforeRequest`) and a successful
 * request returns at the first line. The price: no start time, so no duration (`durationMs` absent on events,
 * -1 on HAR rows), and no response headers (`x-tt-logid`, content type).
 */
export function observeWebRequests(api: WebRequestApi, opts: WebRequestObserverOptions): () => void {
  const collector = new Collector({
    send: opts.send,
    flushMs: opts.flushMs ?? BATCH_LIMITS.flushMs,
    setTimeout: opts.setTimeout,
  });

  const ours = (d: RequestDetails) =>
    [d.initiator, d.documentUrl, d.originUrl].some((u) => u?.startsWith(opts.ownOrigin)) ||
    d.url.includes(`${PROBE_PARAM}=`);

  const record = (d: RequestDetails, failure: { status: number; netError?: string }) => {
    if (ours(d)) return;
    const url = redactUrl(d.url, workerSecrets).slice(0, URL_CHARS);
    const page = pageOf(d);
    const apiKind = apiKindOf(url);
    const checkout = isCheckoutFailure(apiKind, url, page, isSellerHost);
    const event: ObservedEvent = {
      kind: checkout ? 'checkout-failure' : failure.netError ? 'network-failure' : 'http-error',
      at: d.timeStamp,
      source: 'webrequest',
      pageHost: hostOf(page) || hostOf(d.url),
      url,
      method: d.method.slice(0, METHOD_CHARS),
      status: failure.status,
      apiKind,
      resourceType: d.type.slice(0, 32),
    };
    const row: RequestRecord = {
      at: d.timeStamp,
      method: event.method ?? 'GET',
      url,
      status: failure.status,
      // unknown: no start time without onBeforeRequest (the HAR writes 0, latency statistics skip it)
      durationMs: -1,
      pageHost: event.pageHost,
      source: 'webrequest',
    };
    if (failure.netError) {
      event.netError = failure.netError.slice(0, SHORT_TEXT_CHARS);
      event.message = event.netError;
      row.netError = event.netError;
    }
    collector.add(event, 1, event.at, event.at, row);
  };

  // Two functions, not one added twice: removeListener would drop only one registration.
  const onCompleted: Listener = (d) => {
    const status = d.statusCode ?? 0;
    if (status < 400) return; // the common case: nothing to do
    record(d, { status });
  };
  const onCompletedAll: Listener = (d) => onCompleted(d);
  const onError: Listener = (d) => {
    if (!d.error || BENIGN_ERRORS.test(d.error)) return;
    record(d, { status: 0, netError: d.error });
  };

  const allTypes = opts.allTypesUrls ?? [];
  const hooked = opts.urls.filter((u) => !allTypes.includes(u));
  if (hooked.length) api.onCompleted.addListener(onCompleted, { urls: hooked, types: [...UNHOOKED_TYPES] });
  if (allTypes.length) api.onCompleted.addListener(onCompletedAll, { urls: allTypes });
  // Errors are rare and carry the net::ERR_* string the page never sees: every type, every observed host.
  api.onErrorOccurred.addListener(onError, { urls: [...hooked, ...allTypes] });
  return () => {
    api.onCompleted.removeListener(onCompleted);
    api.onCompleted.removeListener(onCompletedAll);
    api.onErrorOccurred.removeListener(onError);
    collector.flush();
  };
}

/** What the observer watches: every Seller Center host, buyer checkout and the Partner API hosts. */
export const OBSERVED_URLS: string[] = [
  ...SELLER_MATCHES,
  ...CHECKOUT_MATCHES,
  `https://${API_HOST}/*`,
  `https://${AUTH_HOST}/*`,
];

/** The Partner API hosts: no hooked page calls them, so `onCompleted` watches every type there. */
export const UNHOOKED_URLS: string[] = [`https://${API_HOST}/*`, `https://${AUTH_HOST}/*`];
