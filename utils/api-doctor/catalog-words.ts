/**
 * The catalog's words as the API doctor shows them, in the reader's language: family and area labels, who acts,
 * whether a retry helps. The generated catalog stays English (the background and the diagnosis read it without a
 * dictionary); the doctor translates at render time and falls back to the English label when no dictionary is
 * loaded (a key that comes back as itself).
 */

import type { CatalogEntry } from '../facts/error-catalog';
import type { Actor, FamilyId } from '../facts/error-codes.types';
import type { MessageKey } from '../i18n/keys';
import { currentLocale, type Translate, t } from '../i18n/translate';

function orEnglish(tr: Translate, key: string, english: string): string {
  const text = tr(key as MessageKey);
  return text === key ? english : text;
}

export function familyText(family: FamilyId, english: string, tr: Translate = t): string {
  return orEnglish(tr, `catalog.family.${family}`, english);
}

export function areaText(areaId: string | undefined, english: string, tr: Translate = t): string {
  return areaId ? orEnglish(tr, `catalog.area.${areaId}`, english) : english;
}

/**
 * An entry's fix steps with the family's shared steps (its last `familySteps`) in the reader's language; steps
 * written for one code stay as written.
 */
export function fixSteps(entry: CatalogEntry, tr: Translate = t): readonly string[] {
  const own = entry.fix.length - entry.familySteps;
  return entry.fix.map((step, i) => (i < own ? step : orEnglish(tr, `catalog.fix.${entry.family}.${i - own}`, step)));
}

export function actorText(actor: Actor, tr: Translate = t): string {
  return tr(`catalog.actor.${actor}`);
}

export function retryText(retry: boolean, tr: Translate = t): string {
  return tr(retry ? 'catalog.retry.yes' : 'catalog.retry.no');
}

/**
 * Whether per-code texts (meanings, code-specific steps) can be shown as written: they come from TikTok's English
 * documentation and are not translated, so other languages show TikTok's message plus the family's meaning.
 */
export function codeTextsInEnglish(locale: string = currentLocale()): boolean {
  return locale === 'en';
}
