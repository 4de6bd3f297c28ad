/** Cache and site data: stale files after a release, oversized cookies, full or corrupted storage. */

import { recency } from '../../diagnosis/age';
import { plainHttp } from '../../diagnosis/coded';
import { statusFinding } from '../../diagnosis/common';
import { ofKind } from '../../diagnosis/context';
import { round } from '../../diagnosis/groups';
import { type DxMessage, dx } from '../../diagnosis/message';
import { CHUNK_LOAD, QUOTA } from '../../diagnosis/phrases';
import type { Finding, Rule } from '../../diagnosis/types';
import { COOKIE_LIMITS } from '../../limits';

const percent = (ratio: number): DxMessage =>
  ratio < 0.01 ? dx('dx.percent.under-one') : dx('dx.percent', { value: Math.round(ratio * 100) });

export const rule: Rule = {
  id: 'cache',
  unknownWhy: 'dx.cache.unknown',
  evaluate(ctx) {
    const scripts = ofKind(ctx, 'js-error', 'unhandled-rejection', 'console-error');
    const cookies = ctx.probesOf('cookies');
    const big = cookies.filter((c) => c.metrics.bytes > COOKIE_LIMITS.failBytes);
    const findings: Finding[] = [
      ...statusFinding(
        ctx,
        scripts.filter((g) => CHUNK_LOAD.test(g.sample.message ?? '')),
        'chunk-load',
        { perEndpoint: 1, cap: 2 },
        'dx.cache.chunk-load',
      ),
      ...statusFinding(
        ctx,
        plainHttp(ctx, (s, g) => s === 404 && /^(script|stylesheet)$/.test(g.sample.resourceType ?? '')),
        'stale-script-404',
        { perEndpoint: 0.6, cap: 1.2 },
        'dx.cache.stale-404',
      ),
      ...statusFinding(
        ctx,
        plainHttp(ctx, (s) => s === 431 || (s === 400 && big.length > 0)),
        'http-431',
        { perEndpoint: 1.2, cap: 2 },
        'dx.cache.431',
      ),
      ...statusFinding(
        ctx,
        scripts.filter((g) => QUOTA.test(g.sample.message ?? '')),
        'quota-error',
        { perEndpoint: 0.8, cap: 1.2 },
        'dx.cache.quota',
      ),
    ];
    for (const c of big) {
      findings.push({
        signal: 'oversized-cookies',
        weight: round(0.7 * recency(c.at, ctx.now)),
        message: dx('dx.cache.cookies', {
          host: c.metrics.host,
          bytes: c.metrics.bytes,
          count: c.metrics.count,
          limit: COOKIE_LIMITS.failBytes,
        }),
        source: 'probe',
        at: c.at,
      });
    }
    const storage = ctx.probesOf('storage');
    for (const s of storage) {
      const r = s.metrics.ratio;
      if (r === null || r < 0.8) continue;
      findings.push({
        signal: 'storage-full',
        weight: round((r >= 0.9 ? 1 : 0.4) * recency(s.at, ctx.now)),
        message: dx('dx.cache.storage-full', {
          origin: s.metrics.origin,
          percent: dx('dx.percent', { value: Math.round(r * 100) }),
        }),
        source: 'probe',
        at: s.at,
      });
    }
    const measured = cookies.length + storage.length > 0;
    const checked = measured ? checkedWhy(cookies, storage) : undefined;
    const unknownWhy = ctx.probes.length > 0 ? 'dx.cache.unmeasured' : undefined;
    return { findings, checked, unknownWhy };
  },
};

/** "Cookies at most 3,100 bytes, site storage under 1% full": what the checks measured and found fine. */
function checkedWhy(
  cookies: readonly { metrics: { bytes: number } }[],
  storage: readonly { metrics: { ratio: number | null } }[],
): DxMessage {
  const bytes = Math.max(...cookies.map((c) => c.metrics.bytes));
  const full = percent(Math.max(...storage.map((s) => s.metrics.ratio ?? 0)));
  if (cookies.length === 0) return dx('dx.cache.checked.storage', { percent: full });
  if (storage.length === 0) return dx('dx.cache.checked.cookies', { bytes });
  return dx('dx.cache.checked.both', { bytes, percent: full });
}
