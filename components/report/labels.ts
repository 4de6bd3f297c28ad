/** Small readable values of report.html, in the language the report is being rendered in. */
import { readableTime } from '@/utils/bundle/html';
import type { DiagnosisJson } from '@/utils/bundle/types';
import { currentLocale, t } from '@/utils/i18n/translate';
import type { CauseStatus } from '@/utils/model';

const STATUS_KEYS = {
  likely: 'status.likely',
  possible: 'status.possible',
  clear: 'status.clear',
  unknown: 'status.unknown',
} as const;

export function statusText(status: CauseStatus): string {
  return STATUS_KEYS[status] ? t(STATUS_KEYS[status]) : status;
}

/**
 * When the bundle was made, as the seller reads dates (their language, their time zone) followed by the UTC
 * stamp support compares with server logs, e.g. "30. Nov. 2026, 17:05 (Europe/Berlin) · 2026-11-30 16:05:09 UTC".
 */
export function generatedTime(d: DiagnosisJson): string {
  const zone = d.environment.timeZone;
  const stamp = readableTime(d.generatedAt);
  try {
    const local = new Date(d.generatedAt).toLocaleString(currentLocale(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    });
    return `${local} (${zone}) · ${stamp}`;
  } catch {
    return stamp;
  }
}
