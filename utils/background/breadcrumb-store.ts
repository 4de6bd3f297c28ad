/**
 * The background's copy of the breadcrumbs of every Seller Center tab: the last 15 minutes in session storage
 * (memory, gone when the browser closes; never in the database), re-validated on intake. The bundle reads it.
 */
import { storage } from 'wxt/utils/storage';
import { BREADCRUMB_WINDOW_MS, type Breadcrumb, isBreadcrumb, LABEL_MAX, MAX_BREADCRUMBS } from '../breadcrumbs';
import { workerSecrets } from '../redact/batch';
import { redactFully } from '../redact/shapes';

export const breadcrumbsItem = storage.defineItem<Breadcrumb[]>('session:breadcrumbs', { fallback: [] });

type Item = Pick<typeof breadcrumbsItem, 'getValue' | 'setValue'>;

let queue: Promise<unknown> = Promise.resolve();

/** Add what a content script sent; writes are queued so that two tabs' batches do not overwrite each other. */
export function takeBreadcrumbs(input: unknown, now = Date.now(), item: Item = breadcrumbsItem): Promise<number> {
  // labels redacted again, as events are (event-intake.ts): the rarer shapes and phone numbers are not done in the page
  const crumbs = (Array.isArray(input) ? input.slice(0, MAX_BREADCRUMBS).filter(isBreadcrumb) : []).map((c) =>
    c.label ? { ...c, label: redactFully(c.label, workerSecrets).slice(0, LABEL_MAX) } : c,
  );
  if (crumbs.length === 0) return Promise.resolve(0);
  const write = queue.then(async () => {
    const kept = [...(await item.getValue()), ...crumbs]
      .filter((c) => c.at >= now - BREADCRUMB_WINDOW_MS && c.at <= now + 60_000)
      .sort((a, b) => a.at - b.at)
      .slice(-MAX_BREADCRUMBS);
    await item.setValue(kept);
    return crumbs.length;
  });
  queue = write.catch(() => undefined);
  return write;
}

/** The last 15 minutes, oldest first. */
export async function readBreadcrumbs(now = Date.now(), item: Item = breadcrumbsItem): Promise<Breadcrumb[]> {
  return (await item.getValue()).filter((c) => c.at >= now - BREADCRUMB_WINDOW_MS);
}
