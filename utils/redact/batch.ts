/**
 * The background's pass by value: one memory for the worker (what webRequest and every tab's batches showed to be
 * secret; lost when the worker stops, by design), and every batch redacted again through it before it is stored.
 */
import type { EventGroupDelta, RequestRecord } from '../model';
import { redactFully, redactUrlFully } from './shapes';
import { SecretMemory } from './values';

export const workerSecrets = new SecretMemory();

interface Texts {
  groups: EventGroupDelta[];
  requests: RequestRecord[];
}

type Fixer = (s: string) => string;

/** A copy of `o` with its `url` and `message` passed through `url` / `text` (absent fields stay absent). */
function fixed<O extends { url?: string; message?: string }>(o: O, url: Fixer, text: Fixer): O {
  const out = { ...o };
  if (o.url !== undefined) out.url = url(o.url);
  if (o.message !== undefined) out.message = text(o.message);
  return out;
}

/**
 * The batch with remembered values replaced in every URL and message, copied (the caller's objects stay as they
 * were). `redact` (the background) runs the whole redactor again as well, learning from what it finds: from every
 * URL and message first (results dropped), so that a value learned from the last row applies to the first.
 */
export function scrubBatch<T extends Texts>(batch: T, mem: SecretMemory, redact = false): T {
  const url: Fixer = redact ? (s) => redactUrlFully(s, mem) : (s) => mem.scrub(s);
  const text: Fixer = redact ? (s) => redactFully(s, mem) : (s) => mem.scrub(s);
  if (redact) for (const o of [...batch.requests, ...batch.groups.map((g) => g.sample)]) fixed(o, url, text);
  return {
    ...batch,
    groups: batch.groups.map((g) => ({ ...g, sample: fixed(g.sample, url, text) })),
    requests: batch.requests.map((r) => fixed(r, url, text)),
  };
}
