/**
 * Intake of observations from content scripts. The page is untrusted and so is the content script's copy
 * of what the page said: every delta is parsed again here (utils/schemas/rows.ts) before it reaches the database;
 * a row that does not match is dropped on its own.
 */
import * as v from 'valibot';
import { BATCH_LIMITS } from '../limits';
import type { EventGroupDelta, RequestRecord } from '../model';
import { scrubBatch, workerSecrets } from '../redact/batch';
import { EventGroupDeltaSchema, RequestRecordSchema } from '../schemas/rows';
import { addRequests, type DoctorDb, mergeEventGroups } from '../store';

/** The rows of `list` (at most `max`) that match `schema`, as parsed (unknown fields stripped). */
function rowsOf<T>(list: unknown, schema: v.GenericSchema<unknown, T>): T[] {
  if (!Array.isArray(list)) return [];
  const out: T[] = [];
  for (const row of list.slice(0, BATCH_LIMITS.perMessage)) {
    const r = v.safeParse(schema, row);
    if (r.success) out.push(r.output);
  }
  return out;
}

export async function takeEventBatch(
  database: DoctorDb,
  batch: { groups: unknown; requests: unknown },
): Promise<{ stored: number }> {
  const groups: EventGroupDelta[] = rowsOf(batch.groups, EventGroupDeltaSchema);
  const requests: RequestRecord[] = rowsOf(batch.requests, RequestRecordSchema);
  // redacted once more, by value too: what one tab or webRequest showed to be secret is replaced in all of it
  const clean = scrubBatch({ groups, requests }, workerSecrets, true);
  await mergeEventGroups(database, clean.groups);
  await addRequests(database, clean.requests);
  return { stored: groups.length + requests.length };
}
