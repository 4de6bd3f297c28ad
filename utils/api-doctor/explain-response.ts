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
import { type Phrasebook, phrase } from '../i18n/phrasebook';
import { type Translate, t } from '../i18n/translate';
import { areaText, familyText, fixSteps } from './catalog-words';
import { type HttpStatusEntry, lookupHttpStatus } from './http-status';
import { httpWords } from './http-words';
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
  /** the per-code texts shown in English because the reader's phrasebook lacks them (marked `lang="en"`) */
  untranslated?: readonly string[];
}

export interface ExplainDeps {
  lookup: (code: number, message?: string) => CatalogEntry | undefined;
  lookupHttp: (status: number) => HttpStatusEntry | undefined;
  /** codes whose meaning depends on the message (36009004) */
  hasVariants: (code: number) => boolean;
  /** the words, in the reader's language (tests run with English active) */
  t?: Translate;
  /** the per-code meanings and steps in the reader's language (utils/i18n/phrasebook.ts); English without one */
  phrases?: Phrasebook;
}

const defaultDeps: ExplainDeps = {
  lookup: lookupCode,
  lookupHttp: lookupHttpStatus,
  hasVariants,
};

/** The shipped tables, with the reader's phrasebook for per-code texts. */
export const withPhrases = (phrases?: Phrasebook): ExplainDeps => ({ ...defaultDeps, phrases });

/** Codes go into messages as written: a number placeholder would be grouped (36,009,004). */
const digits = (n: number) => String(n);

/** What the blog posts claim the codes TikTok does not use mean (seed article, error table). */
export const SEED_CLAIMS: Readonly<Record<number, string>> = {
  10001: 'Invalid Access Token',
  10002: 'Access Token Expired',
  10003: 'Invalid Client Key',
};

export function explainResponse(raw: string, deps: ExplainDeps = defaultDeps): Explanation {
  const tr = deps.t ?? t;
  const paste = readPaste(raw, undefined, tr);
  if (!paste.ok) return invalid(paste.message);
  const parsed = parseResponse(paste.text);
  if (!parsed && /^[{[]/.test(paste.text)) return invalid(tr('apidoc.explain.invalidJson'));
  if (!parsed) return invalid(tr('apidoc.explain.nothingFound'));
  return explainParsed(parsed, deps);
}

function invalid(message: string): Explanation {
  return { status: 'invalid', title: message, fix: [], notes: [] };
}

export function explainParsed(p: Parsed, deps: ExplainDeps = defaultDeps): Explanation {
  const tr = deps.t ?? t;
  const base = {
    code: p.code,
    httpStatus: p.httpStatus,
    apiMessage: p.message,
    requestId: p.requestId,
    notes: p.notes.map((note) => tr(note, { section: tr('apidoc.section.token') })),
  };
  if (p.requestId !== undefined && p.requestId.length !== 34) {
    base.notes.push(tr('apidoc.explain.requestIdLength', { length: p.requestId.length }));
  }
  const httpEntry = p.httpStatus !== undefined ? deps.lookupHttp(p.httpStatus) : undefined;
  const http = httpEntry && httpWords(httpEntry, tr);

  if (p.code === 0) {
    if (p.httpStatus !== undefined && p.httpStatus >= 400) {
      base.notes.push(tr('apidoc.explain.successButHttp', { status: digits(p.httpStatus) }));
    }
    return { ...base, status: 'ok', title: tr('apidoc.explain.success'), fix: [tr('apidoc.explain.successFix')] };
  }

  if (p.code !== undefined) {
    if (NOT_TIKTOK_CODES.includes(p.code)) {
      return notReal(p.code, SEED_CLAIMS[p.code] ?? tr('apidoc.explain.notRealClaim'), base, http, tr);
    }
    const entry = deps.lookup(p.code, p.message);
    if (entry) {
      if (entry.httpStatus !== undefined && p.httpStatus === undefined) {
        base.notes.push(tr('apidoc.explain.documentedHttp', { status: digits(entry.httpStatus) }));
      }
      if (!entry.variant && deps.hasVariants(p.code)) {
        base.notes.push(tr('apidoc.explain.variants', { code: digits(p.code) }));
      }
      const family = familyText(entry.family, familyLabel(entry.family), tr);
      // The per-code meaning in the reader's language where the phrasebook has it, else in English; TikTok's own
      // message stays as TikTok wrote it (apiMessage).
      const meaning = phrase(entry.meaning, deps.phrases);
      const fix = fixSteps(entry, tr, deps.phrases);
      const own = [entry.meaning, ...entry.fix.slice(0, entry.fix.length - entry.familySteps)];
      const code = digits(p.code);
      return {
        ...base,
        status: 'explained',
        title: entry.variant
          ? tr('apidoc.explain.variantTitle', { code, variant: entry.variant, meaning })
          : tr('apidoc.explain.codeTitle', { code, meaning }),
        meaning,
        area: areaText(entry.areaId, entry.area, tr),
        cause: entry.cause,
        fix,
        retry: entry.retry,
        actor: entry.actor,
        family,
        source: entry.source,
        untranslated: own.filter((text) => phrase(text, deps.phrases) === text),
      };
    }
    if (p.code >= 100 && p.code <= 599 && http === undefined) {
      // `{"code": 401}` comes from a proxy or a connector, not from TikTok: explain it as an HTTP status.
      const asHttp = deps.lookupHttp(p.code);
      if (asHttp) {
        base.notes.push(tr('apidoc.explain.looksHttp', { code: digits(p.code) }));
        return fromHttp(httpWords(asHttp, tr), base, tr);
      }
    }
    return unknown(p.code, base, http, tr);
  }

  if (http) return fromHttp(http, base, tr);
  if (p.httpStatus !== undefined && p.httpStatus < 400) {
    return {
      ...base,
      status: 'ok',
      title: tr('apidoc.explain.httpOk', { status: digits(p.httpStatus) }),
      fix: [],
    };
  }
  return invalid(tr('apidoc.explain.noError'));
}

function fromHttp(
  http: HttpStatusEntry,
  base: Omit<Explanation, 'status' | 'title' | 'fix'>,
  tr: Translate,
): Explanation {
  return {
    ...base,
    httpStatus: http.status,
    status: 'explained',
    title: tr('apidoc.explain.httpTitle', { status: digits(http.status), meaning: http.meaning }),
    meaning: http.meaning,
    area: http.area,
    cause: http.cause,
    fix: http.fix,
    source: tr('apidoc.explain.httpSource'),
  };
}

function notReal(
  code: number,
  claimed: string,
  base: Omit<Explanation, 'status' | 'title' | 'fix'>,
  http: HttpStatusEntry | undefined,
  tr: Translate,
): Explanation {
  return {
    ...base,
    status: 'not-real',
    title: tr('apidoc.explain.notReal', { code: digits(code) }),
    meaning: tr('apidoc.explain.notRealMeaning', { code: digits(code), claimed }),
    area: tr('apidoc.explain.notRealArea'),
    cause: 'account',
    fix: [tr('apidoc.explain.notRealFind'), ...(http?.fix ?? [tr('apidoc.explain.notRealSuspects')])],
    source: 'TIKTOK_FACTS.md (error envelope)',
  };
}

function unknown(
  code: number,
  base: Omit<Explanation, 'status' | 'title' | 'fix'>,
  http: HttpStatusEntry | undefined,
  tr: Translate,
): Explanation {
  const length = String(Math.abs(code)).length;
  const guess = guessFamily(code);
  const family = guess ? familyText(guess.family, guess.label, tr) : undefined;
  const shapeNote =
    length < 6 || length > 9 || code < 0 ? ` ${tr('catalog.unknown.shape', { code: digits(code) })}` : '';
  const guessText =
    guess && family
      ? tr('catalog.unknown.guess', { prefix: guess.prefix, count: guess.known, family })
      : tr('catalog.unknown.noGuess');
  return {
    ...base,
    status: 'unknown',
    title: tr('catalog.unknown.title', { code: digits(code) }),
    meaning: `${guessText}${shapeNote}`,
    family: family ? tr('catalog.unknown.guessed', { family }) : undefined,
    area: http?.area,
    cause: http?.cause,
    fix: [
      tr('catalog.unknown.readMessage'),
      family ? tr('catalog.unknown.lookUpIn', { family }) : tr('catalog.unknown.lookUp'),
      ...(http?.fix ?? []),
      tr('catalog.unknown.support'),
    ],
  };
}
