/**
 * What the preview shows before download: each section of the bundle, how many rows it holds and a few of them,
 * taken from the built (already redacted) files, so the seller sees exactly what support will see. The lines are put
 * into words in the active language (cause titles, statuses, outcomes: the report's own words); ids, codes, URLs and
 * methods stay as the files hold them. The popup names and describes each section (section-words.ts).
 */

import { causeTitle } from '../causes/titles';
import { renderMessage } from '../diagnosis/render';
import { t, textOr } from '../i18n/translate';
import type { Bundle } from './build';
import { readableTime } from './html';
import type { BundleSection } from './types';

export interface SectionPreview {
  id: BundleSection | 'summary';
  /** rows in the bundle */
  count: number;
  /** a few rows, newest first */
  sample: string[];
  /** sections the seller may leave out */
  optional: boolean;
}

const SAMPLE = 3;
const LINE = 160;

const cut = (line: string) => (line.length > LINE ? `${line.slice(0, LINE - 1)}…` : line);

export function previewSections(bundle: Bundle): SectionPreview[] {
  const d = bundle.diagnosis;
  const make = (id: SectionPreview['id'], count: number, sample: string[]): SectionPreview => ({
    id,
    count,
    sample: sample.slice(0, SAMPLE).map(cut),
    optional: id !== 'summary',
  });
  const entries = bundle.har.log.entries;
  return [
    make(
      'summary',
      d.causes.length,
      d.causes.slice(0, SAMPLE).map((c) => `${c.rank}. ${causeTitle(c.id)}: ${textOr(`status.${c.status}`, c.status)}`),
    ),
    make(
      'events',
      d.events.length,
      d.events.map(
        (ev) =>
          `${readableTime(ev.lastAt)} ${ev.kind}${ev.status !== undefined ? ` ${ev.status}` : ''}${
            ev.code !== undefined ? ` ${t('report.timeline.code', { code: String(ev.code) })}` : ''
          } ${ev.url ?? ev.message ?? ''} (×${ev.count})`,
      ),
    ),
    make(
      'network',
      entries.length,
      entries
        .slice(-SAMPLE)
        .reverse()
        .map(
          (en) =>
            `${readableTime(en.startedDateTime)} ${en.request.method} ${en.request.url} ${
              en.response.status === 0 ? (en.response._error ?? t('report.outcome.fail')) : en.response.status
            }`,
        ),
    ),
    make(
      'probes',
      d.probes.length,
      d.probes.map(
        (p) =>
          `${readableTime(p.at)} ${t('report.timeline.check', { name: p.name, outcome: textOr(`report.outcome.${p.outcome}`, p.outcome) })}: ${renderMessage(p.message)}`,
      ),
    ),
    make('history', d.history.sessions.length + d.history.clears.length, [
      ...d.history.sessions.map(
        (s) =>
          `${readableTime(s.startedAt)} ${t('report.timeline.outcome', { outcome: textOr(`report.session.${s.outcome}`, s.outcome) })}`,
      ),
      ...d.history.clears.map(
        (c) =>
          `${readableTime(c.at)} ${t('report.timeline.cleared', { result: c.ok ? t('report.result.done') : t('report.result.failed', { error: '' }).trim() })}`,
      ),
    ]),
  ];
}
