/**
 * The breadcrumbs open Seller Center tabs still hold, taken into the background's store before an export reads it.
 * A page that was only opened (no click, no failure) sends its path when it goes away, not at once, so that a
 * healthy page load never wakes this worker (utils/content/breadcrumbs.ts); an export made while the seller is still
 * on that page asks the tab for it here. The tab's content script leaves its `take` in its own isolated world, where
 * `scripting.executeScript` runs too; the page cannot see it.
 */
import { browser } from 'wxt/browser';
import { TAKE_KEY } from '../breadcrumbs';
import { takeBreadcrumbs } from './breadcrumb-store';
import { sellerTabs } from './probe-scheduler';
import { withTimeout } from './site-data/measure';

type Scripting = Pick<typeof browser.scripting, 'executeScript'>;

/** Runs in the tab's isolated world: self-contained (executeScript sends its source), the key as an argument. */
export function takeHeldBreadcrumbs(key: string): unknown {
  const take = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof take === 'function' ? take() : [];
}

/** An export waits at most this long for the tabs: a hung tab must not hold the bundle back. */
export const PULL_TIMEOUT_MS = 1_000;

/**
 * Take what every open Seller Center tab holds into the store; resolves with how many breadcrumbs were stored.
 * Never rejects: a tab that cannot be scripted (discarded, an error page, closing) or does not answer in time is
 * left out, and the export goes on with what the store already has.
 */
export async function pullTabBreadcrumbs(
  tabs: () => Promise<{ id: number }[]> = sellerTabs,
  scripting: Scripting | undefined = browser.scripting,
  take: (crumbs: unknown) => Promise<number> = takeBreadcrumbs,
  timeoutMs = PULL_TIMEOUT_MS,
): Promise<number> {
  if (!scripting) return 0;
  const pull = async () => {
    const open = await tabs();
    const held = await Promise.all(
      open.map((t) =>
        scripting
          .executeScript({ target: { tabId: t.id }, func: takeHeldBreadcrumbs, args: [TAKE_KEY] })
          .then((results) => (Array.isArray(results?.[0]?.result) ? (results[0].result as unknown[]) : []))
          .catch(() => []),
      ),
    );
    // one write for all tabs (the store re-validates and redacts every crumb)
    return take(held.flat());
  };
  return withTimeout(pull(), timeoutMs, 'the tabs did not answer').catch(() => 0);
}
