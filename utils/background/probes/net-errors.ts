/**
 * Telling network failures apart. `fetch()` only says "Failed to fetch"; `webRequest.onErrorOccurred` gives the
 * `net::ERR_*` string (documented as unstable: mapped here, the raw string kept beside the kind).
 */

import { NS } from '../../product';
import type { FailureKind } from './metrics';

const RULES: [RegExp, FailureKind][] = [
  // Chromium
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_DNS_|ERR_ICANN_NAME_COLLISION/, 'dns'],
  [/ERR_CONNECTION_REFUSED/, 'refused'],
  [/ERR_CONNECTION_TIMED_OUT|ERR_TIMED_OUT/, 'timeout'],
  [/ERR_CERT_|ERR_SSL_|ERR_BAD_SSL_|ERR_CERTIFICATE_|ERR_TLS_|ERR_QUIC_HANDSHAKE_FAILED/, 'tls'],
  // Blocked by an extension, a policy, or a middlebox that resets connections it filters.
  [
    /ERR_BLOCKED_BY_|ERR_NETWORK_ACCESS_DENIED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_UNSAFE_PORT/,
    'blocked',
  ],
  // Firefox (webRequest error strings are NS_ERROR_* / SEC_ERROR_* / SSL_ERROR_*)
  [/NS_ERROR_UNKNOWN_HOST|NS_ERROR_UNKNOWN_PROXY_HOST/, 'dns'],
  [/NS_ERROR_CONNECTION_REFUSED/, 'refused'],
  [/NS_ERROR_NET_TIMEOUT/, 'timeout'],
  [/SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_ERROR_/, 'tls'],
  [/NS_ERROR_NET_RESET|NS_ERROR_NET_INTERRUPT|NS_ERROR_CONTENT_BLOCKED/, 'blocked'],
];

/** Map a raw network error string to a failure kind; unknown strings are `other`. */
export function failureKindOfNetError(raw: string): FailureKind {
  for (const [re, kind] of RULES) if (re.test(raw)) return kind;
  return 'other';
}

/**
 * The failure kind of a sample that got no HTTP response. Our own timeout wins (the browser then reports
 * ERR_ABORTED, which says nothing); otherwise the webRequest string decides; without one, `other`.
 */
export function classifyFailure(input: { timedOut: boolean; netError: string | null }): FailureKind {
  if (input.timedOut) return 'timeout';
  if (input.netError) return failureKindOfNetError(input.netError);
  return 'other';
}

/** The query parameter that tags a probe request, so that webRequest errors can be matched to it. */
export const PROBE_PARAM = `${NS}_probe`;

export function probeTagOf(url: string): string | null {
  try {
    return new URL(url).searchParams.get(PROBE_PARAM);
  } catch {
    return null;
  }
}

export interface NetErrorSource {
  addListener(cb: (details: { url: string; error: string }) => void, filter: { urls: string[] }): void;
  removeListener(cb: (details: { url: string; error: string }) => void): void;
}

/**
 * Collects `onErrorOccurred` strings of tagged probe requests while a run lasts. `wait` gives the error of a tag,
 * waiting a moment since the event and the fetch rejection are not ordered.
 */
export class NetErrorLog {
  private readonly errors = new Map<string, string>();
  private readonly waiters = new Map<string, (error: string) => void>();
  private readonly listener = (details: { url: string; error: string }) => {
    const tag = probeTagOf(details.url);
    if (!tag) return;
    this.errors.set(tag, details.error);
    this.waiters.get(tag)?.(details.error);
  };

  private source: NetErrorSource | undefined;

  constructor(source: NetErrorSource | undefined, urls: string[]) {
    try {
      source?.addListener(this.listener, { urls });
      this.source = source;
    } catch {
      // webRequest missing or refusing the filter: failure kinds fall back to `other`.
      this.source = undefined;
    }
  }

  get available(): boolean {
    return this.source !== undefined;
  }

  async wait(tag: string, ms = 200): Promise<string | null> {
    const known = this.errors.get(tag);
    if (known !== undefined || !this.source) return known ?? null;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(tag);
        resolve(null);
      }, ms);
      this.waiters.set(tag, (error) => {
        clearTimeout(timer);
        this.waiters.delete(tag);
        resolve(error);
      });
    });
  }

  dispose(): void {
    this.source?.removeListener(this.listener);
  }
}
