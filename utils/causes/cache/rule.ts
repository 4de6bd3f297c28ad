/** Cache and site data: stale files after a release, oversized cookies, full or corrupted storage. */

import { formatNumber, recency } from '../../diagnosis/age';
import { plainHttp } from '../../diagnosis/coded';
import { statusFinding } from '../../diagnosis/common';
import { ofKind } from '../../diagnosis/context';
import { round } from '../../diagnosis/groups';
import { CHUNK_LOAD, QUOTA } from '../../diagnosis/phrases';
import type { Finding, Rule } from '../../diagnosis/types';
import { COOKIE_LIMITS } from '../../limits';

const percent = (ratio: number) => (ratio < 0.01 ? 'under 1%' : `${Math.round(ratio * 100)}%`);

export const rule: Rule = {
  id: 'cache',
  unknownWhy: 'Site data not measured yet: run the checks.',
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
        (_st, where) =>
          `Seller Center could not load parts of its own code (chunk-load errors) ${where}: cached files are stale`,
      ),
      ...statusFinding(
        ctx,
        plainHttp(ctx, (s, g) => s === 404 && /^(script|stylesheet)$/.test(g.sample.resourceType ?? '')),
        'stale-script-404',
        { perEndpoint: 0.6, cap: 1.2 },
        (_st, where) => `Script files Seller Center asked for were gone (HTTP 404) ${where}`,
      ),
      ...statusFinding(
        ctx,
        plainHttp(ctx, (s) => s === 431 || (s === 400 && big.length > 0)),
        'http-431',
        { perEndpoint: 1.2, cap: 2 },
        (st, where) => `Seller Center answered ${st} (request headers too large) ${where}: the cookies are too big`,
      ),
      ...statusFinding(
        ctx,
        scripts.filter((g) => QUOTA.test(g.sample.message ?? '')),
        'quota-error',
        { perEndpoint: 0.8, cap: 1.2 },
        (_st, where) => `Seller Center could not save data (storage quota exceeded) ${where}`,
      ),
    ];
    for (const c of big) {
      findings.push({
        signal: 'oversized-cookies',
        weight: round(0.7 * recency(c.at, ctx.now)),
        text: `Cookies for ${c.metrics.host} take ${formatNumber(c.metrics.bytes)} bytes (${formatNumber(c.metrics.count)} cookies), over the ${formatNumber(COOKIE_LIMITS.failBytes)} many servers accept`,
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
        text: `Site storage of ${s.metrics.origin} is ${Math.round(r * 100)}% full`,
        source: 'probe',
        at: s.at,
      });
    }
    const measured = cookies.length + storage.length > 0;
    const checked = measured
      ? [
          cookies.length
            ? `cookies at most ${formatNumber(Math.max(...cookies.map((c) => c.metrics.bytes)))} bytes`
            : undefined,
          storage.length
            ? `site storage ${percent(Math.max(...storage.map((s) => s.metrics.ratio ?? 0)))} full`
            : undefined,
        ]
          .filter(Boolean)
          .join(', ')
          .replace(/^./, (c) => c.toUpperCase())
      : undefined;
    const unknownWhy = ctx.probes.length > 0 ? 'The last checks could not measure cookies or site storage.' : undefined;
    return { findings, checked, unknownWhy };
  },
};
