/**
 * The evidence model shared by every context: what the page observer records, what the probes measure,
 * what the diagnosis produces and what a troubleshooting session keeps. Pure types and constants only.
 */
import type { DxMessage } from './diagnosis/message';

export const CAUSE_IDS = [
  'connectivity',
  'policy',
  'payment',
  'listing',
  'account',
  'platform',
  'app-version',
  'geo',
  'cache',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export const CAUSE_STATUSES = ['likely', 'possible', 'clear', 'unknown'] as const;
export type CauseStatus = (typeof CAUSE_STATUSES)[number];

export const EVENT_KINDS = [
  'js-error',
  'unhandled-rejection',
  'console-error',
  'http-error',
  'api-error',
  'network-failure',
  'slow-api',
  'toast',
  'checkout-failure',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds of API call, for latency budgets (TIKTOK_FACTS.md, latency table). */
export const API_KINDS = ['checkout', 'payment', 'inventory', 'orders', 'product', 'auth', 'other'] as const;
export type ApiKind = (typeof API_KINDS)[number];

/** Where an observation came from. */
export type EventSource = 'page' | 'webrequest' | 'dom';

/** One observation, already redacted. Everything page-sourced has been validated and capped. */
export interface ObservedEvent {
  kind: EventKind;
  /** epoch ms */
  at: number;
  source: EventSource;
  /** host of the page (or, for webRequest, of the request) it was seen on */
  pageHost: string;
  /** redacted request or resource URL */
  url?: string;
  method?: string;
  /** HTTP status; 0 when the request failed below HTTP */
  status?: number;
  /** TikTok envelope code when code != 0 */
  code?: number;
  /** redacted, capped message text */
  message?: string;
  requestId?: string;
  durationMs?: number;
  /** net::ERR_* string, raw */
  netError?: string;
  apiKind?: ApiKind;
  /** main_frame, script, xmlhttprequest... when known (webRequest) */
  resourceType?: string;
  /** in transit only (dom): the toast's structure did not say error, so its words must; removed at intake */
  neutral?: true;
}

/** Events grouped by fingerprint: an error storm is one row with an exact count. */
export interface EventGroup {
  fingerprint: string;
  kind: EventKind;
  count: number;
  firstAt: number;
  lastAt: number;
  /** the latest observation in the group, as the representative sample */
  sample: ObservedEvent;
  /** a few recent request ids (support asks for them), newest last */
  requestIds: string[];
}

/** A delta sent from a content script: `count` observations folded into one group. */
export interface EventGroupDelta {
  fingerprint: string;
  count: number;
  firstAt: number;
  lastAt: number;
  sample: ObservedEvent;
  requestIds: string[];
}

/** A failed or slow request, kept for the HAR file of the bundle. */
export interface RequestRecord {
  id?: number;
  at: number;
  method: string;
  url: string;
  /** 0 when failed below HTTP */
  status: number;
  durationMs: number;
  netError?: string;
  code?: number;
  message?: string;
  requestId?: string;
  pageHost: string;
  mimeType?: string;
  source: EventSource;
}

export const PROBE_KINDS = [
  'reach',
  'connectivity-verdict',
  'clock',
  'online',
  'cookies',
  'storage',
  'browser',
  'region',
] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export type ProbeOutcome = 'pass' | 'warn' | 'fail' | 'skip';

export type MetricValue = string | number | boolean | null;

/**
 * One measurement by the background. `message` is its sentence as data (a message key and the numbers behind it),
 * rendered in the reader's language where it is shown (utils/diagnosis/render.ts); rows stored by versions before
 * it may lack it.
 */
export interface ProbeResult {
  id?: number;
  runId: string;
  at: number;
  probe: ProbeKind;
  /** host or URL measured, when the probe has one */
  target?: string;
  outcome: ProbeOutcome;
  message: DxMessage;
  metrics: Record<string, MetricValue>;
}

export interface ProbeRun {
  runId: string;
  startedAt: number;
  finishedAt?: number;
  trigger: 'manual' | 'alarm' | 'install';
}

/** One line of evidence behind a cause: a sentence as data (rendered in the reader's language) and its source. */
export interface Evidence {
  message: DxMessage;
  weight: number;
  source: 'event' | 'probe' | 'answer';
  ref?: string;
}

export interface CauseVerdict {
  id: CauseId;
  status: CauseStatus;
  score: number;
  /** the one-line why shown under the cause, as data (utils/diagnosis/render.ts `whyText`) */
  why: DxMessage;
  evidence: Evidence[];
}

export interface Diagnosis {
  at: number;
  healthy: boolean;
  causes: CauseVerdict[];
}

export type SessionOutcome = 'open' | 'fixed' | 'escalated' | 'abandoned';

export interface SessionAnswer {
  questionId: string;
  answer: string;
  at: number;
}

export interface SessionStep {
  stepId: string;
  at: number;
  note?: string;
}

/** A troubleshooting session: what the seller was told, answered and did. */
export interface TroubleSession {
  id?: number;
  startedAt: number;
  updatedAt: number;
  endedAt?: number;
  topCause?: CauseId;
  causeId?: CauseId;
  answers: SessionAnswer[];
  steps: SessionStep[];
  outcome: SessionOutcome;
  /** ms from start to a confirmed fix */
  recoveryMs?: number;
}

/** What clear-site-data measured and removed, kept in history. */
export interface ClearRecord {
  id?: number;
  at: number;
  ok: boolean;
  origins: string[];
  includeCookies: boolean;
  dataTypes: string[];
  before?: SiteStorageReport[];
  after?: SiteStorageReport[];
  cookiesBefore?: number;
  cookiesAfter?: number;
  /** name + value bytes of those cookies */
  cookieBytesBefore?: number;
  cookieBytesAfter?: number;
  error?: string;
  unsupported?: string[];
  durationMs: number;
}

/** Storage of a seller origin, measured by the content script in that origin. */
export interface SiteStorageReport {
  origin: string;
  at: number;
  usage: number | null;
  quota: number | null;
  cacheNames: number | null;
  indexedDbs: number | null;
  serviceWorkers: number | null;
  localStorageKeys: number | null;
}
