/**
 * Per-item errors of a batch response (the hook's `ic`: codes from `data.errors[]`, `fail_packages[]`...), one
 * `api-error` event per distinct code beyond the one the request's own event already carries, so that the
 * diagnosis counts each. The codes are classified on the extension side; nothing here knows what they mean.
 */

import type { HookItem } from '../hook/wire';
import type { ObservedEvent } from '../model';

export function itemEvents(item: HookItem, main: ObservedEvent | undefined): ObservedEvent[] {
  if (item.t !== 'r' || !item.ic || !main?.url) return [];
  return item.ic
    .filter((code) => code !== main.code)
    .map((code) => ({
      kind: 'api-error',
      at: item.z,
      source: 'page',
      pageHost: main.pageHost,
      url: main.url,
      method: main.method,
      status: main.status,
      code,
      message: 'Per-item error in a batch response',
      ...(main.requestId ? { requestId: main.requestId } : {}),
      ...(main.apiKind ? { apiKind: main.apiKind } : {}),
    }));
}
