/** App version: a browser (or app, or this extension) older than Seller Center supports. */
import { recency } from '../../diagnosis/age';
import { statusFinding, toastFindings } from '../../diagnosis/common';
import { ofKind } from '../../diagnosis/context';
import { round } from '../../diagnosis/groups';
import { dx } from '../../diagnosis/message';
import { OLD_ENGINE } from '../../diagnosis/phrases';
import type { Finding, Rule } from '../../diagnosis/types';

export const rule: Rule = {
  id: 'app-version',
  unknownWhy: 'dx.app-version.unknown',
  evaluate(ctx) {
    const findings: Finding[] = [];
    const b = ctx.probe('browser');
    const outdated = b && b.metrics.major > 0 && b.metrics.major < b.metrics.minimum;
    if (b && outdated) {
      findings.push({
        signal: 'browser-outdated',
        weight: round(1.2 * recency(b.at, ctx.now)),
        message: dx('dx.app-version.outdated', {
          browser: b.metrics.name,
          major: String(b.metrics.major),
          minimum: String(b.metrics.minimum),
        }),
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
        'dx.app-version.old-engine',
      ),
    );
    const checked =
      b && !outdated
        ? dx('dx.app-version.checked', {
            browser: b.metrics.name,
            major: String(b.metrics.major),
            minimum: String(b.metrics.minimum),
            extension: b.metrics.extensionVersion,
          })
        : undefined;
    const unknownWhy = ctx.probes.length > 0 ? 'dx.app-version.unreadable' : undefined;
    return { findings, checked, unknownWhy };
  },
};
