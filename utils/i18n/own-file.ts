/**
 * The extension's own data files (dictionaries, phrasebooks, the privacy policy), fetched at most once per page
 * each: the first caller's read is cached by path. A missing, unreadable or malformed file answers `fallback`,
 * never an error, so a page shows English rather than breaking.
 */
import { browser } from 'wxt/browser';

const cache = new Map<string, Promise<unknown>>();

export function fetchOwnFile<T>(path: string, read: (response: Response) => Promise<T>, fallback: T): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    const url = (browser.runtime.getURL as (p: string) => string)(path);
    pending = fetch(url)
      .then((r) => (r.ok ? read(r) : fallback))
      .catch(() => fallback);
    cache.set(path, pending);
  }
  return pending;
}
