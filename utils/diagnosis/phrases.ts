/**
 * Message shapes of script errors, per cause, as data. Toast wording is matched per market language by
 * the causes' words (utils/causes/<id>/words.ts, via toast-cause.ts); these are the English texts browsers and bundlers throw.
 */

import type { CauseId } from '../model';
import type { Signal } from './signals';
import type { ToastHit, ToastMatch } from './toast-cause';

/** A toast that quotes a server error ("Request failed with status code 503") reports TikTok's side failing. */
const SERVER_ERROR = /\b(?:HTTP|status(?: code)?)\s*5\d\d\b/i;

/**
 * The cause and signal a toast names: a direct statement of the problem first ("payment declined (HTTP 502)" is
 * the payment), then a quoted server error, else the causes' ordinary words (`match`).
 */
export function toastCause(message: string | undefined, match: ToastMatch): ToastHit | undefined {
  if (!message) return undefined;
  const hit = match(message);
  if (hit?.direct) return hit;
  return SERVER_ERROR.test(message) ? { cause: 'platform', signal: 'server-errors' } : hit;
}

/** Script errors that name a cause as plainly as Seller Center's own statement would (English, as thrown). */
export const SCRIPT_MESSAGES: { cause: CauseId; signal: Signal; re: RegExp }[] = [
  {
    cause: 'app-version',
    signal: 'update-browser-message',
    re: /update (your|the) browser|browser (is |version )?(not supported|unsupported|outdated)|unsupported browser/i,
  },
  {
    cause: 'geo',
    signal: 'region-message',
    re: /not (available|supported) in your (country|region|area)|unavailable in your (country|region)/i,
  },
];

/**
 * The cause a script or page error states directly: the English shapes above, or any cause's direct phrase in
 * the twelve languages (an error page's text thrown as an error). Ordinary words do not count here.
 */
export function scriptStatement(message: string, match: ToastMatch): ToastHit | undefined {
  const known = SCRIPT_MESSAGES.find((p) => p.re.test(message));
  if (known) return { cause: known.cause, signal: known.signal, direct: true };
  const hit = message ? match(message) : undefined;
  return hit?.direct ? hit : undefined;
}

/** Chunk-load failures: a release replaced the files a cached page still asks for. */
export const CHUNK_LOAD =
  /ChunkLoadError|Loading (CSS )?chunk [\w.~-]+ failed|Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export const QUOTA = /QuotaExceededError|quota (has been )?exceeded|exceeded the quota/i;

/** Errors an old JavaScript engine throws on modern syntax or missing built-ins. */
export const OLD_ENGINE =
  /SyntaxError: (Unexpected token '?(\?|\.|#|\?\?=|\|\|=)'?|Invalid regular expression flags|private field)|structuredClone is not defined|\.(at|findLast|replaceAll|toSorted|hasOwn) is not a function|Promise\.withResolvers/i;
