/**
 * Bytes of cookies the browser sends to a seller host. Servers refuse oversized request headers
 * (HTTP 431, or 400 from many front ends), commonly at 8 KB per header.
 */

import { type DxMessage, dx } from '../../diagnosis/message';
import { COOKIE_LIMITS } from '../../limits';
import type { ProbeOutcome } from '../../model';
import type { ProbeMetrics } from './metrics';

export { COOKIE_LIMITS };

const encoder = new TextEncoder();

/** Size of the `Cookie` header the browser would send: `name=value` pairs joined by `; `, in UTF-8 bytes. */
export function cookieHeaderBytes(cookies: readonly { name: string; value: string }[]): number {
  if (cookies.length === 0) return 0;
  let bytes = 2 * (cookies.length - 1);
  for (const c of cookies) {
    // A cookie with an empty name is sent as its value alone.
    bytes += encoder.encode(c.name).length + (c.name ? 1 : 0) + encoder.encode(c.value).length;
  }
  return bytes;
}

export function cookieOutcome(m: ProbeMetrics['cookies'], limits = COOKIE_LIMITS): ProbeOutcome {
  if (m.bytes > limits.failBytes) return 'fail';
  if (m.bytes > limits.warnBytes) return 'warn';
  return 'pass';
}

export function cookieSummary(m: ProbeMetrics['cookies']): DxMessage {
  const head = dx('probe.cookies.head', { count: m.count, kb: Math.round((m.bytes / 1024) * 10) / 10, host: m.host });
  if (m.bytes > COOKIE_LIMITS.failBytes) return dx('probe.cookies.fail', { head });
  if (m.bytes > COOKIE_LIMITS.warnBytes) return dx('probe.cookies.warn', { head });
  return dx('probe.cookies.ok', { head });
}
