/**
 * HTTP status explanations in the reader's language. The table (http-status.ts) stays English, the source of the
 * English dictionary; the doctor swaps in the translated texts when it explains, by status (or by class for the
 * generic 4xx / 5xx answers), keeping the English text when a dictionary lacks it.
 */
import { type Translate, t, textOr } from '../i18n/translate';
import { HTTP_STATUSES, type HttpStatusEntry } from './http-status';

export function httpWords(entry: HttpStatusEntry, tr: Translate = t): HttpStatusEntry {
  const known = HTTP_STATUSES.some((e) => e.status === entry.status);
  const id = known ? String(entry.status) : entry.status >= 500 ? '5xx' : '4xx';
  const key = `apidoc.http.${id}`;
  return {
    ...entry,
    meaning: textOr(`${key}.meaning`, entry.meaning, tr, { status: String(entry.status) }),
    area: textOr(`${key}.area`, entry.area, tr),
    fix: entry.fix.map((step, i) => textOr(`${key}.fix.${i}`, step, tr)),
  };
}
