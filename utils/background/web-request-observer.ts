/**
 * webRequest observation (never blocking) of Seller Center and TikTok API hosts: HTTP errors (status >= 400,
 * main-frame 431 / 451 / 5xx included) and failures below HTTP (`net::ERR_*`), so that a page that never loads,
 * and so never runs the content script, still leaves evidence. Our own probe requests are not the seller's
 * traffic and are skipped. Events are grouped and batched like the page's.
 */
import { API_HOST, AUTH_HOST, CHECKOUT_MATCHES, SELLER_MATCHES } from '../facts/hosts';
import { apiKindOf } from '../facts/latency-budgets';
import type { ObservedEvent, RequestRecord } from '../model';
import { type Batch, Collector } from '../observer/collector';
import { isCheckoutFailure } from '../observer/to-events';
import { PROBE_PARAM } from '../probes/net-errors';
import { redactUrl } from '../redact';

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
  responseHeaders?: { name: string; value?: string }[];
}

// `undefined`, not `void`: assignable to the blocking-capable signatures of the real API (we never block).
type Listener = (details: RequestDetails) => undefined;

interface WebRequestEvent {
  addListener(cb: Listener, filter: { urls: string[] }, extraInfoSpec?: string[]): void;
  removeListener(cb: Listener): void;
}

/** The part of `browser.webRequest` used here, so that tests can hand in a stub. */
export interface WebRequestApi {
  onBeforeRequest: WebRequestEvent;
  onCompleted: WebRequestEvent;
  onErrorOccurred: WebRequestEvent;
}

export interface WebRequestObserverOptions {
  urls: string[];
  /** this extension's origin, e.g. `chrome-extension://<id>`: its own requests are skipped */
  ownOrigin: string;
  send: (batch: Batch) => Promise<unknown>;
  flushMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

/** Errors that say nothing about the network: navigation replaced, request cancelled by the page. */
const BENIGN_ERRORS = /^(?:net::ERR_ABORTED|NS_BINDING_ABORTED|NS_ERROR_ABORT)$/;
const MAX_PENDING = 2_000;

function header(d: RequestDetails, name: string): string | undefined {
  return d.responseHeaders?.find((h) => h.name.toLowerCase() === name)?.value;
}

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

/** Start observing; returns the function that stops it (and flushes what is counted). */
export function observeWebRequests(api: WebRequestApi, opts: WebRequestObserverOptions): () => void {
  const started = new Map<string, number>();
  const collector = new Collector({ send: opts.send, flushMs: opts.flushMs ?? 1_000, setTimeout: opts.setTimeout });

  const ours = (d: RequestDetails) =>
    [d.initiator, d.documentUrl, d.originUrl].some((u) => u?.startsWith(opts.ownOrigin)) ||
    d.url.includes(`${PROBE_PARAM}=`);

  const onBefore: Listener = (d) => {
    if (started.size >= MAX_PENDING) started.clear();
    started.set(d.requestId, d.timeStamp);
  };

  const record = (d: RequestDetails, failure: { status: number; netError?: string }) => {
    const begin = started.get(d.requestId);
    started.delete(d.requestId);
    if (ours(d)) return;
    const url = redactUrl(d.url).slice(0, 2_048);
    const page = pageOf(d);
    const apiKind = apiKindOf(url);
    const checkout = isCheckoutFailure(apiKind, url, page);
    const durationMs = begin === undefined ? 0 : Math.max(0, Math.round(d.timeStamp - begin));
    const requestId = header(d, 'x-tt-logid')?.slice(0, 128);
    const event: ObservedEvent = {
      kind: checkout ? 'checkout-failure' : failure.netError ? 'network-failure' : 'http-error',
      at: d.timeStamp,
      source: 'webrequest',
      pageHost: hostOf(page) || hostOf(d.url),
      url,
      method: d.method.slice(0, 16),
      status: failure.status,
      durationMs,
      apiKind,
      resourceType: d.type.slice(0, 32),
    };
    const row: RequestRecord = {
      at: begin ?? d.timeStamp,
      method: event.method ?? 'GET',
      url,
      status: failure.status,
      durationMs,
      pageHost: event.pageHost,
      source: 'webrequest',
    };
    if (failure.netError) {
      event.netError = failure.netError.slice(0, 128);
      event.message = event.netError;
      row.netError = event.netError;
    }
    if (requestId) {
      event.requestId = requestId;
      row.requestId = requestId;
    }
    const mime = header(d, 'content-type')?.split(';')[0]?.trim();
    if (mime) row.mimeType = mime.slice(0, 128);
    collector.add(event, 1, event.at, event.at, row);
  };

  const onCompleted: Listener = (d) => {
    if ((d.statusCode ?? 0) >= 400) record(d, { status: d.statusCode ?? 0 });
    else started.delete(d.requestId);
  };
  const onError: Listener = (d) => {
    if (!d.error || BENIGN_ERRORS.test(d.error)) started.delete(d.requestId);
    else record(d, { status: 0, netError: d.error });
  };

  const filter = { urls: opts.urls };
  api.onBeforeRequest.addListener(onBefore, filter);
  api.onCompleted.addListener(onCompleted, filter, ['responseHeaders']);
  api.onErrorOccurred.addListener(onError, filter);
  return () => {
    api.onBeforeRequest.removeListener(onBefore);
    api.onCompleted.removeListener(onCompleted);
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
