/**
 * Secret shapes found anywhere in text, whatever key or word stands before them: payment card numbers (Luhn),
 * well-known key formats, PEM private keys, TikTok token formats, and a secret-looking value announced by a word
 * in prose ("token X", "rt X", "access token X has expired"). Compiled once; every repetition is bounded so that a
 * hostile 100 KB string costs linear time. Used on top of utils/redact.ts where code size does not count (the
 * background before storing, the export); the page keeps the smaller core.
 */
import { PHONE_MARK, redactText, redactUrl } from '../redact';
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

/**
 * `+62 812-3456-7890`, `(555) 123-4567`, `0812 3456 7890`, `081234567890`: needs a `+`, separators or a leading 0.
 * Personal data, not a credential: marked here (background before storing, export) and not in the page.
 */
const PHONE_RE =
  /(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){1,4}\d{2,4}|\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{3,4}[\s-]\d{3,4}[\s-]\d{3,5}|0\d{9,12})(?![\w])/g;

/** 13 to 19 digits, spaces or dashes between them; what counts is checked by `isCard`. */
const CARD_RE = /(?<![\w.+-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w-]|\.\d)/g;
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

/** Phone numbers marked; keys, cards and announced values replaced; announced values are remembered (`mem`) for the rest of the page. */
export function redactShapes(text: string, mem?: SecretMemory): string {
  return text
    .replace(PHONE_RE, PHONE_MARK)
    .replace(KEY_RE, MARK)
    .replace(CARD_RE, (m) => (isCard(m) ? MARK : m))
    .replace(ANNOUNCED, (m, word: string, sep: string, raw: string) => {
      const v = raw.replace(/[.!?:]+$/, '');
      if (!looksSecret(v, word)) return m;
      mem?.learn(v);
      return `${word}${sep}${MARK}${raw.slice(v.length)}`;
    });
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/gi;

/** A part worth reading as text: percent-encoded, a long digit run (phone, card) or a JWT. */
const SUSPECT = /%|\d{9}|eyJ/;

/**
 * Each suspect path segment and parameter value of a URL read decoded (`4111%201111...`, `%2B62...`, a JWT): one
 * that holds a secret of any shape is replaced whole. Other parts are seen as they are by the shapes.
 */
function urlParts(url: string, mem?: SecretMemory): string {
  // stored URLs are capped at 2,048 characters: a longer one is hostile, and the other passes have seen it
  if (url.length > 4_096) return url;
  return url.replace(/([/=])([^/?&#=]+)/g, (m, lead: string, part: string) => {
    if (!SUSPECT.test(part)) return m;
    let d = part;
    try {
      d = decodeURIComponent(part);
    } catch {
      // judged as written
    }
    return redactShapes(redactText(d, mem), mem) === d ? m : lead + MARK;
  });
}

/** Everything: utils/redact.ts's `redactText` (keys, core shapes, values), the shapes here, URLs part by part. */
export const redactFully = (text: string, mem?: SecretMemory): string =>
  redactShapes(
    redactText(text, mem).replace(URL_IN_TEXT, (u) => urlParts(u, mem)),
    mem,
  );

/** A URL through `redactUrl`, then part by part and the shapes here (a card or a key in a harmless parameter). */
export const redactUrlFully = (url: string, mem?: SecretMemory): string =>
  redactShapes(urlParts(redactUrl(url, mem), mem), mem);
