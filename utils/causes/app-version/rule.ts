/** App version: a browser (or app, or this extension) older than Seller Center supports. */
import { recency } from '../../diagnosis/age';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import { ofKind } from '../../diagnosis/context';
import { round } from '../../diagnosis/groups';
import { OLD_ENGINE } from '../../diagnosis/phrases';
import type { Finding, Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'app-version',
  unknownWhy: 'Browser version not measured yet: run the checks.',
  evaluate(ctx) {
    const findings: Finding[] = [];
    const b = ctx.probe('browser');
    const outdated = b && b.metrics.major > 0 && b.metrics.major < b.metrics.minimum;
    if (b && outdated) {
      findings.push({
        signal: 'browser-outdated',
        weight: round(1.2 * recency(b.at, ctx.now)),
        text: `${b.metrics.name} ${b.metrics.major} is older than the version ${b.metrics.minimum} Seller Center supports`,
        source: 'probe',
        at: b.at,
      });
    }
    findings.push(
      ...toastFindings(ctx, 'app-version', 0.8),
      ...statusFinding(
        ctx,
        ofKind(ctx, 'js-error', 'unhandled-rejection').filter((g) => OLD_ENGINE.test(g.sample.message ?? '')),
        'old-engine-errors',
        { perEndpoint: 0.4, cap: 0.8 },
        (_st, where) => `Seller Center's scripts failed on syntax an older browser does not understand ${where}`,
      ),
    );
    const checked =
      b && !outdated
        ? `${b.metrics.name} ${b.metrics.major} meets the minimum ${b.metrics.minimum}; extension ${b.metrics.extensionVersion}`
        : undefined;
    const unknownWhy = ctx.probes.length > 0 ? 'The last checks could not read the browser version.' : undefined;
    return { findings, checked, unknownWhy };
  },
};
