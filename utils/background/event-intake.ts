/**
 * Intake of observations from content scripts. The page is untrusted and so is the content script's copy
 * of what the page said: every delta is re-validated here before it reaches the database.
 */
import { addRequests, type DoctorDb, mergeEventGroups } from '../db';
import type { EventGroupDelta, RequestRecord } from '../model';
import { scrubBatch, workerSecrets } from '../redact/batch';
import { isEventGroupDelta, isRequestRecord } from '../validate';

const MAX_GROUPS_PER_BATCH = 200;
const MAX_REQUESTS_PER_BATCH = 200;

export async function takeEventBatch(
  database: DoctorDb,
  batch: { groups: unknown; requests: unknown },
): Promise<{ stored: number }> {
  const groups: EventGroupDelta[] = Array.isArray(batch.groups)
    ? batch.groups.slice(0, MAX_GROUPS_PER_BATCH).filter(isEventGroupDelta)
    : [];
  const requests: RequestRecord[] = Array.isArray(batch.requests)
    ? batch.requests.slice(0, MAX_REQUESTS_PER_BATCH).filter(isRequestRecord)
    : [];
  // redacted once more, by value too: what one tab or webRequest showed to be secret is replaced in all of it
  const clean = scrubBatch({ groups, requests }, workerSecrets, true);
  await mergeEventGroups(database, clean.groups);
  await addRequests(database, clean.requests);
  return { stored: groups.length + requests.length };
}
