/**
 * Folds events into groups by fingerprint (exact counts, first / last seen, a few request ids) and request records
 * for the HAR, and sends them to the background in batches: on a short timer, and at once when the page goes away.
 * Bounded: at most `maxGroups` groups (then one overflow group per kind) and `maxRequests` records per flush.
 * Callers build events from checked input; the background validates every delta again on intake.
 */

import { BATCH_FLUSH_MS, BATCH_GROUPS, BATCH_PER_MESSAGE, BATCH_REQUESTS, REQUEST_IDS_PER_GROUP } from '../limits';
import type { EventGroupDelta, ObservedEvent, RequestRecord } from '../model';
import { fingerprintOf } from './fingerprint';

export interface Batch {
  groups: EventGroupDelta[];
  requests: RequestRecord[];
}

export interface CollectorOptions {
  send: (batch: Batch) => Promise<unknown>;
  flushMs?: number;
  maxGroups?: number;
  maxRequests?: number;
  /** the background takes at most this many groups and records per message */
  perMessage?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export class Collector {
  private groups = new Map<string, EventGroupDelta>();
  private requests: RequestRecord[] = [];
  private scheduled = false;

  constructor(private readonly opts: CollectorOptions) {}

  /** Count `n` occurrences of `event` seen between `firstAt` and `lastAt`. */
  add(event: ObservedEvent, n = 1, firstAt = event.at, lastAt = event.at, record?: RequestRecord): void {
    let fp = fingerprintOf(event);
    let group = this.groups.get(fp);
    if (!group && this.groups.size >= (this.opts.maxGroups ?? BATCH_GROUPS)) {
      fp = `${event.kind}:overflow`;
      group = this.groups.get(fp);
      if (!group) event = { ...event, message: '(more distinct events)' };
    }
    if (!group) {
      this.groups.set(fp, {
        fingerprint: fp,
        count: n,
        firstAt,
        lastAt,
        sample: event,
        requestIds: event.requestId ? [event.requestId] : [],
      });
    } else {
      group.count += n;
      group.firstAt = Math.min(group.firstAt, firstAt);
      if (lastAt >= group.lastAt) {
        group.lastAt = lastAt;
        group.sample = event;
      }
      if (event.requestId && !group.requestIds.includes(event.requestId)) {
        group.requestIds.push(event.requestId);
        if (group.requestIds.length > REQUEST_IDS_PER_GROUP) group.requestIds.shift();
      }
    }
    if (record && this.requests.length < (this.opts.maxRequests ?? BATCH_REQUESTS)) {
      this.requests.push(record);
    }
    this.schedule();
  }

  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const later = this.opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
    later(() => this.flush(), this.opts.flushMs ?? BATCH_FLUSH_MS);
  }

  /** Send everything counted so far. Safe to call any time. */
  flush(): void {
    this.scheduled = false;
    if (this.groups.size === 0 && this.requests.length === 0) return;
    const groups = [...this.groups.values()];
    const requests = this.requests;
    this.groups = new Map();
    this.requests = [];
    const per = this.opts.perMessage ?? BATCH_PER_MESSAGE;
    for (let i = 0; i < Math.max(groups.length, requests.length); i += per) {
      // A failed send (extension reloaded, "context invalidated") has nowhere to go: drop it.
      this.opts.send({ groups: groups.slice(i, i + per), requests: requests.slice(i, i + per) }).catch(() => {});
    }
  }
}
