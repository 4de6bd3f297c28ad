/**
 * From what the hook counted to the evidence model: which kind of event an item is (http-error, api-error,
 * network-failure, slow-api against its kind's budget, checkout-failure), redacted and capped, plus the request
 * record kept for the HAR. Shared by the content script and the background's webRequest observer.
 */
import { isCheckoutUrl, isUnderDomain } from '../facts/hosts';
import { apiKindOf, budgetOf } from '../facts/latency-budgets';
import type { HookItem } from '../hook/wire';
import { MESSAGE_CHARS, URL_CHARS } from '../limits';
import type { ApiKind, EventKind, ObservedEvent, RequestRecord } from '../model';
import { redactText, redactUrl } from '../redact';
import type { SecretMemory } from '../redact/values';

export interface PageInfo {
  url: string;
  host: string;
}

export interface Converted {
  event: ObservedEvent;
  record?: RequestRecord;
}

const PAY_FLOW = /payment|billing|payout|checkout|finance|settle|wallet/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Page text as plain data: control characters out, secrets redacted, capped. Never parsed as HTML. */
export function plainText(text: string, mem?: SecretMemory): string {
  return redactText(text.slice(0, MESSAGE_CHARS * 2).replace(CONTROL, ''), mem).slice(0, MESSAGE_CHARS);
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Whether a host is a Seller Center host (`isSellerHost` of utils/facts/hosts.ts, or `onMatchedPage`). */
export type SellerHostTest = (host: string) => boolean;

/**
 * For pages the content script runs on: its matches are Seller Center and buyer checkout alone (CONTENT_MATCHES),
 * so there a page that is not checkout is Seller Center. Saying so keeps the hosts table out of the page's bundle.
 */
export const onMatchedPage: SellerHostTest = () => true;

/** Buyer checkout, or a Seller Center payment / billing / payout page. */
export function isCheckoutPage(pageUrl: string, isSellerHost: SellerHostTest): boolean {
  try {
    const u = new URL(pageUrl);
    return isCheckoutUrl(u) || (isSellerHost(u.hostname) && PAY_FLOW.test(u.pathname));
  } catch {
    return false;
  }
}

/** A failure is a checkout failure on a checkout / payment API anywhere, or on a checkout page's own site. */
export function isCheckoutFailure(
  apiKind: ApiKind | undefined,
  requestUrl: string | undefined,
  pageUrl: string,
  isSellerHost: SellerHostTest,
): boolean {
  if (apiKind === 'checkout' || apiKind === 'payment') return true;
  if (!isCheckoutPage(pageUrl, isSellerHost)) return false;
  if (!requestUrl) return true;
  try {
    const r = new URL(requestUrl, pageUrl).hostname;
    return r === new URL(pageUrl).hostname || isUnderDomain(r, 'tiktok.com');
  } catch {
    return false;
  }
}

const mime = (ct: string | undefined) => ct?.split(';')[0]?.trim().slice(0, 128) || undefined;

/**
 * One hook item as an event (and a request record for failed and slow calls); undefined when within budget.
 * The content script's: `page` is one it runs on (`onMatchedPage`).
 */
export function convertItem(item: HookItem, page: PageInfo, mem?: SecretMemory): Converted | undefined {
  if (item.t === 'e') {
    const event: ObservedEvent = {
      kind: item.k,
      at: item.z,
      source: 'page',
      pageHost: page.host,
      message: item.res ? `Failed to load ${item.res}` : plainText(item.msg, mem),
    };
    if (item.src) event.url = redactUrl(absolute(item.src, page.url), mem).slice(0, URL_CHARS);
    if (item.res) event.resourceType = item.res;
    return { event };
  }
  const url = redactUrl(absolute(item.u, page.url), mem).slice(0, URL_CHARS);
  const apiKind = apiKindOf(url);
  const message = item.msg ? plainText(item.msg, mem) : undefined;
  let kind: EventKind;
  if (item.f) kind = 'network-failure';
  else if (item.s >= 400) kind = 'http-error';
  else if (item.c !== undefined || item.ic) kind = 'api-error';
  else if (item.d > budgetOf(apiKind)) kind = 'slow-api';
  else return undefined;
  if (kind !== 'slow-api' && isCheckoutFailure(apiKind, url, page.url, onMatchedPage)) kind = 'checkout-failure';
  const durationMs = Math.round(item.d);
  const event: ObservedEvent = {
    kind,
    at: item.z,
    source: 'page',
    pageHost: page.host,
    url,
    method: item.m,
    status: item.f ? 0 : item.s,
    durationMs,
    apiKind,
  };
  // a batch answered with top-level code 0 is named by its first per-item code (item-events.ts adds the others)
  const code = item.c ?? item.ic?.[0];
  if (code !== undefined) event.code = code;
  if (item.f) event.message = item.f === 'timeout' ? 'Request timed out' : (message ?? 'Request failed');
  else if (message) event.message = message;
  if (item.rid) event.requestId = item.rid;
  const record: RequestRecord = {
    at: item.a,
    method: item.m,
    url,
    status: event.status ?? 0,
    durationMs,
    pageHost: page.host,
    source: 'page',
  };
  if (event.code !== undefined) record.code = event.code;
  if (event.message) record.message = event.message;
  if (event.requestId) record.requestId = event.requestId;
  const m = mime(item.ct);
  if (m) record.mimeType = m;
  return { event, record };
}
