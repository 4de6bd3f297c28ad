/**
 * Explain everything in a paste: every response it holds (HAR, curl -i, several bodies or log lines) and every
 * per-item error inside them, with the item id each belongs to. A batch answered with top-level code 0 whose items
 * failed is not a success: its items are listed instead.
 */
import { type Explanation, explainParsed, explainResponse } from './explain-response';
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

export function explainPaste(raw: string): ExplainReport {
  const paste = readPaste(raw);
  if (!paste.ok) return { items: [explainResponse(raw)] };
  const responses = splitPaste(paste.text);
  if (responses.length === 0) return { items: [explainResponse(raw)] };
  const items: Explanation[] = [];
  let failedItems = 0;
  for (const r of responses) {
    const top = explainParsed(r.parsed);
    const errors = itemErrors(r.body);
    const prefix = r.label ? `${r.label}: ` : '';
    if (errors.length === 0 || top.status !== 'ok') items.push({ ...top, title: `${prefix}${top.title}` });
    for (const e of errors) {
      failedItems++;
      const x = explainParsed({ code: e.code, message: e.message, requestId: r.parsed.requestId, notes: [] });
      const whose = e.itemId ? ` (${e.itemId})` : '';
      items.push({ ...x, title: `${prefix}Item error${whose}: ${x.title}`, itemId: e.itemId, where: e.where });
    }
    if (errors.length > 0 && top.status === 'ok') {
      items[items.length - errors.length]?.notes.unshift(
        `The response's top-level code is 0, yet ${errors.length} item${errors.length > 1 ? 's' : ''} failed: a batch call succeeds only for the items not listed here.`,
      );
    }
  }
  const shown = items.slice(0, MAX_EXPLANATIONS);
  if (shown.length <= 1) return { items: shown };
  const errors = items.filter((e) => e.status !== 'ok').length;
  const parts = [`${errors} error${errors === 1 ? '' : 's'} found`];
  if (responses.length > 1) parts.push(`in ${responses.length} responses`);
  if (failedItems > 0) parts.push(`(${failedItems} per-item)`);
  const more = items.length > shown.length ? ` Showing the first ${shown.length}.` : '';
  return { items: shown, summary: `${parts.join(' ')}.${more}` };
}
