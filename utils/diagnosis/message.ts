/**
 * A sentence of the diagnosis as data: a message key and its values. Rules build these instead of English text,
 * so one diagnosis renders in any language (utils/diagnosis/render.ts) and diagnosis.json stays language-neutral.
 * Values are raw (counts, spans, lists, nested phrases) and formatted only when rendered.
 */
import type { MessageKey } from '../i18n/keys';

export interface DxMessage {
  key: MessageKey;
  params?: DxParams;
}

export type DxParams = { [name: string]: DxValue };

export type DxValue =
  /** shown as is: hosts, codes, request ids, quoted page messages (codes are strings: no digit grouping) */
  | string
  /** a count or a measure, in the reader's digits; a param named `count` also picks the plural form */
  | number
  /** a nested phrase ("in the last 10 minutes") */
  | DxMessage
  /** a span of time in ms, rounded up to minutes (under 2 hours) or hours: "12 minutes" */
  | { span: number }
  /** "a, b and c"; with `max`, "a, b, c and 4 more" */
  | { list: DxValue[]; max?: number }
  /** a text that may be a message key (a question, an answer, a code's meaning): translated when it is one */
  | { label: string };

export const dx = (key: MessageKey, params?: DxParams): DxMessage => (params ? { key, params } : { key });

/** An empty phrase, for optional tails ("" when the control host was not measured). */
export const NOTHING = '';
