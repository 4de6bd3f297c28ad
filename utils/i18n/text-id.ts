/**
 * A short, stable id for an English text (FNV-1a, 32 bits, base 36). Phrasebooks of generated texts (the error
 * catalog's meanings and steps) are keyed by it: when the English changes, its id changes, so a stale translation
 * is never shown for new words (the English shows, and the locale tests name the missing id).
 */
export function textId(english: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < english.length; i++) {
    h ^= english.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
