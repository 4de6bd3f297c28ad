/**
 * The catalog's words as the API doctor shows them, in the reader's language: family and area labels, who acts,
 * whether a retry helps, fix steps. The generated catalog stays English (the background and the diagnosis read it
 * without a dictionary); the doctor translates at render time and falls back to the English label when no
 * dictionary is loaded (a key that comes back as itself). Per-code texts come from the phrasebook instead
 * (utils/i18n/phrasebook.ts): there are a thousand of them, fetched only by the page that shows them.
 */

import type { CatalogEntry } from '../facts/error-catalog';
import type { Actor, FamilyId } from '../facts/error-codes.types';
import { type Phrasebook, phrase } from '../i18n/phrasebook';
import { type Translate, t, textOr } from '../i18n/translate';

export function familyText(family: FamilyId, english: string, tr: Translate = t): string {
  return textOr(`catalog.family.${family}`, english, tr);
}

export function areaText(areaId: string | undefined, english: string, tr: Translate = t): string {
  return areaId ? textOr(`catalog.area.${areaId}`, english, tr) : english;
}

/**
 * An entry's fix steps in the reader's language: the family's shared steps (its last `familySteps`) from the
 * dictionary, the steps written for the code from the phrasebook; each in English where it has no translation.
 */
export function fixSteps(entry: CatalogEntry, tr: Translate = t, phrases?: Phrasebook): readonly string[] {
  const own = entry.fix.length - entry.familySteps;
  return entry.fix.map((step, i) =>
    i < own ? phrase(step, phrases) : textOr(`catalog.fix.${entry.family}.${i - own}`, step, tr),
  );
}

export function actorText(actor: Actor, tr: Translate = t): string {
  return tr(`catalog.actor.${actor}`);
}

export function retryText(retry: boolean, tr: Translate = t): string {
  return tr(retry ? 'catalog.retry.yes' : 'catalog.retry.no');
}
