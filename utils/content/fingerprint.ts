/**
 * Grouping key of an observation: kind + where (endpoint pattern with ids and numbers normalised) + what (status,
 * code, net error or the shape of the message). Ten thousand `Loading chunk 123 failed` from one page are one
 * group; a 500 and a 502 of the same endpoint are two. Input is already redacted.
 */
import { hostAndPath } from '../facts/hosts';
import type { ObservedEvent } from '../model';

/** Runs with a digit of 12+ word characters (ids, ciphers, UUIDs), hex runs with a digit (build hashes), numbers. */
const IDS = /(?=[\w-]*\d)[\w-]{12,}|\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b|\d+/gi;

/** `host/path` with ids and numbers normalised; no scheme, query or fragment. */
export function endpointPattern(url: string, base?: string): string {
  return hostAndPath(url, base).replace(IDS, (m) => (m.length > 11 ? ':id' : '0'));
}

/** A message with URLs, ids and numbers normalised and whitespace collapsed, capped. */
export function messageShape(message: string): string {
  return message
    .slice(0, 400)
    .replace(/https?:\/\/[^\s"'<>`)]+/g, (u) => endpointPattern(u))
    .replace(IDS, (m) => (m.length > 11 ? ':id' : '0'))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

/** cyrb53: a fast 53-bit string hash; collisions among 10,000 groups are negligible. */
export function hash53(str: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint, `<kind>:<hash>`. Events seen by the page and by webRequest stay apart (source). */
export function fingerprintOf(e: ObservedEvent): string {
  const messageFree = e.kind === 'http-error' || e.kind === 'network-failure' || e.kind === 'slow-api';
  const parts = [
    e.source,
    e.pageHost,
    e.url === undefined ? '' : `${e.method} ${endpointPattern(e.url)}`,
    e.status,
    e.code,
    e.netError,
    e.kind === 'slow-api' ? e.apiKind : '',
    e.resourceType,
    messageFree ? '' : messageShape(e.message ?? ''),
  ];
  return `${e.kind}:${hash53(parts.join('\n'))}`;
}
