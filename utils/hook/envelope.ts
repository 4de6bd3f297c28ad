/** Reading TikTok's `{code, message, request_id}` envelope and thrown values, cheaply and without ever throwing. */
import { MESSAGE_CHARS, REQUEST_ID_CHARS } from '../limits';
import { hasItemHint, itemCodes } from './item-codes';

/** c: the top-level code when not 0; ic: per-item codes of a batch response (classified on the extension side) */
export type Envelope = { c?: number; msg?: string; rid?: string; ic?: number[] } | undefined;

export const TEXTUAL = /json|text\/plain/i;
const CODE_ZERO = /^\s*\{\s*"code"\s*:\s*0\s*[,}]/;

/** The envelope fields of a parsed body, when its code says failure. */
export function fromObject(o: unknown): Envelope {
  try {
    const e = o as { code?: unknown; message?: unknown; request_id?: unknown; data?: unknown } | null;
    if (!e || typeof e !== 'object' || typeof e.code !== 'number') return undefined;
    const { message, request_id } = e;
    const ic = itemCodes(e.data);
    if (e.code === 0 && ic.length === 0) return undefined;
    return {
      c: e.code === 0 ? undefined : e.code,
      ic: ic.length ? ic : undefined,
      msg: typeof message === 'string' ? message.slice(0, MESSAGE_CHARS) : undefined,
      rid: typeof request_id === 'string' ? request_id.slice(0, REQUEST_ID_CHARS) : undefined,
    };
  } catch {
    return undefined;
  }
}

/**
 * The envelope from a JSON text. A text cut short at the cap is no error envelope (those are small; a long body
 * is data), and `"code":0` first is success: both cost no parse.
 */
export function envelopeOf(text: string, complete: boolean): Envelope {
  if (!complete || !text.includes('"code"') || (CODE_ZERO.test(text) && !hasItemHint(text))) return undefined;
  try {
    return fromObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** What a thrown value says, reading no more than two properties of it. */
export function textOf(v: unknown): string {
  try {
    const o = v as { name?: unknown; message?: unknown } | null;
    if (o && typeof o === 'object') {
      return typeof o.message === 'string'
        ? `${typeof o.name === 'string' ? o.name : 'Error'}: ${o.message}`
        : '[object]';
    }
    return String(v);
  } catch {
    return '(unreadable)';
  }
}
