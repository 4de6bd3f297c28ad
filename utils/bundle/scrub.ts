/**
 * The export-time pass of redaction: every string that goes into any file of the bundle passes through the shared
 * redactor (utils/redact.ts, the same module the observer uses at the edge) once more, and is truncated.
 * `scrubTree` is the final pass over a whole JSON tree (diagnosis.json, the HAR). Request ids and error codes survive
 * because the redactor keeps them. Memoized: an export repeats the same hosts, URLs and messages thousands of times.
 */
import { redactFully, redactUrlFully } from '../redact/shapes';
import { SecretMemory } from '../redact/values';
import { MAX_STRING, MAX_URL_STRING, truncate, truncationMarker } from './limits';

export interface Scrubber {
  /** free text: messages, summaries, notes, anything not known to be safe */
  text(s: string): string;
  /** a URL: secret query values replaced, keys kept */
  url(s: string): string;
  /** a whole file as written: every value removed anywhere in this export replaced wherever it appears */
  final(s: string): string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** One URL (absolute or from the root) and nothing else: `redactUrl` knows its parts; text rules would eat paths. */
const ONE_URL = /^(?:https?:\/\/|\/)[^\s"'<>`]*$/i;
const URL_KEYS = new Set(['url', 'redirectURL']);

export function createScrubber(): Scrubber {
  // Values removed by key anywhere in the bundle (e.g. a token in one HAR URL) are remembered for the final pass.
  const mem = new SecretMemory(4_096);
  const texts = new Map<string, string>();
  const urls = new Map<string, string>();
  const text = (s: string): string => {
    // Times written by the builder (ISO 8601, UTC) hold nothing to redact; checked by shape, not by key.
    if (s.length === 24 && ISO_DATE.test(s)) return s;
    let out = texts.get(s);
    if (out === undefined) {
      out = redactCapped(s, MAX_STRING, (t) => redactFully(t, mem));
      texts.set(s, out);
    }
    return out;
  };
  const url = (s: string): string => {
    let out = urls.get(s);
    if (out === undefined) {
      // redactUrl covers query and fragment values, user info, token-shaped and e-mail path segments. Anything
      // else under a URL key (not one URL) is treated as text.
      out = redactCapped(s, MAX_URL_STRING, (u) => (ONE_URL.test(u) ? redactUrlFully(u, mem) : redactFully(u, mem)));
      urls.set(s, out);
    }
    return out;
  };
  return { text, url, final: (s) => mem.scrub(s) };
}

/**
 * Redact, then cut to `max`: cutting first could split a secret into a piece the redactor no longer recognises.
 * Input far over the cap is redacted by prefix only (bounded cost), and the prefix's tail, where a secret may have
 * been split, is dropped as well.
 */
export function redactCapped(s: string, max: number, redact: (s: string) => string): string {
  const prefix = max * 4;
  if (s.length <= prefix) return truncate(redact(s), max);
  const r = redact(s.slice(0, prefix));
  const kept = Math.max(0, Math.min(max, r.length - 64));
  return `${r.slice(0, kept)}${truncationMarker(s.length - kept)}`;
}

/** A copy of a JSON tree with every string (object keys included) passed through the scrubber. */
export function scrubTree<T>(value: T, scrub: Scrubber): T {
  return walk(value, '', scrub) as T;
}

function walk(value: unknown, key: string, scrub: Scrubber): unknown {
  if (typeof value === 'string') {
    if (URL_KEYS.has(key)) return scrub.url(value);
    return scrub.text(value);
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, key, scrub));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[scrub.text(k)] = walk(v, k, scrub);
    return out;
  }
  return value;
}
