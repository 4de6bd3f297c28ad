/**
 * Where a page's secrets are learned and where the memory is applied again: the hook's raw request facts (URL,
 * request headers, request body), `document.cookie` and the page's own URL are read for secrets (nothing of them is
 * kept). The content script scrubs every batch once more as it leaves (page-observer.ts); the background does the
 * same with redact/batch.ts.
 */
import type { HookItem } from '../hook/wire';
import { isSecretKey, redactText, redactUrl } from '../redact';
import type { SecretMemory } from './values';

/** Learn the secrets of one hook item (its URL, request headers and body); the raw headers and body are dropped. */
export function learnItem(item: HookItem, mem: SecretMemory): void {
  if (item.t === 'e') {
    if (item.src) redactUrl(item.src, mem);
    return;
  }
  redactUrl(item.u, mem);
  for (const [name, value] of item.h ?? []) {
    if (isSecretKey(name)) mem.learn(value);
    // the token after `Bearer`, each cookie value, `x-tts-access-token: ...`
    redactText(`${name}: ${value}`, mem);
  }
  if (item.b) {
    // a form (`a=1&password=x`) read as a query; JSON (`"password":"x"`) and text by their `key: value` pairs
    redactUrl(`?${item.b}`, mem);
    redactText(item.b, mem);
  }
  item.h = undefined;
  item.b = undefined;
}

/** Every cookie value the page can read is a secret (HttpOnly ones never reach the page or us). */
export function learnCookies(cookies: string, mem: SecretMemory): void {
  for (const pair of cookies.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0) mem.learn(pair.slice(eq + 1));
  }
}
