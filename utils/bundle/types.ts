/**
 * Types of the diagnostic bundle: what is collected from history, what goes into diagnosis.json
 * (schema "tiktok-shop-diagnostics/1", documented in docs/bundle-format.md) and what the builder returns.
 */
import type { DxMessage } from '../diagnosis/message';
import type {
  CauseId,
  CauseStatus,
  ClearRecord,
  EventGroup,
  EventKind,
  ProbeResult,
  ProbeRun,
  RequestRecord,
  TroubleSession,
} from '../model';

export const BUNDLE_SCHEMA = 'tiktok-shop-diagnostics/1';

/** Sections the seller may leave out. Causes, summary and environment always go in. */
export const BUNDLE_SECTIONS = ['events', 'network', 'probes', 'history'] as const;
export type BundleSection = (typeof BUNDLE_SECTIONS)[number];

/** Rows read from history, newest first, each table capped; `totals` are the stored counts before the cap. */
export interface BundleData {
  events: EventGroup[];
  requests: RequestRecord[];
  probes: ProbeResult[];
  probeRuns: ProbeRun[];
  sessions: TroubleSession[];
  clears: ClearRecord[];
  totals: Record<'events' | 'requests' | 'probes' | 'probeRuns' | 'sessions' | 'clears', number>;
}

export interface Environment {
  /** browser name, e.g. "Chrome", "Edge", "Firefox" */
  browser: string;
  /** browser version, as full as the browser tells */
  version: string;
  os: string;
  locale: string;
  languages: string[];
  timeZone: string;
  /** local clock minus server clock, seconds, from the latest clock probe; null when never measured */
  clockSkewSeconds: number | null;
  clockSkewHost: string | null;
  clockSkewMeasuredAt: string | null;
  /** outside TikTok's accepted window (5 min behind, 30 s ahead) */
  clockOutsideWindow: boolean | null;
  online: boolean | null;
  userAgent: string;
  extensionVersion: string;
  /** the language report.html is written in (the seller's choice, else the browser's); set by the builder */
  reportLanguage?: string;
}

export interface JsonEvidence {
  /** the sentence in English, for support */
  text: string;
  /** the same sentence as data (key and values), to render in any language */
  message: DxMessage;
  weight: number;
  source: 'event' | 'probe' | 'answer';
  ref?: string;
}

export interface JsonCause {
  id: CauseId;
  rank: number;
  status: CauseStatus;
  score: number;
  /** in English, for support */
  why: string;
  whyMessage: DxMessage;
  evidence: JsonEvidence[];
}

export interface JsonEvent {
  at: string;
  kind: EventKind;
  count: number;
  firstAt: string;
  lastAt: string;
  fingerprint: string;
  source: string;
  pageHost: string;
  url?: string;
  method?: string;
  status?: number;
  code?: number;
  message?: string;
  netError?: string;
  durationMs?: number;
  apiKind?: string;
  resourceType?: string;
  requestIds: string[];
}

export interface JsonProbe {
  at: string;
  name: string;
  outcome: string;
  runId: string;
  target?: string;
  /** the result as a sentence: a message key and its values (rendered in the report's language) */
  message: DxMessage;
  metrics: Record<string, string | number | boolean | null>;
}

export interface JsonProbeRun {
  runId: string;
  startedAt: string;
  finishedAt?: string;
  trigger: string;
}

export interface JsonSession {
  startedAt: string;
  updatedAt: string;
  endedAt?: string;
  outcome: string;
  topCause?: string;
  causeId?: string;
  recoveryMs?: number;
  answers: { questionId: string; answer: string; at: string }[];
  steps: { stepId: string; at: string; note?: string }[];
}

export interface JsonClear {
  at: string;
  ok: boolean;
  origins: string[];
  includeCookies: boolean;
  dataTypes: string[];
  durationMs: number;
  cookiesBefore?: number;
  cookiesAfter?: number;
  error?: string;
  unsupported?: string[];
}

/** A step before the failure (issue 18): a page opened, a label clicked, or a failure between them. */
export interface JsonBreadcrumb {
  at: string;
  kind: 'navigation' | 'click' | 'failure';
  host: string;
  path?: string;
  label?: string;
}

/** The screenshot file in the zip, when the seller ticked it. */
export interface JsonScreenshot {
  file: string;
  capturedAt: string;
  url: string;
  width: number;
  height: number;
  method: 'tab-capture' | 'page-render';
}

export interface SectionCount {
  included: number;
  stored: number;
}

export interface DiagnosisJson {
  schema: typeof BUNDLE_SCHEMA;
  generatedAt: string;
  extension: { name: string; version: string };
  environment: Environment;
  summary: {
    healthy: boolean | null;
    diagnosedAt: string | null;
    topCauses: CauseId[];
    window: { from: string; to: string } | null;
  };
  sections: { included: BundleSection[]; omitted: BundleSection[] };
  counts: Record<'events' | 'requests' | 'probes' | 'probeRuns' | 'sessions' | 'clears', SectionCount>;
  causes: JsonCause[];
  events: JsonEvent[];
  probes: JsonProbe[];
  probeRuns: JsonProbeRun[];
  network: { file: 'network.har'; entries: number; failed: number; slow: number };
  history: { sessions: JsonSession[]; clears: JsonClear[] };
  /** the last 15 minutes in Seller Center, oldest first (empty without the events section) */
  breadcrumbs: JsonBreadcrumb[];
  /** only when the seller ticked the screenshot option */
  screenshot?: JsonScreenshot;
}
