/**
 * Explain a pasted Partner API response: a JSON envelope `{code, message, request_id, data}`, a raw HTTP
 * response, a log line, a bare code or an HTTP status. Pure: the catalog lookups come in as parameters so
 * that tests can pin them; the defaults are the shipped tables.
 */
import {
  type CatalogEntry,
  familyLabel,
  guessFamily,
  hasVariants,
  lookupCode,
  NOT_TIKTOK_CODES,
} from '../facts/error-catalog';
import type { Actor, CodeCause } from '../facts/error-codes.types';
import { type HttpStatusEntry, lookupHttpStatus } from './http-status';
import { type Parsed, parseResponse } from './parse-response';
import { readPaste } from './paste';

export type ExplanationStatus = 'ok' | 'explained' | 'unknown' | 'not-real' | 'invalid';

export interface Explanation {
  status: ExplanationStatus;
  /** one-line headline */
  title: string;
  meaning?: string;
  area?: string;
  cause?: CodeCause;
  fix: readonly string[];
  /** can the same request succeed later */
  retry?: boolean;
  /** who must act */
  actor?: Actor;
  /** the family of codes it belongs to (or, for an unknown code, the guessed one) */
  family?: string;
  /** for a per-item error: the id of the item, and where in the body it was found */
  itemId?: string;
  where?: string;
  /** where the explanation comes from (catalog row source) */
  source?: string;
  code?: number;
  httpStatus?: number;
  /** the envelope's message, capped */
  apiMessage?: string;
  requestId?: string;
  /** how the input was read, and hints (half JSON, token response...) */
  notes: string[];
}

export interface ExplainDeps {
  lookup: (code: number, message?: string) => CatalogEntry | undefined;
  lookupHttp: (status: number) => HttpStatusEntry | undefined;
  /** codes whose meaning depends on the message (36009004) */
  hasVariants: (code: number) => boolean;
}

const defaultDeps: ExplainDeps = {
  lookup: lookupCode,
  lookupHttp: lookupHttpStatus,
  hasVariants,
};

/** What the blog posts claim the codes TikTok does not use mean (seed article, error table). */
export const SEED_CLAIMS: Readonly<Record<number, string>> = {
  10001: 'Invalid Access Token',
  10002: 'Access Token Expired',
  10003: 'Invalid Client Key',
};

export function explainResponse(raw: string, deps: ExplainDeps = defaultDeps): Explanation {
  const paste = readPaste(raw);
  if (!paste.ok) return invalid(paste.message);
  const parsed = parseResponse(paste.text);
  if (!parsed && /^[{[]/.test(paste.text)) {
    return invalid(
      'This looks like JSON but it is incomplete or malformed, and no "code" field could be read from it. ' +
        'Copy the whole response body, from the first { to the last }.',
    );
  }
  if (!parsed) {
    return invalid(
      'No TikTok response, error code or HTTP status found in this text. Paste the JSON body of the response ' +
        '(for example {"code": 105002, "message": "...", "request_id": "..."}), a code such as 36009004, or a status such as 401.',
    );
  }
  return explainParsed(parsed, deps);
}

function invalid(message: string): Explanation {
  return { status: 'invalid', title: message, fix: [], notes: [] };
}

export function explainParsed(p: Parsed, deps: ExplainDeps = defaultDeps): Explanation {
  const base = {
    code: p.code,
    httpStatus: p.httpStatus,
    apiMessage: p.message,
    requestId: p.requestId,
    notes: [...p.notes],
  };
  if (p.requestId !== undefined && p.requestId.length !== 34) {
    base.notes.push(
      `TikTok request ids have 34 characters; this one has ${p.requestId.length}. Check it is the id from TikTok's response.`,
    );
  }
  const http = p.httpStatus !== undefined ? deps.lookupHttp(p.httpStatus) : undefined;

  if (p.code === 0) {
    if (p.httpStatus !== undefined && p.httpStatus >= 400) {
      base.notes.push(`The body says success but the HTTP status is ${p.httpStatus}; a proxy may have answered.`);
    }
    return {
      ...base,
      status: 'ok',
      title: 'Success: code 0 means TikTok accepted the request.',
      fix: [
        'If your system still reports a failure, the problem is after the call (parsing the data, mapping fields).',
      ],
    };
  }

  if (p.code !== undefined) {
    if (NOT_TIKTOK_CODES.includes(p.code)) return notReal(p.code, SEED_CLAIMS[p.code] ?? 'an error', base, http);
    const entry = deps.lookup(p.code, p.message);
    if (entry) {
      if (entry.httpStatus !== undefined && p.httpStatus === undefined) {
        base.notes.push(`TikTok documents HTTP ${entry.httpStatus} with this code.`);
      }
      if (!entry.variant && deps.hasVariants(p.code)) {
        base.notes.push(
          `Code ${p.code} covers several errors; the message tells which one. Paste it too if you left it out.`,
        );
      }
      return {
        ...base,
        status: 'explained',
        title: `Code ${p.code}${entry.variant ? ` (${entry.variant})` : ''}: ${entry.meaning}`,
        meaning: entry.meaning,
        area: entry.area,
        cause: entry.cause,
        fix: entry.fix,
        retry: entry.retry,
        actor: entry.actor,
        family: familyLabel(entry.family),
        source: entry.source,
      };
    }
    if (p.code >= 100 && p.code <= 599 && http === undefined) {
      // `{"code": 401}` comes from a proxy or a connector, not from TikTok: explain it as an HTTP status.
      const asHttp = deps.lookupHttp(p.code);
      if (asHttp) {
        base.notes.push(`Code ${p.code} looks like an HTTP status, not a TikTok code (those have 6 to 8 digits).`);
        return fromHttp(asHttp, base);
      }
    }
    return unknown(p.code, base, http);
  }

  if (http) return fromHttp(http, base);
  if (p.httpStatus !== undefined && p.httpStatus < 400) {
    return {
      ...base,
      status: 'ok',
      title: `HTTP ${p.httpStatus} is not an error status. Look at the "code" field of the body: 0 is success.`,
      fix: [],
    };
  }
  return invalid('No TikTok error code or HTTP error status found in this text.');
}

function fromHttp(http: HttpStatusEntry, base: Omit<Explanation, 'status' | 'title' | 'fix'>): Explanation {
  return {
    ...base,
    httpStatus: http.status,
    status: 'explained',
    title: `HTTP ${http.status}: ${http.meaning}`,
    meaning: http.meaning,
    area: http.area,
    cause: http.cause,
    fix: http.fix,
    source: 'HTTP semantics (RFC 9110), read for the Partner API',
  };
}

function notReal(
  code: number,
  claimed: string,
  base: Omit<Explanation, 'status' | 'title' | 'fix'>,
  http: HttpStatusEntry | undefined,
): Explanation {
  return {
    ...base,
    status: 'not-real',
    title: `Code ${code} is not a TikTok Shop API code.`,
    meaning:
      `Blog posts about "API connection failed" list ${code} as "${claimed}", but it appears in no TikTok error list ` +
      'or real response. Real TikTok Shop codes have 6 to 8 digits (for example 105002, 36009004).',
    area: 'credentials (as the blog posts claim), unconfirmed',
    cause: 'account',
    fix: [
      'Find the real response: your connector or store system may show its own code; look in its log for the JSON body with "code" and "request_id" and paste that here.',
      ...(http?.fix ?? [
        'Meanwhile check the usual suspects: an expired access token (refresh it), the token in the `x-tts-access-token` header, the right app_key.',
      ]),
    ],
    source: 'TIKTOK_FACTS.md (error envelope)',
  };
}

function unknown(
  code: number,
  base: Omit<Explanation, 'status' | 'title' | 'fix'>,
  http: HttpStatusEntry | undefined,
): Explanation {
  const digits = String(Math.abs(code));
  const guess = guessFamily(code);
  const shapeNote =
    digits.length < 6 || digits.length > 9 || code < 0
      ? ` Real TikTok Shop codes have 6 to 8 digits; ${code} may come from your connector, not from TikTok.`
      : '';
  const guessText = guess
    ? `A guess from its first digits (${guess.prefix}…, shared with ${guess.known} known code${guess.known > 1 ? 's' : ''}): it probably belongs to ${guess.label}.`
    : 'Its family cannot be guessed from its digits.';
  return {
    ...base,
    status: 'unknown',
    title: `Code ${code} is unknown: it is not in the doctor's catalog.`,
    meaning: `${guessText}${shapeNote}`,
    family: guess ? `${guess.label} (guessed)` : undefined,
    area: http?.area,
    cause: http?.cause,
    fix: [
      'Read the "message" of the response: TikTok usually names the field or the reason there.',
      `Look the code up in the Partner Center API reference, on the error-code table of the endpoint you called${guess ? ` (an API of ${guess.label})` : ''}.`,
      ...(http?.fix ?? []),
      'If it persists, send the request_id and the time of the call to TikTok Partner support.',
    ],
  };
}
