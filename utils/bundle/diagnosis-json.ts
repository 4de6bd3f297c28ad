/**
 * diagnosis.json before the final redaction pass: the ranked causes, the events, the probes and the history,
 * with every time as ISO 8601. Sections the seller left out are empty arrays and listed in `sections.omitted`.
 */
import type { Breadcrumb } from '../breadcrumbs';

import { type DxMessage, dx } from '../diagnosis/message';
import { activeReader, type Reader, renderMessage } from '../diagnosis/render';
import { REQUEST_IDS_PER_GROUP } from '../limits';
import { CAUSE_IDS, type CauseVerdict, type Diagnosis, type EventGroup, type ProbeResult } from '../model';
import { jsonBreadcrumbs } from './breadcrumbs-json';
import { BUNDLE_LIMITS } from './limits';
import {
  BUNDLE_SCHEMA,
  BUNDLE_SECTIONS,
  type BundleData,
  type BundleSection,
  type DiagnosisJson,
  type Environment,
  type JsonCause,
  type JsonEvent,
  type JsonProbe,
  type JsonScreenshot,
} from './types';

export interface DiagnosisJsonInput {
  data: BundleData;
  diagnosis?: Diagnosis;
  environment: Environment;
  sections: readonly BundleSection[];
  now: Date;
  extensionName: string;
  network: { entries: number; failed: number; slow: number };
  /** the last 15 minutes of breadcrumbs (issue 18) */
  breadcrumbs?: readonly Breadcrumb[];
  screenshot?: JsonScreenshot;
  /** who the `why` and evidence texts are written for: English (export.ts), so that any support agent reads them */
  english?: Reader;
}

const iso = (ms: number) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();

export function buildDiagnosisJson(input: DiagnosisJsonInput): DiagnosisJson {
  const { data, diagnosis, environment, now } = input;
  const has = (s: BundleSection) => input.sections.includes(s);
  const events = has('events') ? data.events.map(jsonEvent) : [];
  const probes = has('probes') ? data.probes.map(jsonProbe) : [];
  const probeRuns = has('probes')
    ? data.probeRuns.map((r) => ({
        runId: r.runId,
        startedAt: iso(r.startedAt),
        ...(r.finishedAt !== undefined ? { finishedAt: iso(r.finishedAt) } : {}),
        trigger: r.trigger,
      }))
    : [];
  const sessions = has('history') ? data.sessions : [];
  const clears = has('history') ? data.clears : [];
  const causes = jsonCauses(diagnosis, input.english ?? activeReader());
  const count = (included: number, stored: number) => ({ included, stored });
  return {
    schema: BUNDLE_SCHEMA,
    generatedAt: now.toISOString(),
    extension: { name: input.extensionName, version: environment.extensionVersion },
    environment,
    summary: {
      healthy: diagnosis ? diagnosis.healthy : null,
      diagnosedAt: diagnosis ? iso(diagnosis.at) : null,
      topCauses: causes.filter((c) => c.status === 'likely' || c.status === 'possible').map((c) => c.id),
      window: timeWindow(has('events') ? data.events : [], has('network') ? data.requests.map((r) => r.at) : []),
    },
    sections: {
      included: BUNDLE_SECTIONS.filter(has),
      omitted: BUNDLE_SECTIONS.filter((s) => !has(s)),
    },
    counts: {
      events: count(events.length, data.totals.events),
      requests: count(has('network') ? data.requests.length : 0, data.totals.requests),
      probes: count(probes.length, data.totals.probes),
      probeRuns: count(probeRuns.length, data.totals.probeRuns),
      sessions: count(sessions.length, data.totals.sessions),
      clears: count(clears.length, data.totals.clears),
    },
    causes,
    events,
    probes,
    probeRuns,
    network: { file: 'network.har', ...input.network },
    history: {
      sessions: sessions.map((s) => ({
        startedAt: iso(s.startedAt),
        updatedAt: iso(s.updatedAt),
        ...(s.endedAt !== undefined ? { endedAt: iso(s.endedAt) } : {}),
        outcome: s.outcome,
        ...(s.topCause ? { topCause: s.topCause } : {}),
        ...(s.causeId ? { causeId: s.causeId } : {}),
        ...(s.recoveryMs !== undefined ? { recoveryMs: s.recoveryMs } : {}),
        answers: s.answers.map((a) => ({ questionId: a.questionId, answer: a.answer, at: iso(a.at) })),
        steps: s.steps.map((st) => ({
          stepId: st.stepId,
          at: iso(st.at),
          ...(st.note !== undefined ? { note: st.note } : {}),
        })),
      })),
      clears: clears.map((c) => ({
        at: iso(c.at),
        ok: c.ok,
        origins: c.origins,
        includeCookies: c.includeCookies,
        dataTypes: c.dataTypes,
        durationMs: c.durationMs,
        ...(c.cookiesBefore !== undefined ? { cookiesBefore: c.cookiesBefore } : {}),
        ...(c.cookiesAfter !== undefined ? { cookiesAfter: c.cookiesAfter } : {}),
        ...(c.error !== undefined ? { error: c.error } : {}),
        ...(c.unsupported ? { unsupported: c.unsupported } : {}),
      })),
    },
    breadcrumbs: has('events') ? jsonBreadcrumbs(input.breadcrumbs ?? [], data.events) : [],
    ...(input.screenshot ? { screenshot: input.screenshot } : {}),
  };
}

/** All nine causes in the diagnosis' rank order; a cause the diagnosis did not rank follows as `unknown`. */
function jsonCauses(diagnosis: Diagnosis | undefined, english: Reader): JsonCause[] {
  const ranked: CauseVerdict[] = [];
  const seen = new Set<string>();
  for (const c of diagnosis?.causes ?? []) {
    if (seen.has(c.id) || !(CAUSE_IDS as readonly string[]).includes(c.id)) continue;
    seen.add(c.id);
    ranked.push(c);
  }
  for (const id of CAUSE_IDS) {
    if (seen.has(id)) continue;
    ranked.push({
      id,
      status: 'unknown',
      score: 0,
      why: dx(diagnosis ? 'dx.unranked' : 'dx.no-diagnosis'),
      evidence: [],
    });
  }
  return ranked.map((c, i) => ({
    id: c.id,
    rank: i + 1,
    status: c.status,
    score: Number.isFinite(c.score) ? c.score : 0,
    why: renderMessage(c.why, english),
    whyMessage: c.why,
    evidence: c.evidence.slice(0, BUNDLE_LIMITS.evidence).map((e) => ({
      text: renderMessage(e.message, english),
      message: e.message,
      weight: Number.isFinite(e.weight) ? e.weight : 0,
      source: e.source,
      ...(e.ref !== undefined ? { ref: e.ref } : {}),
    })),
  }));
}

function jsonEvent(g: EventGroup): JsonEvent {
  const s = g.sample;
  const e: JsonEvent = {
    at: iso(g.lastAt),
    kind: g.kind,
    count: g.count,
    firstAt: iso(g.firstAt),
    lastAt: iso(g.lastAt),
    fingerprint: g.fingerprint,
    source: s.source,
    pageHost: s.pageHost,
    requestIds: g.requestIds.slice(-REQUEST_IDS_PER_GROUP),
  };
  if (s.url !== undefined) e.url = s.url;
  if (s.method !== undefined) e.method = s.method;
  if (s.status !== undefined) e.status = s.status;
  if (s.code !== undefined) e.code = s.code;
  if (s.message !== undefined) e.message = s.message;
  if (s.netError !== undefined) e.netError = s.netError;
  if (s.durationMs !== undefined) e.durationMs = s.durationMs;
  if (s.apiKind !== undefined) e.apiKind = s.apiKind;
  if (s.resourceType !== undefined) e.resourceType = s.resourceType;
  if (s.requestId && !e.requestIds.includes(s.requestId)) e.requestIds.push(s.requestId);
  return e;
}

function jsonProbe(p: ProbeResult): JsonProbe {
  return {
    at: iso(p.at),
    name: p.probe,
    outcome: p.outcome,
    runId: p.runId,
    ...(p.target !== undefined ? { target: p.target } : {}),
    // the sentence as data only: the report renders it in its language, support reads report.en.html
    message: isMessage(p.message) ? p.message : dx('probe.legacy'),
    metrics: { ...p.metrics },
  };
}

/** Rows written before probe results carried a message have an English `summary` instead: not shipped. */
function isMessage(m: unknown): m is DxMessage {
  return typeof m === 'object' && m !== null && typeof (m as DxMessage).key === 'string';
}

function timeWindow(events: readonly EventGroup[], requestTimes: readonly number[]) {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const g of events) {
    from = Math.min(from, g.firstAt);
    to = Math.max(to, g.lastAt);
  }
  for (const at of requestTimes) {
    from = Math.min(from, at);
    to = Math.max(to, at);
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from: iso(from), to: iso(to) } : null;
}
