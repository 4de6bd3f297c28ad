/**
 * Before/after figures of a clear. Only a content script sees a page origin's storage, so each Seller Center
 * origin is measured by asking one of its open tabs; an origin without a tab, or a tab that does not answer in
 * time, is simply not measured. Cookies are counted through the cookies API (what its host permissions show).
 */
import type { SiteStorageReport } from '../../model';

export const MEASURE_TIMEOUT_MS = 3_000;

/** Run `work`, or reject with `message` after `ms`. The timer never outlives the race. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

const nullableCount = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : null;

/** Accept a report only for the origin asked about, with numbers or nulls and nothing else. */
export function toReport(origin: string, raw: unknown, now: number): SiteStorageReport | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r.origin !== origin) return undefined;
  return {
    origin,
    at: typeof r.at === 'number' ? r.at : now,
    usage: nullableCount(r.usage),
    quota: nullableCount(r.quota),
    cacheNames: nullableCount(r.cacheNames),
    indexedDbs: nullableCount(r.indexedDbs),
    serviceWorkers: nullableCount(r.serviceWorkers),
    localStorageKeys: nullableCount(r.localStorageKeys),
  };
}

export type AskTab = (tabId: number) => Promise<unknown>;

/** Measure each origin through one of its open tabs (the active one first). Unmeasured origins are left out. */
export async function measureOrigins(
  origins: string[],
  tabs: { id: number; host: string; active: boolean }[],
  ask: AskTab,
  timeoutMs = MEASURE_TIMEOUT_MS,
  now: () => number = Date.now,
): Promise<SiteStorageReport[]> {
  const reports = await Promise.all(
    origins.map(async (origin) => {
      const host = new URL(origin).hostname;
      const tab = tabs.filter((t) => t.host === host).sort((a, b) => Number(b.active) - Number(a.active))[0];
      if (!tab) return undefined;
      try {
        return toReport(origin, await withTimeout(ask(tab.id), timeoutMs, 'measure timed out'), now());
      } catch {
        return undefined; // no handler in that tab, or it did not answer: "not measured"
      }
    }),
  );
  return reports.filter((r): r is SiteStorageReport => r !== undefined);
}

const encoder = new TextEncoder();

export interface CookieLike {
  name: string;
  value: string;
  domain: string;
  path: string;
  storeId?: string;
}

export interface CookiesLike {
  getAll(details: { domain: string }): Promise<CookieLike[]>;
}

export interface CookieTally {
  count: number;
  bytes: number;
}

/** Cookies of the registrable domains (and their subdomains), each counted once. Undefined when not readable. */
export async function countCookies(
  cookies: CookiesLike | undefined,
  domains: string[],
): Promise<CookieTally | undefined> {
  if (!cookies || domains.length === 0) return undefined;
  try {
    const seen = new Map<string, CookieLike>();
    for (const list of await Promise.all(domains.map((domain) => cookies.getAll({ domain })))) {
      for (const c of list) seen.set(`${c.storeId ?? ''}|${c.domain}|${c.path}|${c.name}`, c);
    }
    let bytes = 0;
    for (const c of seen.values()) bytes += encoder.encode(c.name).length + encoder.encode(c.value).length;
    return { count: seen.size, bytes };
  } catch {
    return undefined;
  }
}
