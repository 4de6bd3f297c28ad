/**
 * Aggregating event groups into one line of evidence: how many endpoints, how many times, since when, and a
 * weight that counts each endpoint once (aged by its own last sighting) plus a small bonus for repeats.
 */
import type { EventGroup } from '../model';
import { recency, whenPhrase } from './age';
import { memo } from './memo';
import { type DxMessage, dx } from './message';

export interface GroupSet {
  groups: EventGroup[];
  endpoints: number;
  count: number;
  earliestAt: number;
  latestAt: number;
}

export function endpointOf(g: EventGroup): string {
  const url = g.sample.url;
  return url ? endpointOfKnown(url) : g.fingerprint;
}

/**
 * An absolute URL whose host and path the URL parser keeps exactly as written: http(s), a lower-case ASCII host whose
 * last label starts with a letter (no IPv4 form), no user, no port, and a path of characters that are neither
 * percent-encoded nor changed by the parser. Dot segments and punycode labels are excluded below (the parser
 * resolves or checks them).
 */
const PLAIN_URL = /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(\/[\w\-.~!$&'()*+,;=:@%/]*)?(?=[?#]|$)/;
const PARSER_WORK = /\/\.|%2e|(?:^|\.)xn--/i;

/**
 * "host/path" of a URL, what `new URL` gives as host + pathname. Read from the text when its shape is plain: in a
 * service worker that has just started, `new URL` cost about 25 µs a call, and the cold popup's ranking reads
 * hundreds of distinct URLs (8 ms of its 15). Anything else goes to the parser; tests hold the two to the same answer.
 */
export function endpointOfUrl(url: string): string {
  const m = PLAIN_URL.exec(url);
  if (m && !PARSER_WORK.test(m[1] + (m[2] ?? ''))) return `${m[1]}${m[2] ?? '/'}`;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

// Rules gather the same groups again and again: each URL is read once.
const endpointOfKnown = memo(endpointOfUrl);

export function gather(groups: EventGroup[]): GroupSet {
  return {
    groups,
    endpoints: new Set(groups.map(endpointOf)).size,
    count: groups.reduce((n, g) => n + g.count, 0),
    earliestAt: Math.min(...groups.map((g) => g.firstAt)),
    latestAt: Math.max(...groups.map((g) => g.lastAt)),
  };
}

export interface WeightRule {
  /** weight of one endpoint seen in the last half hour */
  perEndpoint: number;
  /** extra weight per repeat beyond one per endpoint */
  perRepeat?: number;
  /** most the repeats can add */
  repeatCap?: number;
  /** most the whole set can weigh */
  cap?: number;
}

/** Weigh a set: each distinct key (by default the endpoint) once, aged by its newest sighting, plus repeats. */
export function weigh(set: GroupSet, now: number, rule: WeightRule, keyOf: (g: EventGroup) => string = endpointOf) {
  const newest = new Map<string, number>();
  for (const g of set.groups) {
    const k = keyOf(g);
    newest.set(k, Math.max(newest.get(k) ?? 0, g.lastAt));
  }
  let w = 0;
  for (const at of newest.values()) w += rule.perEndpoint * recency(at, now);
  const repeats = Math.max(0, set.count - newest.size);
  w += Math.min(rule.repeatCap ?? 0.3, repeats * (rule.perRepeat ?? 0.05)) * recency(set.latestAt, now);
  return round(Math.min(rule.cap ?? Number.POSITIVE_INFINITY, w));
}

export function round(w: number): number {
  return Math.round(w * 1000) / 1000;
}

/** "on 4 endpoints" or "5 times on 1 endpoint" */
export function spread(set: GroupSet): DxMessage {
  if (set.endpoints > 1) return dx('dx.spread.endpoints', { count: set.endpoints });
  return set.count > 1 ? dx('dx.spread.times', { count: set.count }) : dx('dx.spread.once');
}

export function when(set: GroupSet, now: number): DxMessage {
  return whenPhrase(set.earliestAt, set.latestAt, now);
}

/** "on 4 endpoints in the last 10 minutes": how widely and when, in the order each language says it. */
export function where(set: GroupSet, now: number): DxMessage {
  return dx('dx.where', { spread: spread(set), when: when(set, now) });
}

export function sortedStatuses(groups: EventGroup[]): number[] {
  return [...new Set(groups.map((g) => g.sample.status).filter((s): s is number => typeof s === 'number'))].sort(
    (a, b) => a - b,
  );
}
