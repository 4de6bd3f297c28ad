/**
 * The API doctor in another language: the catalog's words come from the dictionaries (and the English ones match
 * the generated catalog, so the two cannot drift), per-code texts from the phrasebook (English where it lacks one),
 * and the contingency plan's Markdown headings follow the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { templatePlan, toMarkdown } from '@/utils/api-doctor/contingency-plan';
import { explainResponse } from '@/utils/api-doctor/explain-response';
import { HTTP_STATUSES, lookupHttpStatus } from '@/utils/api-doctor/http-status';
import { readTokenExpiry } from '@/utils/api-doctor/token-expiry';
import { hasVariants, lookupCode } from '@/utils/facts/error-catalog';
import { FAMILY_ROWS } from '@/utils/facts/error-codes.data';
import { AREA_LABELS } from '@/utils/facts/error-codes.index';
import type { Locale } from '@/utils/i18n/locales';
import type { Phrasebook } from '@/utils/i18n/phrasebook';
import { textId } from '@/utils/i18n/text-id';
import { setDictionaries, translatorFor } from '@/utils/i18n/translate';
import { readSources } from '../scripts/i18n-assets';

const { messages } = readSources(new URL('..', import.meta.url).pathname);
const en = messages.en;
const tr = (locale: Locale) => translatorFor(locale, messages[locale], en);
const deps = (locale: Locale, phrases?: Phrasebook) => ({
  lookup: lookupCode,
  lookupHttp: lookupHttpStatus,
  hasVariants,
  t: tr(locale),
  phrases,
});
/** A stand-in phrasebook (the real ones are checked by tests/code-texts.test.ts): "DE:" before each text given. */
const fakeBook = (texts: readonly string[]): Phrasebook =>
  Object.fromEntries(texts.map((text) => [textId(text), `DE: ${text}`]));

const de = (key: string) => String(messages.de[key]);

describe('catalog words', () => {
  it('English labels and family steps are the generated catalog’s', () => {
    for (const [id, row] of Object.entries(FAMILY_ROWS)) {
      expect(en[`catalog.family.${id}`], id).toBe(row.label);
      row.fix.forEach((step, i) => {
        expect(en[`catalog.fix.${id}.${i}`], `${id} step ${i}`).toBe(step);
      });
    }
    for (const [id, label] of Object.entries(AREA_LABELS)) expect(en[`catalog.area.${id}`], id).toBe(label);
  });

  it('explains a code in German: meaning and own steps from the phrasebook, family words from the dictionary', () => {
    const body = JSON.stringify({ code: 105005, message: 'Access denied.' });
    const entry = lookupCode(105005, 'Access denied.');
    const own = entry?.fix.slice(0, entry.fix.length - entry.familySteps) ?? [];
    expect(own.length).toBeGreaterThan(0);
    const e = explainResponse(body, deps('de', fakeBook([entry?.meaning ?? '?', ...own])));
    expect(e.status).toBe('explained');
    expect(e.title).toBe(`Fehlercode 105005: DE: ${entry?.meaning}`);
    expect(e.meaning).toBe(`DE: ${entry?.meaning}`);
    expect(e.apiMessage).toBe('Access denied.');
    expect(e.fix.slice(0, own.length)).toEqual(own.map((s) => `DE: ${s}`));
    expect(e.fix.slice(own.length)).toEqual(
      FAMILY_ROWS['permission-scope'].fix.map((_, i) => de(`catalog.fix.permission-scope.${i}`)),
    );
    expect(e.family).toBe(de('catalog.family.permission-scope'));
    expect(e.untranslated).toEqual([]);
  });

  it('shows in English each per-code text the phrasebook lacks, and everything without one', () => {
    const entry = lookupCode(12001000);
    const body = JSON.stringify({ code: 12001000, message: 'product api internal error' });
    const e = explainResponse(body, deps('de', fakeBook(['Some other text.'])));
    expect(e.title).toBe(`Fehlercode 12001000: ${entry?.meaning}`);
    expect(e.fix.join(' ')).toContain('exponentiellem Backoff');
    expect(e.fix.join(' ')).not.toContain('Retry after a short wait');
    expect(e.untranslated).toEqual([entry?.meaning]);
    expect(explainResponse(body, deps('de')).meaning).toBe(entry?.meaning);
  });

  it('keeps the English per-code meaning when English is active', () => {
    const e = explainResponse('105002', deps('en'));
    expect(e.meaning).toMatch(/expired/);
    expect(e.title).toContain(e.meaning ?? '?');
  });

  it('says an unknown code is unknown in French, with the guessed family in French', () => {
    const e = explainResponse('36009999', deps('fr'));
    expect(e.status).toBe('unknown');
    expect(e.title).toBe('Le code 36009999 est inconnu : il ne figure pas dans le catalogue du doctor.');
    expect(e.family).toMatch(/\(supposé\)$/);
    expect(e.fix.join(' ')).toContain('request_id');
  });

  it('writes codes without digit grouping in every language', () => {
    for (const locale of ['de', 'fr', 'pt-BR', 'th'] as const) {
      expect(explainResponse('36009004', deps(locale)).title).toContain('36009004');
    }
  });
});

describe('HTTP status words', () => {
  it('English texts are the table’s', () => {
    for (const e of HTTP_STATUSES) {
      expect(en[`apidoc.http.${e.status}.meaning`]).toBe(e.meaning);
      expect(en[`apidoc.http.${e.status}.area`]).toBe(e.area);
      e.fix.forEach((step, i) => {
        expect(en[`apidoc.http.${e.status}.fix.${i}`]).toBe(step);
      });
    }
    expect(tr('en')('apidoc.http.5xx.meaning', { status: '599' })).toBe(lookupHttpStatus(599)?.meaning);
    expect(tr('en')('apidoc.http.4xx.meaning', { status: '499' })).toBe(lookupHttpStatus(499)?.meaning);
  });

  it('explains a status in Spanish, generic classes included', () => {
    const e = explainResponse('HTTP/1.1 401 Unauthorized', deps('es'));
    expect(e.title).toMatch(/^HTTP 401: Unauthorized: falta el access token/);
    expect(e.area).toBe('cuenta / credenciales');
    expect(e.fix.join(' ')).toContain('x-tts-access-token');
    expect(explainResponse('418', deps('es')).meaning).toBe(
      'HTTP 418: la solicitud fue rechazada (un error del cliente).',
    );
  });
});

describe('token dates', () => {
  it('reads the dates in German', () => {
    const now = Date.UTC(2025, 5, 15, 12);
    const s = now / 1000;
    const body = JSON.stringify({
      code: 0,
      data: { access_token_expire_in: s - 3600, refresh_token_expire_in: s + 20 * 86_400 },
    });
    const r = readTokenExpiry(body, now, tr('de'));
    expect(r.fields[0]?.title).toMatch(/^Das access token ist am 2025-06-15 11:00 UTC abgelaufen/);
    expect(r.fields[1]?.detail).toMatch(/erneute Autorisierung/);
    expect(readTokenExpiry('{"code": 105002}', now, tr('de')).error).toMatch(/kein Token/);
  });
});

describe('contingency plan export', () => {
  it('writes the section headings in the reader’s language', () => {
    const md = toMarkdown(templatePlan(Date.UTC(2025, 0, 31)), tr('de'));
    expect(md).toContain('## 3. Einsatzteam');
    expect(md).toContain('_Zuletzt aktualisiert: 2025-01-31_');
    expect(toMarkdown(templatePlan(), tr('ja'))).toContain('## 7. 目標復旧時間');
  });
});

describe('contingency plan template', () => {
  it('starts from a template in the active language', () => {
    setDictionaries('ja', messages.ja, en);
    try {
      const plan = templatePlan();
      expect(plan.title).toBe('TikTok Shop API 緊急時対応計画');
      expect(plan.sections.team).toContain('障害対応責任者');
    } finally {
      setDictionaries('en', en);
    }
    expect(templatePlan().sections.team).toContain('Incident lead');
  });
});
