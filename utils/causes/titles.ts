/**
 * The causes' names by id, from their folders' titles.ts: the popup's first screen and report.html read these.
 * Found by folder, not through the registry: the registry brings every cause's rule and words, which only the
 * background's diagnosis needs, and the popup's first screen would ship them for nine titles.
 */
import type { MessageKey } from '../i18n/keys';
import { t } from '../i18n/translate';
import { CAUSE_IDS, type CauseId } from '../model';
import type { CauseTitles } from './shared/types';

const TITLES = import.meta.glob<CauseTitles>('./*/titles.ts', { eager: true, import: 'titles' });

/** Each cause's title as a message key: translate it where it is shown. */
export const CAUSE_TITLES = Object.fromEntries(
  CAUSE_IDS.map((id) => {
    const titles = TITLES[`./${id}/titles.ts`];
    if (!titles) throw new Error(`utils/causes/${id}/titles.ts is missing`);
    return [id, titles.title];
  }),
) as Record<CauseId, MessageKey>;

/** A cause's title in the reader's language; an id from elsewhere (an old bundle) shows as itself. */
export function causeTitle(id: string, translate: (key: MessageKey) => string = t): string {
  const key = (CAUSE_TITLES as Partial<Record<string, MessageKey>>)[id];
  return key ? translate(key) : id;
}
