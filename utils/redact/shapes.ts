/**
 * Secret shapes found anywhere in text, whatever key or word stands before them: payment card numbers (Luhn),
 * well-known key formats, PEM private keys, TikTok token formats, and a secret-looking value announced by a word
 * in prose ("token X", "rt X", "access token X has expired"). Compiled once; every repetition is bounded so that a
 * hostile 100 KB string costs linear time. Used on top of utils/redact.ts where code size does not count (the
 * background before storing, the export); the page keeps the smaller core.
 */
import { redactText, redactUrl } from '../redact';
import type { SecretMemory } from './values';

const MARK = '[REDACTED]';

/**
 * Whole keys, by their well-known prefix: PEM private keys (the base64 body, `\n` escapes included), Stripe secret /
 * restricted keys and webhook secrets, GitHub tokens, Slack tokens, AWS access key ids, Google API keys, TikTok
 * Partner API tokens (`ROW_` / `TTP_`; shop ciphers are shorter), TikTok Login Kit tokens (`act.`, `rft.`, `clt.`)
 * and TikTok web `_signature` values.
 */
export const KEY_RE =
  /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\w+/=\s\\]*(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?|\b(?:[sr]k_(?:live|test)_|whsec_|gh[pousr]_|github_pat_|xox[abposr]-|AKIA|ASIA|AIza|ROW_|TTP_|act\.|rft\.|clt\.|_02B4Z6wo00)[\w.+/=-]{16,}/g;

/** 13 to 19 digits, spaces or dashes between them; what counts is checked by `isCard`. */
const CARD_RE = /(?<![\w.+-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w.-])/g;
/** Card networks by first digits: Visa, Mastercard, Amex, Diners, JCB, Discover / UnionPay / Maestro. */
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[0-9]|6)/;

/**
 * A card number: a known network prefix, 13-16 or 19 digits (17-18 digit runs are order ids, never cards), and a
 * valid Luhn check digit. Product, SKU and package ids start with 1 and are not touched.
 */
export function isCard(s: string): boolean {
  const d = s.replace(/\D/g, '');
  if (d.length > 16 && d.length !== 19) return false;
  if (!CARD_PREFIX.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2) n = n > 4 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** A word that says a secret follows, a short separator, then the candidate value. */
const ANNOUNCED =
  /\b((?:access|refresh|auth|api|bearer|session|csrf|id)?[ _-]?tokens?|rt|secret|passw(?:or)?d|pwd|passcode|otp|api[ _-]?key|auth(?:orization)?[ _-]?code|session[ _-]?id|sid|credentials?)(\s{0,3}[:=]\s{0,3}["'`(]?|\s{1,3}(?:(?:is|was)\s{1,3})?["'`(]?)([^\s"'`()<>,;[\]]{6,256})/gi;
const REQUEST_ID = /^\d{14}[0-9A-F]{10,30}$/;

/**
 * Whether an announced value is secret-looking: letters and digits mixed (or a long mixed-case run), not a
 * request id, a URL, a path or a number (codes); digits alone only after `otp` / `passcode`.
 */
function looksSecret(v: string, word: string): boolean {
  if (/^\d{4,8}$/.test(v)) return /otp|passc/i.test(word);
  if (REQUEST_ID.test(v) || /[/@]|^\d+$|^https?:/i.test(v)) return false;
  return (/\d/.test(v) && /[A-Za-z]/.test(v)) || (v.length >= 12 && /[A-Z]/.test(v) && /[a-z]/.test(v));
}

/** Keys, cards and announced values replaced; announced values are remembered (`mem`) for the rest of the page. */
export function redactShapes(text: string, mem?: SecretMemory): string {
  return text
    .replace(KEY_RE, MARK)
    .replace(CARD_RE, (m) => (isCard(m) ? MARK : m))
    .replace(ANNOUNCED, (m, word: string, sep: string, raw: string) => {
      const v = raw.replace(/[.!?:]+$/, '');
      if (!looksSecret(v, word)) return m;
      mem?.learn(v);
      return `${word}${sep}${MARK}${raw.slice(v.length)}`;
    });
}

/** Everything: utils/redact.ts's `redactText` (keys, core shapes, values) and the shapes here. */
export const redactFully = (text: string, mem?: SecretMemory): string => redactShapes(redactText(text, mem), mem);

/** A URL through `redactUrl`, then the shapes here (a key or a card in a harmless-looking parameter or path). */
export const redactUrlFully = (url: string, mem?: SecretMemory): string => redactShapes(redactUrl(url, mem), mem);
