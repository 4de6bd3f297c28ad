/**
 * Which origins a clear touches: the Seller Center origins of the seller's market (learned from open tabs and
 * from the hosts the observer stored) plus the TikTok-owned origins those pages load from. Never any other host:
 * everything passes the TikTok allowlist below, so a clear cannot reach another site's data.
 */
import {
  DEFAULT_SELLER_HOST,
  hostnameOf,
  isSellerHost,
  isTikTokOwnedHost,
  marketOfHost,
  registrableDomain,
  SELLER_HOSTS,
  SELLER_MATCHES,
} from '../../facts/hosts';
import type { DoctorDb } from '../../store';
// the query alone, not the store's index: the popup's clear dialog imports this file (for registrableDomain)
import { newestObservations } from '../../store/queries';

// The registrable-domain logic lives with the hosts; re-exported for the clear's callers.
export { isTikTokOwnedHost, registrableDomain, TIKTOK_DOMAINS } from '../../facts/hosts';

import { CLEAR_ORIGINS } from '../../limits';

/** Buyer-side hosts: TikTok-owned, but not something Seller Center loads from; left alone unless a seller page used them. */
const BUYER_HOSTS = new Set(['www.tiktok.com', 'shop.tiktok.com', 'tiktok.com']);

/** At most this many origins in one clear, seller origins first: the confirmation must stay readable. */
export const MAX_ORIGINS = CLEAR_ORIGINS;

/** Rows of history read for hosts: the newest ones are enough and keep the popup fast. */
const HISTORY_ROWS = 2_000;

/** The host of an https URL; other schemes are no site data of ours. */
function httpsHostOf(url: string | undefined): string | undefined {
  return url?.startsWith('https:') ? hostnameOf(url) : undefined;
}

/** One row of what the observer stored, reduced to what origins need. */
export interface SeenRow {
  pageHost: string;
  url?: string;
  source?: string;
}

/** Hosts the seller's pages used: Seller Center hosts, and TikTok hosts loaded by a Seller Center page. */
export function hostsFromRows(rows: Iterable<SeenRow>): { seller: Set<string>; loaded: Set<string> } {
  const seller = new Set<string>();
  const loaded = new Set<string>();
  for (const row of rows) {
    const page = typeof row.pageHost === 'string' ? row.pageHost.toLowerCase() : '';
    const target = httpsHostOf(row.url);
    if (isSellerHost(page)) seller.add(page);
    if (!target || !isTikTokOwnedHost(target)) continue;
    if (isSellerHost(target)) seller.add(target);
    // webRequest rows carry the request host as pageHost: their initiator is unknown, so buyer hosts stay out.
    else if (isSellerHost(page) || (row.source === 'webrequest' && !BUYER_HOSTS.has(target))) loaded.add(target);
  }
  return { seller, loaded };
}

/** Every Seller Center host of the markets seen (the accounts host goes with the market host). */
export function sellerHostsOfMarkets(seen: Iterable<string>): string[] {
  const hosts = new Set<string>();
  const markets = new Set<string>();
  for (const host of seen) {
    if (!isSellerHost(host)) continue;
    hosts.add(host);
    const market = marketOfHost(host);
    if (market) markets.add(market);
  }
  for (const h of SELLER_HOSTS) {
    // Partner Center is a different product: cleared only when the seller used it.
    if (markets.has(h.market) && !h.host.startsWith('partner.')) hosts.add(h.host);
  }
  return [...hosts].sort();
}

export interface SiteOrigins {
  /** Seller Center origins (measured through their tabs) */
  seller: string[];
  /** other TikTok origins the Seller Center pages loaded from */
  loaded: string[];
  /** both, seller first, capped */
  all: string[];
  /** registrable domains whose cookies go when cookies are included (Chrome clears per registrable domain) */
  cookieDomains: string[];
}

export function buildOrigins(sellerSeen: Iterable<string>, loadedSeen: Iterable<string>): SiteOrigins {
  let sellerHosts = sellerHostsOfMarkets(sellerSeen);
  if (sellerHosts.length === 0) sellerHosts = sellerHostsOfMarkets([DEFAULT_SELLER_HOST]);
  const sellerSet = new Set(sellerHosts);
  const loadedHosts = [...new Set(loadedSeen)]
    .map((h) => h.toLowerCase())
    .filter((h) => isTikTokOwnedHost(h) && !sellerSet.has(h))
    .sort();
  const all = [...sellerHosts, ...loadedHosts].slice(0, MAX_ORIGINS).map((h) => `https://${h}`);
  const seller = all.filter((o) => sellerSet.has(new URL(o).hostname));
  const loaded = all.filter((o) => !sellerSet.has(new URL(o).hostname));
  const cookieDomains = [...new Set(all.map((o) => registrableDomain(new URL(o).hostname)))].sort();
  return { seller, loaded, all, cookieDomains };
}

/** The part of `browser.tabs` this module uses. */
export interface TabsLike {
  query(q: { url?: string | string[] }): Promise<{ id?: number; url?: string; active?: boolean }[]>;
}

/** Open Seller Center tabs, with their host. */
export async function openSellerTabs(tabs: TabsLike): Promise<{ id: number; host: string; active: boolean }[]> {
  const found = await tabs.query({ url: [...SELLER_MATCHES] });
  const out: { id: number; host: string; active: boolean }[] = [];
  for (const t of found) {
    const host = httpsHostOf(t.url);
    if (t.id !== undefined && host && isSellerHost(host)) out.push({ id: t.id, host, active: t.active === true });
  }
  return out;
}

/** Rows from the stored history (newest first). A history that cannot be read only narrows the guess. */
export async function readSeenRows(database: DoctorDb): Promise<SeenRow[]> {
  try {
    const { events: groups, requests } = await newestObservations(database, HISTORY_ROWS);
    return [
      ...groups.map((g) => ({ pageHost: g.sample.pageHost, url: g.sample.url, source: g.sample.source })),
      ...requests.map((r) => ({ pageHost: r.pageHost, url: r.url, source: r.source })),
    ];
  } catch {
    return [];
  }
}

/** The origins to clear now, from open tabs and stored history. */
export async function computeOrigins(tabs: TabsLike, database: DoctorDb): Promise<SiteOrigins> {
  const [open, rows] = await Promise.all([openSellerTabs(tabs).catch(() => []), readSeenRows(database)]);
  const seen = hostsFromRows(rows);
  return buildOrigins([...open.map((t) => t.host), ...seen.seller], seen.loaded);
}
