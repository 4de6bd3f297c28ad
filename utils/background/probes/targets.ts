/** What the probes measure: the seller's Seller Center host(s), TikTok's global hosts and the control hosts. */
import {
  API_HOST,
  AUTH_HOST,
  DEFAULT_CONTROL_URLS,
  DEFAULT_SELLER_HOST,
  hostnameOf,
  isSellerHost,
} from '../../facts/hosts';
import type { ReachTarget } from './reach';

/** Seller hosts in order of evidence: open tabs first, then recent events; the US host when nothing is known. */
export function learnSellerHosts(tabUrls: readonly string[], eventHosts: readonly string[], max = 3): string[] {
  const hosts: string[] = [];
  const add = (h: string | null) => {
    if (h && isSellerHost(h) && !hosts.includes(h)) hosts.push(h);
  };
  for (const url of tabUrls) add(hostnameOf(url) ?? null);
  for (const h of eventHosts) add(h.toLowerCase());
  return hosts.length ? hosts.slice(0, max) : [DEFAULT_SELLER_HOST];
}

/** Control URLs from the setting, https only; the defaults when none is usable. */
export function usableControlUrls(configured: readonly unknown[] | null | undefined): string[] {
  const ok = (configured ?? []).filter((u): u is string => {
    if (typeof u !== 'string') return false;
    try {
      return new URL(u).protocol === 'https:';
    } catch {
      return false;
    }
  });
  return ok.length ? ok : [...DEFAULT_CONTROL_URLS];
}

export function reachTargets(sellerHost: string, controlUrls: readonly string[]): ReachTarget[] {
  const permitted = new Set(DEFAULT_CONTROL_URLS.map((u) => new URL(u).origin));
  return [
    { host: sellerHost, role: 'seller', url: `https://${sellerHost}/`, observed: true },
    { host: API_HOST, role: 'api', url: `https://${API_HOST}/`, observed: true },
    { host: AUTH_HOST, role: 'api', url: `https://${AUTH_HOST}/`, observed: true },
    ...controlUrls.map((url) => ({
      host: new URL(url).hostname,
      role: 'control' as const,
      url,
      observed: permitted.has(new URL(url).origin),
    })),
  ];
}
