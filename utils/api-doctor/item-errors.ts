/**
 * Per-item errors inside one response body, with the id of the item each belongs to: batch calls answer top-level
 * `code` 0 and list failures in `data.errors[] {code, message, detail: {product_id}}`, `data.fail_packages[]
 * {package_id, fail_code, fail_reason}`, `data.products[] {product_id, fail_reasons[] {code, message}}`,
 * `extra_errors[]` and the like (../shared/tiktok-error-codes.md). Codes may be strings ("36020001").
 */
import { cap, isObj, toInt } from './parse-response';

export interface ItemError {
  code: number;
  message?: string;
  /** the id of the product, package, order, SKU... the error belongs to */
  itemId?: string;
  /** where in the body: data.errors[1] */
  where: string;
}

const ERROR_LIST = /^(?:errors|extra_errors|fail_[a-z_]+|failed_[a-z_]+|error_list)$/;
const CODE_KEYS = ['code', 'fail_code', 'error_code', 'err_code'];
const MESSAGE_KEYS = ['message', 'fail_reason', 'reason', 'msg', 'error_message', 'fail_message', 'err_msg'];
const ID_KEY = /^(?:[a-z]+_)*id$/;
const MAX_ITEMS = 200;

function codeOf(o: Record<string, unknown>): number | undefined {
  for (const k of CODE_KEYS) {
    const c = toInt(o[k]);
    if (c !== undefined && c !== 0) return c;
  }
  return undefined;
}

function messageOf(o: Record<string, unknown>): string | undefined {
  for (const k of MESSAGE_KEYS) {
    const v = o[k];
    if (typeof v === 'string' && v.trim() !== '') return cap(v.trim());
  }
  return undefined;
}

/** `product_id: 1729...` from the object itself or its `detail` / `extra` / `data`. */
function idOf(o: Record<string, unknown>): string | undefined {
  for (const src of [o, o.detail, o.extra, o.data]) {
    if (!isObj(src)) continue;
    for (const [k, v] of Object.entries(src)) {
      if (ID_KEY.test(k) && (typeof v === 'string' || typeof v === 'number') && String(v) !== '') {
        return `${k} ${String(v).slice(0, 64)}`;
      }
    }
  }
  return undefined;
}

/** Every per-item error of a body (the envelope's own code excluded), in document order. */
export function itemErrors(body: unknown): ItemError[] {
  const out: ItemError[] = [];
  const walk = (v: unknown, path: string, listKey: string, parentId: string | undefined, depth: number) => {
    if (out.length >= MAX_ITEMS || depth > 8) return;
    if (Array.isArray(v)) {
      v.forEach((el, i) => {
        walk(el, `${path}[${i}]`, listKey, parentId, depth + 1);
      });
      return;
    }
    if (!isObj(v)) return;
    const inList = listKey !== '' && path.endsWith(']');
    const code = inList ? codeOf(v) : undefined;
    const ownId = idOf(v);
    if (code !== undefined && (ERROR_LIST.test(listKey) || messageOf(v) !== undefined)) {
      out.push({ code, message: messageOf(v), itemId: ownId ?? parentId, where: path });
    }
    for (const [k, x] of Object.entries(v)) {
      if (x && typeof x === 'object') walk(x, `${path}.${k}`, k, ownId ?? parentId, depth + 1);
    }
  };
  if (isObj(body)) {
    const data = body.data;
    if (data !== undefined) walk(data, 'data', '', undefined, 0);
    // connectors sometimes lift the lists to the top: {"code": 0, "errors": [...]}
    for (const [k, x] of Object.entries(body)) if (k !== 'data' && Array.isArray(x)) walk(x, k, k, undefined, 1);
  }
  return out;
}
