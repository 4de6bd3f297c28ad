/**
 * HTTP status explanations in the reader's language. The table (http-status.ts) stays English, the source of the
 * English dictionary; the doctor swaps in the translated texts when it explains, by status (or by class for the
 * generic 4xx / 5xx answers), keeping the English text when a dictionary lacks it.
 */
import type { MessageKey } from '../i18n/keys';
import { type Translate, t } from '../i18n/translate';
import { HTTP_STATUSES, type HttpStatusEntry } from './http-status';

function translatedOr(tr: Translate, key: string, english: string, params?: Record<string, string>): string {
  const text = tr(key as MessageKey, params);
  return text === key ? english : text;
}

export function httpWords(entry: HttpStatusEntry, tr: Translate = t): HttpStatusEntry {
  const known = HTTP_STATUSES.some((e) => e.status === entry.status);
  const id = known ? String(entry.status) : entry.status >= 500 ? '5xx' : '4xx';
  const key = `apidoc.http.${id}`;
  return {
    ...entry,
    meaning: translatedOr(tr, `${key}.meaning`, entry.meaning, { status: String(entry.status) }),
    area: translatedOr(tr, `${key}.area`, entry.area),
    fix: entry.fix.map((step, i) => translatedOr(tr, `${key}.fix.${i}`, step)),
  };
}
