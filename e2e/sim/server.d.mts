/** Types of the simulator (server.mjs). */

/** A host selector: a class, `tiktok` (seller + checkout + api), `*`, an exact name or a glob (`*.tiktok.com`). */
export type HostSpec = 'seller' | 'checkout' | 'api' | 'control' | 'other' | 'tiktok' | '*' | (string & {}) | RegExp;

/**
 * One fault rule. Matchers (all optional, all must match): host, path (glob on the path without query, or RegExp),
 * method, dest (Sec-Fetch-Dest: 'document', 'script', 'empty' for fetch/XHR and extension requests; '!x' negates),
 * times (the rule applies to the first N matching requests only). Every matching rule applies: the answer
 * (status / code / message / page) of a later rule replaces an earlier one whole; other effects combine.
 */
export interface Fault {
  host?: HostSpec | HostSpec[];
  path?: string | RegExp | (string | RegExp)[];
  method?: string | string[];
  dest?: string | string[];
  times?: number;
  /** HTTP status. Alone: a gateway-style HTML body (429: envelope 36009002). With `code`: the envelope's status. */
  status?: number;
  /** TikTok envelope error code (HTTP 200 unless `status`), with `message`. */
  code?: number;
  message?: string;
  /** answer after this many ms */
  delayMs?: number;
  /** never answer (the request times out on the client side) */
  hang?: boolean;
  /** shift the Date header by this many ms (positive: the server is ahead) */
  dateOffsetMs?: number;
  /** Set-Cookie headers totalling about this many bytes, on the registrable domain */
  setCookieBytes?: number;
  /** answer 431 when the Cookie request header exceeds this many bytes (default 8192, always on) */
  cookieLimit?: number;
  /** answer with the region-unavailable (default 451) or maintenance (default 503) page */
  page?: 'region' | 'maintenance';
  /** strict Content-Security-Policy (script-src 'self') on pages */
  csp?: 'strict';
  /** toasts the page shows at load: generic, network, payment-failed, listing-error, violation, update-browser, session-expired */
  toasts?: string[];
  /** language of the page's toasts: en (default), id, es */
  toastLang?: 'en' | 'id' | 'es';
  /** remove toasts after this many ms (0: keep) */
  toastTtlMs?: number;
}

export interface LoggedRequest {
  at: number;
  host: string;
  method: string;
  /** path with query */
  path: string;
  /** Sec-Fetch-Dest, 'empty' when absent */
  dest: string;
  cookieBytes: number;
  /** 0 until answered */
  status: number;
  ms: number | null;
  hung?: boolean;
  /** '1.1' or '2.0' (HTTP/2: only with `http2: true`, for clients that negotiate h2) */
  httpVersion?: string;
  /** which connection carried it: a serial number per TLS connection (HTTP/2: per session), from 1 */
  connection?: number;
}

export interface SimOptions {
  port?: number;
  /** exact Seller Center host names (default: patterns following the manifest matches) */
  sellerHosts?: readonly string[];
  cookieLimit?: number;
  scenario?: string;
  faults?: Fault | Fault[];
  /**
   * Serve over HTTP/2 (negotiated by ALPN; HTTP/1.1 clients are still served), as real Seller Center is: a page's
   * parallel calls share one multiplexed connection instead of queueing over Chromium's 6 connections per host.
   * Same handler, faults and answers; `close()` ends every session, hung streams included. Default false: HTTP/1.1
   * (the end-to-end suite); the benchmarks use HTTP/2.
   */
  http2?: boolean;
}

export interface Sim {
  port: number;
  /** every request seen, oldest first (capped at 20,000) */
  requests: LoggedRequest[];
  /** replace the fault rules */
  set(faults: Fault | Fault[]): void;
  /** append fault rules */
  add(faults: Fault | Fault[]): void;
  /** replace the fault rules with a named scenario's (its network part needs a relaunch) */
  useScenario(name: string): void;
  /** no faults, empty log */
  reset(): void;
  clearLog(): void;
  /** logged requests whose host (and path without query) match the globs */
  requestsTo(host: string | RegExp, path?: string | RegExp): LoggedRequest[];
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export declare function startSim(options?: SimOptions): Promise<Sim>;
