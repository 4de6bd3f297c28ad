/**
 * The seller host's market against where the browser says it is (time zone, locale region). A mismatch is a
 * hint (a VPN exit, travel, a cross-border seller), never a fact, so it is at most a warning.
 */

import { type DxMessage, dx } from '../../diagnosis/message';
import { marketRegion } from '../../facts/markets';
import type { ProbeOutcome } from '../../model';
import type { ProbeMetrics } from './metrics';

/** true when the time zone or the locale region belongs to the market; null when the market has no region. */
export function regionMatch(market: string, timeZone: string, locale: string): boolean | null {
  const row = marketRegion(market);
  if (!row) return null;
  const tzMatch = row.timeZones.includes(timeZone) || (row.zonePrefixes ?? []).some((p) => timeZone.startsWith(p));
  if (tzMatch) return true;
  const explicitRegion = /^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return explicitRegion === row.region;
}

export function regionMetrics(host: string, market: string, timeZone: string, locale: string): ProbeMetrics['region'] {
  return { host, market, timeZone, locale, match: regionMatch(market, timeZone, locale) };
}

export function regionOutcome(m: ProbeMetrics['region']): ProbeOutcome {
  if (m.match === null) return 'skip';
  return m.match ? 'pass' : 'warn';
}

export function regionSummary(m: ProbeMetrics['region']): DxMessage {
  const params = { host: m.host, market: m.market, timeZone: m.timeZone, locale: m.locale };
  if (m.match === null) return dx('probe.region.several', params);
  return dx(m.match ? 'probe.region.match' : 'probe.region.mismatch', params);
}
