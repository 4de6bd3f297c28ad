/** The causes' names by id, from their folders' titles.ts: the popup's first screen and report.html read these. */
import type { MessageKey } from '../i18n/keys';
import { t } from '../i18n/translate';
import type { CauseId } from '../model';
import { CAUSES } from './registry';

/** Each cause's title as a message key: translate it where it is shown. */
export const CAUSE_TITLES = Object.fromEntries(CAUSES.map((c) => [c.id, c.titles.title])) as Record<
  CauseId,
  MessageKey
>;

/** A cause's title in the reader's language; an id from elsewhere (an old bundle) shows as itself. */
export function causeTitle(id: string, translate: (key: MessageKey) => string = t): string {
  const key = (CAUSE_TITLES as Partial<Record<string, MessageKey>>)[id];
  return key ? translate(key) : id;
}
