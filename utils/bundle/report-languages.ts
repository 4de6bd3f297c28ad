/**
 * report.html in the seller's language, and report.en.html in English when that differs, so that any support agent
 * can read the bundle (CONTRACT.md). Both are the same components rendered under `renderIn`, which makes one
 * dictionary active for the synchronous render and restores the previous one.
 */

import { renderIn } from '../i18n/translate';
import type { ReportLanguage } from './build';
import type { Har } from './har';
import { buildReportHtml } from './report-html';
import type { DiagnosisJson } from './types';

export const ENGLISH_REPORT = 'report.en.html';

/** `seller`: report.html; `english`: report.en.html, only when the seller's language is not English. */
export function renderReports(
  d: DiagnosisJson,
  har: Har,
  screenshotSrc: string | undefined,
  language: ReportLanguage | undefined,
): { seller: string; english?: string } {
  // No language given (unit tests, a failed dictionary fetch): the active language, English by default.
  if (!language) return { seller: buildReportHtml(d, har, screenshotSrc) };
  const { locale, messages, english } = language;
  if (locale === 'en')
    return { seller: renderIn('en', english, english, () => buildReportHtml(d, har, screenshotSrc)) };
  return {
    seller: renderIn(locale, messages, english, () => buildReportHtml(d, har, screenshotSrc, ENGLISH_REPORT)),
    english: renderIn('en', english, english, () => buildReportHtml(d, har, screenshotSrc)),
  };
}
