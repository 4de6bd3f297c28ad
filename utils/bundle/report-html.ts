/** report.html as a string: the Report component (components/report/) rendered without a browser. */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Report } from '@/components/report/Report';
import type { Har } from './har';
import type { DiagnosisJson } from './types';

/**
 * `screenshotSrc`: the image's data: URI, or a placeholder the builder fills after the last redaction pass;
 * `englishFile`: the English copy's name, named in a report in another language. Renders in the active language.
 */
export function buildReportHtml(d: DiagnosisJson, har: Har, screenshotSrc?: string, englishFile?: string): string {
  return `<!doctype html>\n${renderToString(h(Report, { d, har, screenshotSrc, englishFile }))}\n`;
}
