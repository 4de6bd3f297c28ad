/** What report.html shows, shaped from diagnosis.json and the HAR: pure, the components only render it. */
import type { Har } from './har';
import { readableTime as t } from './html';
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

export function total(events: JsonEvent[]): string {
  return String(events.reduce((n, ev) => n + ev.count, 0));
}

export function clockText(d: DiagnosisJson): string {
  const env = d.environment;
  if (env.clockSkewSeconds === null) return 'not measured';
  const s = env.clockSkewSeconds;
  const host = env.clockSkewHost ?? 'the server';
  const when = `, measured ${t(env.clockSkewMeasuredAt)}`;
  if (s === 0) return `in step with ${host}${when}`;
  const window = env.clockOutsideWindow ? ' (outside the window TikTok accepts)' : '';
  return `${Math.abs(s)} s ${s > 0 ? 'ahead of' : 'behind'} ${host}${window}${when}`;
}

/** Events, failed checks, clears and walks, newest first, capped; `all` is the count before the cap. */
export function timelineRows(d: DiagnosisJson): { shown: TimelineRow[]; all: number } {
  const rows: TimelineRow[] = [];
  for (const ev of d.events) {
    const bits = [
      ev.status !== undefined ? (ev.status === 0 ? 'no response' : `HTTP ${ev.status}`) : '',
      ev.code !== undefined ? `code ${ev.code}` : '',
      ev.netError && ev.netError !== ev.message ? ev.netError : '',
      ev.message ?? '',
      ev.method && ev.url ? `${ev.method} ${ev.url}` : (ev.url ?? ''),
      ev.durationMs !== undefined ? `${Math.round(ev.durationMs)} ms` : '',
      ev.requestIds.length ? `request id ${ev.requestIds.join(', ')}` : '',
      ev.count > 1 ? `${ev.count} times since ${t(ev.firstAt)}` : '',
    ];
    rows.push({ at: ev.lastAt, what: ev.kind, where: ev.pageHost, detail: join(bits), cls: 'ev' });
  }
  for (const p of d.probes) {
    if (p.outcome === 'pass' || p.outcome === 'skip') continue;
    rows.push({
      at: p.at,
      what: `check ${p.name}: ${p.outcome}`,
      detail: join([p.target ?? '', p.summary]),
      cls: 'probe',
    });
  }
  for (const c of d.history.clears) {
    rows.push({
      at: c.at,
      what: `site data cleared: ${c.ok ? 'done' : 'failed'}`,
      detail: join([c.origins.join(', '), c.includeCookies ? 'cookies included' : 'cookies kept', c.error ?? '']),
      cls: 'action',
    });
  }
  for (const s of d.history.sessions) {
    rows.push({
      at: s.startedAt,
      what: 'troubleshooting started',
      detail: join([s.topCause ? `top cause ${s.topCause}` : '', `outcome ${s.outcome}`]),
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
      status: en.response.status === 0 ? (en.response._error ?? 'failed') : String(en.response.status),
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
    return t(iso);
  }
}
