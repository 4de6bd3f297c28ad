/** Geo: the shop is not available where the browser appears to be (451, region pages, VPN exits). */
import { recency } from '../../diagnosis/age';
import { plainHttp } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import { detourHint } from '../../diagnosis/detour-hint';
import { round } from '../../diagnosis/groups';
import { dx } from '../../diagnosis/message';
import type { Finding, Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'geo',
  unknownWhy: 'dx.geo.unknown',
  evaluate(ctx) {
    const findings: Finding[] = [
      ...statusFinding(
        ctx,
        plainHttp(ctx, (s) => s === 451),
        'http-451',
        { perEndpoint: 1.5, cap: 2.5 },
        'dx.geo.451',
      ),
      ...toastFindings(ctx, 'geo'),
    ];
    const region = ctx.probe('region');
    const detour = detourHint(ctx);
    if (region && region.metrics.match === false) {
      const m = region.metrics;
      const f = recency(region.at, ctx.now);
      // A mismatch alone is common (cross-border sellers, travel): weak on its own, stronger with a proxy or VPN.
      findings.push({
        signal: 'region-mismatch',
        weight: round(0.25 * f),
        message: dx('dx.geo.mismatch', { market: m.market, host: m.host, timeZone: m.timeZone, locale: m.locale }),
        source: 'probe',
        at: region.at,
      });
      if (detour) {
        findings.push({
          signal: 'vpn-exit',
          weight: round(0.3 * f),
          message: dx('dx.geo.vpn'),
          source: 'probe',
          at: detour.at,
        });
      }
    }
    const checked =
      region && region.metrics.match === true
        ? dx('dx.geo.checked', { market: region.metrics.market, timeZone: region.metrics.timeZone })
        : undefined;
    const unknownWhy = ctx.probes.length > 0 ? 'dx.geo.uncompared' : undefined;
    return { findings, checked, unknownWhy };
  },
};
