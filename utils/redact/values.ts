/**
 * Redaction by value. A pattern cannot see a short secret in prose ("rt 9fK2x has expired"), but the page told us
 * it was a secret a moment before: it sent it as `refresh_token=`, in `x-tts-access-token`, in a cookie. Every value
 * the redactor removes from such a place is remembered here (in memory only, bounded, never stored or sent) and
 * replaced wherever it appears later in the same page's text. One memory per page (the content script), one in the
 * background worker, one per export.
 */

/** The mark of utils/redact.ts (not imported: that module imports this one). */
const MARK = '[REDACTED]';
/**
 * Not worth remembering: numbers (error codes, ids, times; cards are found by shape), plain words, request ids,
 * marks; nor values with a quote or backslash (replacing them in JSON text could cut through its syntax).
 */
const COMMON = /^[\d\s.:-]+$|^[a-z_.-]{1,32}$|^[A-Za-z]{1,15}$|^\d{14}[0-9A-F]{10,30}$|\[[A-Z]+\]|["\\]/;

/** Whether a removed value is long and unusual enough that finding it again means finding the secret. */
export const isMemorable = (v: string): boolean => v.length > 5 && v.length <= 512 && !COMMON.test(v);

export class SecretMemory {
  private values = new Set<string>();
  private re?: RegExp;

  constructor(private readonly max = 256) {}

  get size(): number {
    return this.values.size;
  }

  /** Remember a removed value, as written, percent-decoded (it may come back in prose) and encoded (in a URL). */
  learn(value: string): void {
    let decoded = value;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      // not percent-encoded
    }
    for (const v of [value, decoded, encodeURIComponent(value), encodeURIComponent(decoded)]) {
      if (!isMemorable(v) || this.values.has(v)) continue;
      // the oldest goes first: a page that churns through tokens keeps the recent ones
      if (this.values.size >= this.max) this.values.delete(this.values.values().next().value as string);
      this.values.add(v);
      this.re = undefined;
    }
  }

  /**
   * Every remembered value in `text` replaced where it stands alone (not `abc123` inside `xabc1234`). Longest
   * first, so that a value holding another goes whole. One regular expression, built again only after `learn`.
   */
  scrub(text: string): string {
    const all = [...this.values];
    if (!all.some((v) => text.includes(v))) return text;
    this.re ??= new RegExp(
      `(?<![A-Za-z0-9])(?:${all
        .sort((a, b) => b.length - a.length)
        .map((v) => v.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('|')})(?![A-Za-z0-9])`,
      'g',
    );
    return text.replace(this.re, MARK);
  }
}
