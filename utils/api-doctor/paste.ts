/**
 * Pasted text is untrusted and may be anything: a response, a log, a curl command, 1 MB of noise.
 * Every tool of the API doctor reads it through `readPaste`, which caps the size and normalizes
 * the characters that break parsing (BOM, zero-width spaces, full-width digits and quotes from chat apps).
 */
import { currentLocale, type Translate, t } from '../i18n/translate';

/** Largest paste the doctor reads, in UTF-16 code units (about 200 KB of ASCII). */
export const MAX_PASTE_CHARS = 200_000;

export type Paste = { ok: true; text: string } | { ok: false; reason: 'empty' | 'too-large'; message: string };

export function readPaste(raw: string, max = MAX_PASTE_CHARS, tr: Translate = t): Paste {
  if (raw.length > max) {
    const size = formatSize(raw.length, tr);
    return {
      ok: false,
      reason: 'too-large',
      message: tr('apidoc.paste.tooLargeMessage', { size, max: formatSize(max, tr) }),
    };
  }
  // NFKC turns full-width digits, braces and colons into ASCII; smart quotes are not covered by it.
  const text = raw
    .normalize('NFKC')
    .replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .trim();
  if (text === '') return { ok: false, reason: 'empty', message: tr('apidoc.paste.empty') };
  return { ok: true, text };
}

export function formatSize(chars: number, tr: Translate = t): string {
  const n = (x: number, digits: number) =>
    x.toLocaleString(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return chars >= 1_000_000
    ? `${n(chars / 1_000_000, 1)} MB`
    : chars >= 1_000
      ? `${n(Math.round(chars / 1_000), 0)} KB`
      : tr('apidoc.size.chars', { count: chars });
}

/** Hide a secret while keeping enough to recognise it: `ROW_…(86 chars)`, its length in the reader's words. */
export function mask(value: string, tr: Translate = t): string {
  if (value.length <= 8) return '•'.repeat(value.length);
  return `${value.slice(0, 4)}…(${tr('apicheck.mask.length', { count: value.length })})`;
}

/** Query and header names whose values are secrets; never shown in full, never stored. */
export const SECRET_NAMES: ReadonlySet<string> = new Set([
  'access_token',
  'refresh_token',
  'app_secret',
  'auth_code',
  'code',
  'sign',
  'x-tts-access-token',
  'authorization',
  'cookie',
]);

const secretAssignment =
  /((?:access_token|refresh_token|app_secret|auth_code|x-tts-access-token|authorization|cookie)["']?\s*[:=]\s*["']?)(?:Bearer\s+)?([^\s"'&,;}]+)/gi;
// TikTok Shop tokens start with a region prefix: ROW_ (global) or TTP_ (US).
const tokenLike = /\b(?:ROW|TTP)_[A-Za-z0-9_\-+/=]{16,}/g;

/** Remove secrets from free text before it is stored (the contingency plan); returns how many were removed. */
export function redactSecrets(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text
    .replace(secretAssignment, (_m, key: string) => {
      removed++;
      return `${key}[removed]`;
    })
    .replace(tokenLike, () => {
      removed++;
      return '[removed]';
    });
  return { text: out, removed };
}
