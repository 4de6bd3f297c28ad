/**
 * The error catalog's per-code English texts (what the phrasebooks translate) and the checks a translation of one
 * must pass: tokens that stay as written, and whether it was left in English.
 */
import type { CodeRow } from '@/utils/facts/error-codes.types';
import { textId } from '@/utils/i18n/text-id';

/** Every code's meaning, own steps and complete fix, and each variant's meaning and fix, once, in catalog order. */
export function catalogTexts(rows: readonly CodeRow[]): string[] {
  const texts = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) texts.add(text);
  };
  for (const row of rows) {
    add(row.meaning);
    for (const s of row.steps ?? []) add(s);
    for (const s of row.fix ?? []) add(s);
    for (const v of row.variants ?? []) {
      add(v.meaning);
      for (const s of v.fix ?? []) add(s);
    }
  }
  return [...texts];
}

/** The English phrasebook: text id -> text. Two texts with one id would lose one: the caller checks the count. */
export function englishPhrasebook(texts: readonly string[]): Record<string, string> {
  return Object.fromEntries(texts.map((text) => [textId(text), text]));
}

/** The file as committed (as Biome formats it): one entry a line, so that a diff shows which text changed. */
export const phrasebookFile = (book: Record<string, string>) => `${JSON.stringify(book, null, 2)}\n`;

const CODE_SPAN = /`[^`]+`/g;
const withoutSpans = (s: string) => s.replace(CODE_SPAN, ' ');

/**
 * What a translation keeps exactly: `code spans`, {placeholders}, snake_case identifiers, URLs and numbers
 * (digits, so "10 MB" and "202309" stay, whatever the script around them).
 */
export function keptTokens(text: string): string[] {
  const rest = withoutSpans(text);
  return [
    ...(text.match(CODE_SPAN) ?? []),
    ...(text.match(/\{[a-zA-Z]+\}/g) ?? []),
    ...(rest.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? []),
    ...(rest.match(/https?:\/\/[^\s)]+/g) ?? []).map((url) => url.replace(/[.,;:!?。、，！？]+$/u, '')),
    ...(rest.replace(/https?:\/\/[^\s)]+/g, ' ').match(/\d+/g) ?? []),
  ];
}

/** Tokens of `english` the translation lacks altogether (one said twice may be said once: sentences are rebuilt). */
export function lostTokens(english: string, translated: string): string[] {
  const kept = new Set(keptTokens(translated));
  return [...new Set(keptTokens(english))].filter((token) => !kept.has(token));
}

/**
 * Names that stay as they are in every language (the brief's product, brand and API words; endpoint and header
 * names come in code spans or as identifiers).
 */
export const SAME_EVERYWHERE = [
  'TikTok Shop',
  'TikTok',
  'Seller Center',
  'Partner Center',
  'Partner API',
  'API',
  'JSON',
  'HTTP',
  'HTTPS',
  'URL',
  'URI',
  'SKU',
  'ID',
  'OAuth',
  'PDF',
  'JPG',
  'JPEG',
  'PNG',
  'MB',
  'KB',
  'GB',
  'app_key',
  'shop_cipher',
  'request_id',
];

/**
 * What is left of an English text once code spans, identifiers, URLs, numbers, names and punctuation are removed:
 * a translation equal to the English is left in English when this is not empty.
 */
export function translatable(text: string): string {
  let rest = withoutSpans(text)
    .replace(/https?:\/\/[^\s)]+/g, ' ')
    .replace(/\b[a-zA-Z][a-zA-Z0-9]*(?:[_.][a-zA-Z0-9]+)+\b/g, ' ');
  for (const w of SAME_EVERYWHERE) rest = rest.split(w).join(' ');
  return rest.replace(/[^\p{L}]+/gu, ' ').trim();
}
