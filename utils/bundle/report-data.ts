/**
 * What report.html shows, shaped from diagnosis.json and the HAR: pure, the components only render it. Readable
 * words come from `t()` in the language the report is being rendered in (utils/i18n/translate.ts `renderIn`).
 */
import { renderMessage } from '../diagnosis/render';
import { formatList } from '../i18n/format';
import type { MessageKey } from '../i18n/keys';
import { t } from '../i18n/translate';
import type { Har } from './har';
import { readableTime as stamp } from './html';
import { BUNDLE_LIMITS } from './limits';
import type { DiagnosisJson, JsonEvent } from './types';

export interface TimelineRow {
  at: string;
  what: string;
  /** host or target, shown under `what` */
  where?: string;
  detail: string;
  cls: string;
}

export function total(events: JsonEvent[]): number {
  return events.reduce((n, ev) => n + ev.count, 0);
}

/** The summary's "Recorded" line: each count with its own plural, as a list in the report's language. */
export function recordedText(d: DiagnosisJson): string {
  return formatList([
    t('report.recorded.events', { count: total(d.events) }),
    t('report.recorded.groups', { count: d.counts.events.included }),
    t('report.recorded.requests', { count: d.network.entries, failed: d.network.failed }),
    t('report.recorded.checks', { count: d.counts.probes.included }),
    t('report.recorded.sessions', { count: d.counts.sessions.included }),
  ]);
}

const OUTCOMES: Record<string, MessageKey> = {
  pass: 'report.outcome.pass',
  warn: 'report.outcome.warn',
  fail: 'report.outcome.fail',
  skip: 'report.outcome.skip',
};
const SESSION_OUTCOMES: Record<string, MessageKey> = {
  open: 'report.session.open',
  fixed: 'report.session.fixed',
  escalated: 'report.session.escalated',
  abandoned: 'report.session.abandoned',
};
const label = (keys: Record<string, MessageKey>, code: string) => {
  const key = keys[code];
  return key ? t(key) : code;
};
/** A check's outcome (`pass`, `fail`...) in words; an unknown code as it is. */
export const outcomeText = (outcome: string) => label(OUTCOMES, outcome);
/** A troubleshooting session's outcome in words. */
export const sessionOutcomeText = (outcome: string) => label(SESSION_OUTCOMES, outcome);

export function clockText(d: DiagnosisJson): string {
  const env = d.environment;
  if (env.clockSkewSeconds === null) return t('report.clock.none');
  const s = env.clockSkewSeconds;
  const host = env.clockSkewHost ?? t('report.clock.server');
  const time = stamp(env.clockSkewMeasuredAt);
  if (s === 0) return t('report.clock.inStep', { host, time });
  const text = t(s > 0 ? 'report.clock.ahead' : 'report.clock.behind', { seconds: Math.abs(s), host, time });
  return env.clockOutsideWindow ? `${text} (${t('report.clock.outside')})` : text;
}

/** Events, failed checks, clears and walks, newest first, capped; `all` is the count before the cap. */
export function timelineRows(d: DiagnosisJson): { shown: TimelineRow[]; all: number } {
  const rows: TimelineRow[] = [];
  for (const ev of d.events) {
    const bits = [
      ev.status !== undefined ? (ev.status === 0 ? t('report.timeline.noResponse') : `HTTP ${ev.status}`) : '',
      ev.code !== undefined ? t('report.timeline.code', { code: String(ev.code) }) : '',
      ev.netError && ev.netError !== ev.message ? ev.netError : '',
      ev.message ?? '',
      ev.method && ev.url ? `${ev.method} ${ev.url}` : (ev.url ?? ''),
      ev.durationMs !== undefined ? `${Math.round(ev.durationMs)} ms` : '',
      ev.requestIds.length ? t('report.timeline.requestId', { ids: ev.requestIds.join(', ') }) : '',
      ev.count > 1 ? t('report.timeline.times', { count: ev.count, time: stamp(ev.firstAt) }) : '',
    ];
    rows.push({ at: ev.lastAt, what: ev.kind, where: ev.pageHost, detail: join(bits), cls: 'ev' });
  }
  for (const p of d.probes) {
    if (p.outcome === 'pass' || p.outcome === 'skip') continue;
    rows.push({
      at: p.at,
      what: t('report.timeline.check', { name: p.name, outcome: outcomeText(p.outcome) }),
      detail: join([p.target ?? '', renderMessage(p.message)]),
      cls: 'probe',
    });
  }
  for (const c of d.history.clears) {
    rows.push({
      at: c.at,
      what: t('report.timeline.cleared', { result: t(c.ok ? 'report.result.done' : 'report.network.failed') }),
      detail: join([
        c.origins.join(', '),
        t(c.includeCookies ? 'report.cookies.included' : 'report.cookies.kept'),
        c.error ?? '',
      ]),
      cls: 'action',
    });
  }
  for (const s of d.history.sessions) {
    rows.push({
      at: s.startedAt,
      what: t('report.timeline.started'),
      detail: join([
        s.topCause ? t('report.timeline.topCause', { cause: s.topCause }) : '',
        t('report.timeline.outcome', { outcome: sessionOutcomeText(s.outcome) }),
      ]),
      cls: 'action',
    });
  }
  rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { shown: rows.slice(0, BUNDLE_LIMITS.reportTimeline), all: rows.length };
}

/** The newest HAR entries, newest first, capped. */
export function networkRows(har: Har) {
  return har.log.entries
    .slice(-BUNDLE_LIMITS.reportNetwork)
    .reverse()
    .map((en) => ({
      at: en.startedDateTime,
      method: en.request.method,
      url: en.request.url,
      status:
        en.response.status === 0 ? (en.response._error ?? t('report.network.failed')) : String(en.response.status),
      code: en._tiktokCode ?? '',
      ms: Math.round(en.time),
      requestId: en._requestId ?? '',
    }));
}

/** The newest result of each check and target. */
export function latestProbes(d: DiagnosisJson): DiagnosisJson['probes'] {
  const seen = new Set<string>();
  return d.probes.filter((p) => {
    const k = `${p.name}|${p.target ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function join(bits: string[]): string {
  return bits.filter(Boolean).join(' · ');
}

/** "2026-11-30 17:05:09 GMT+1 (Europe/Paris)"; UTC alone when the zone is unknown to this browser. */
export function zonedTime(iso: string, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).formatToParts(new Date(iso));
    const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
    return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}:${p('second')} ${p('timeZoneName')} (${timeZone})`;
  } catch {
    return stamp(iso);
  }
}
