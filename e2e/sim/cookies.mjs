/** Cookies the simulator sets: the oversized ones of the cookie-bloat fault and the seller session. */
import { registrableDomain } from './hosts.mjs';
import { SECRET_MARK } from './pages/html.mjs';

/** Cookies totalling about `bytes` (each under the 4 KB per-cookie limit), on the registrable domain. */
export function bigCookies(host, bytes) {
  const domain = registrableDomain(host);
  const out = [];
  for (let i = 0, left = bytes; left > 0; i++) {
    const size = Math.min(3800, left);
    out.push(`sim_big_${i}=${'x'.repeat(size)}; Domain=${domain}; Path=/; Secure; SameSite=Lax; Max-Age=86400`);
    left -= size;
  }
  return out;
}

/** A session cookie whose value carries the secret mark, so leak checks can find it if it ever escapes. */
export const sessionCookie = (host) =>
  `sessionid=${SECRET_MARK}session${Math.random().toString(36).slice(2, 10)}; Domain=${registrableDomain(host)}; Path=/; Secure; HttpOnly; SameSite=Lax`;
