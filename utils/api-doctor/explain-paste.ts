/**
 * Explain everything in a paste: every response it holds (HAR, curl -i, several bodies or log lines) and every
 * per-item error inside them, with the item id each belongs to. A batch answered with top-level code 0 whose items
 * failed is not a success: its items are listed instead.
 */

import type { Phrasebook } from '../i18n/phrasebook';
import { t } from '../i18n/translate';
import { type Explanation, explainParsed, explainResponse, withPhrases } from './explain-response';
import { itemErrors } from './item-errors';
import { readPaste } from './paste';
import { splitPaste } from './split-paste';

export interface ExplainReport {
  /** one per error found (or one success / one invalid-input answer) */
  items: Explanation[];
  /** a line above the list when there are several */
  summary?: string;
}

/** Most explanations listed for one paste. */
export const MAX_EXPLANATIONS = 100;

/** `phrases`: the reader's phrasebook for the codes' own meanings and steps (English without). */
export function explainPaste(raw: string, phrases?: Phrasebook): ExplainReport {
  const deps = withPhrases(phrases);
  const paste = readPaste(raw);
  if (!paste.ok) return { items: [explainResponse(raw, deps)] };
  const responses = splitPaste(paste.text);
  if (responses.length === 0) return { items: [explainResponse(raw, deps)] };
  const items: Explanation[] = [];
  let failedItems = 0;
  for (const r of responses) {
    const top = explainParsed(r.parsed, deps);
    const errors = itemErrors(r.body);
    const label = labelText(r.label);
    const prefix = label ? `${label}: ` : '';
    if (errors.length === 0 || top.status !== 'ok') items.push({ ...top, title: `${prefix}${top.title}` });
    for (const e of errors) {
      failedItems++;
      const x = explainParsed({ code: e.code, message: e.message, requestId: r.parsed.requestId, notes: [] }, deps);
      const title = e.itemId
        ? t('apidoc.explain.itemErrorOf', { item: e.itemId, title: x.title })
        : t('apidoc.explain.itemError', { title: x.title });
      items.push({ ...x, title: `${prefix}${title}`, itemId: e.itemId, where: e.where });
    }
    if (errors.length > 0 && top.status === 'ok') {
      items[items.length - errors.length]?.notes.unshift(t('apidoc.explain.batchNote', { count: errors.length }));
    }
  }
  const shown = items.slice(0, MAX_EXPLANATIONS);
  if (shown.length <= 1) return { items: shown };
  const errors = items.filter((e) => e.status !== 'ok').length;
  const parts = [t('apidoc.explain.found', { count: errors })];
  if (responses.length > 1) parts.push(t('apidoc.explain.inResponses', { count: responses.length }));
  if (failedItems > 0) parts.push(t('apidoc.explain.perItem', { count: failedItems }));
  const more = items.length > shown.length ? ` ${t('apidoc.explain.showingFirst', { count: shown.length })}` : '';
  return { items: shown, summary: `${parts.join(' ')}.${more}` };
}

/** split-paste names each response in English ("line 2", "HAR entry 1 (GET …)"): say it in the reader's language. */
function labelText(label: string | undefined): string | undefined {
  const m = label?.match(/^(line|response|HAR entry) (\d+)(?: \((.*)\))?$/s);
  if (!m) return label;
  const n = m[2] ?? '';
  if (m[1] === 'line') return t('apidoc.explain.labelLine', { n });
  if (m[1] === 'response') return t('apidoc.explain.labelResponse', { n });
  return t('apidoc.explain.labelHar', { n, request: m[3] ?? '' });
}
