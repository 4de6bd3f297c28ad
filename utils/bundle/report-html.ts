/** report.html as a string: the Report component (components/report/) rendered without a browser. */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Report } from '@/components/report/Report';
import type { Har } from './har';
import type { DiagnosisJson } from './types';

export function buildReportHtml(d: DiagnosisJson, har: Har): string {
  return `<!doctype html>\n${renderToString(h(Report, { d, har }))}\n`;
}
