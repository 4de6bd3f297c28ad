/**
 * Platform: TikTok's side is failing. No status page exists, so it is inferred: 5xx and TikTok's own
 * "internal error" codes across several endpoints while the control host answers.
 */
import { ago, list, recency } from '../../diagnosis/age';
import { codeFindings, plainHttp } from '../../diagnosis/coded';
import { toastFindings } from '../../diagnosis/common';
import { controlPhrase, ofKind } from '../../diagnosis/context';
import { gather, round, sortedStatuses, weigh, when, where } from '../../diagnosis/groups';
import { located } from '../../diagnosis/market';
import { dx, NOTHING } from '../../diagnosis/message';
import { CHUNK_LOAD, OLD_ENGINE, QUOTA } from '../../diagnosis/phrases';
import type { Finding, Rule, RuleContext } from '../../diagnosis/types';

function serverErrors(ctx: RuleContext): Finding[] {
  const groups = plainHttp(ctx, (s) => s >= 500);
  if (groups.length === 0) return [];
  const set = gather(groups);
  return [
    {
      signal: 'server-errors',
      weight: weigh(set, ctx.now, { perEndpoint: 0.5, cap: 2.5 }),
      message: located(
        ctx,
        groups,
        dx('dx.platform.server', {
          statuses: list(sortedStatuses(groups).map(String)),
          where: where(set, ctx.now),
          control: controlPhrase(ctx),
        }),
      ),
      source: 'event',
      at: set.latestAt,
      ref: groups[0]?.fingerprint,
    },
  ];
}

function verdictFinding(ctx: RuleContext): Finding[] {
  const v = ctx.probe('connectivity-verdict');
  if (v?.metrics.verdict !== 'platform') return [];
  const down = ctx
    .probesOf('reach')
    .filter((r) => r.metrics.role !== 'control' && r.metrics.samples > 0 && r.metrics.okSamples === 0);
  const how = [...down]
    .sort((a, b) => (a.metrics.host < b.metrics.host ? -1 : a.metrics.host > b.metrics.host ? 1 : 0))
    .map((r) =>
      r.metrics.status
        ? dx('dx.platform.host-status', { host: r.metrics.host, status: String(r.metrics.status) })
        : r.metrics.failure
          ? dx('dx.platform.host-failure', { host: r.metrics.host, failure: r.metrics.failure })
          : dx('dx.platform.host-failed', { host: r.metrics.host }),
    );
  return [
    {
      signal: 'platform-verdict',
      weight: round(1.2 * recency(v.at, ctx.now)),
      message: dx('dx.platform.verdict', {
        ago: ago(v.at, ctx.now),
        hosts: how.length ? dx('dx.platform.hosts', { hosts: list(how, 3) }) : NOTHING,
        control: controlPhrase(ctx),
      }),
      source: 'probe',
      at: v.at,
      ref: v.runId,
    },
  ];
}

function rateLimited(ctx: RuleContext): Finding[] {
  const groups = plainHttp(ctx, (s) => s === 429);
  if (groups.length === 0) return [];
  const set = gather(groups);
  return [
    {
      signal: 'rate-limited',
      weight: weigh(set, ctx.now, { perEndpoint: 0.15, cap: 0.45 }),
      message: located(ctx, groups, dx('dx.platform.rate-limited', { where: where(set, ctx.now) })),
      source: 'event',
      at: set.latestAt,
    },
  ];
}

/** Script errors nobody else explains: a bug after a release, weak on its own. */
function pageErrors(ctx: RuleContext): Finding[] {
  const groups = ofKind(ctx, 'js-error', 'unhandled-rejection').filter((g) => {
    const m = g.sample.message ?? '';
    return !CHUNK_LOAD.test(m) && !QUOTA.test(m) && !OLD_ENGINE.test(m);
  });
  if (groups.length === 0) return [];
  const set = gather(groups);
  return [
    {
      signal: 'page-errors',
      weight: weigh(
        set,
        ctx.now,
        { perEndpoint: 0.08, perRepeat: 0.01, repeatCap: 0.05, cap: 0.25 },
        (g) => g.fingerprint,
      ),
      message: located(ctx, groups, dx('dx.platform.page-errors', { count: groups.length, when: when(set, ctx.now) })),
      source: 'event',
      at: set.latestAt,
    },
  ];
}

export const rule: Rule = {
  id: 'platform',
  unknownWhy: 'dx.platform.unknown',
  evaluate(ctx) {
    const findings = [
      ...verdictFinding(ctx),
      ...serverErrors(ctx),
      ...codeFindings(ctx, 'platform', 1, { 'rate-limited': 0.3 }),
      ...rateLimited(ctx),
      ...toastFindings(ctx, 'platform', 0.5),
      ...pageErrors(ctx),
    ];
    const v = ctx.probe('connectivity-verdict');
    const checked =
      v && (v.metrics.verdict === 'ok' || v.metrics.verdict === 'slow' || v.metrics.verdict === 'unstable')
        ? dx('dx.platform.checked', { ago: ago(v.at, ctx.now) })
        : undefined;
    const unreachable = v && (v.metrics.verdict === 'offline' || v.metrics.verdict === 'tiktok-unreachable');
    const unknownWhy = unreachable ? 'dx.platform.unreachable' : undefined;
    return { findings, checked, unknownWhy };
  },
};
