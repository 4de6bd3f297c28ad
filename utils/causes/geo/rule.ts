/** Geo: the shop is not available where the browser appears to be (451, region pages, VPN exits). */
import { recency } from '../../diagnosis/age';
import { plainHttp } from '../../diagnosis/coded';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import { detourHint } from '../../diagnosis/detour-hint';
import { round } from '../../diagnosis/groups';
import type { Finding, Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'geo',
  unknownWhy: 'Region not compared yet: run the checks.',
  evaluate(ctx) {
    const findings: Finding[] = [
      ...statusFinding(
        ctx,
        plainHttp(ctx, (s) => s === 451),
        'http-451',
        { perEndpoint: 1.5, cap: 2.5 },
        (_st, where) =>
          `Seller Center answered 451 (unavailable for legal reasons) ${where}: TikTok blocks it from this region`,
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
        text: `The shop's market is ${m.market} (${m.host}) but this browser is set to ${m.timeZone}, ${m.locale}`,
        source: 'probe',
        at: region.at,
      });
      if (detour) {
        findings.push({
          signal: 'vpn-exit',
          weight: round(0.3 * f),
          text: 'TikTok answers far slower than the control host: a VPN or proxy exiting in another country is possible',
          source: 'probe',
          at: detour.at,
        });
      }
    }
    const checked =
      region && region.metrics.match === true
        ? `The shop's market ${region.metrics.market} matches this browser's region (${region.metrics.timeZone})`
        : undefined;
    const unknownWhy =
      ctx.probes.length > 0
        ? "The last checks could not compare the shop's market with this browser's region."
        : undefined;
    return { findings, checked, unknownWhy };
  },
};
