/**
 * Platform: TikTok's side is failing. No status page exists, so it is inferred: 5xx and TikTok's own
 * "internal error" codes across several endpoints while the control host answers.
 */
import { ago, formatNumber, listPhrase, listSome, recency } from '../../diagnosis/age';
import { codeFindings, plainHttp } from '../../diagnosis/coded';
import { toastFindings } from '../../diagnosis/common';
import { controlPhrase, ofKind } from '../../diagnosis/context';
import { gather, round, sortedStatuses, spread, weigh, when } from '../../diagnosis/groups';
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
      text: `Seller Center API answered ${listPhrase(sortedStatuses(groups))} ${spread(set)} ${when(set, ctx.now)}${controlPhrase(ctx)}`,
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
  const how = down
    .map(
      (r) => `${r.metrics.host} (${r.metrics.status ? `HTTP ${r.metrics.status}` : (r.metrics.failure ?? 'failed')})`,
    )
    .sort();
  return [
    {
      signal: 'platform-verdict',
      weight: round(1.2 * recency(v.at, ctx.now)),
      text: `TikTok answered with errors or too late in a check ${ago(v.at, ctx.now)}${how.length ? `: ${listSome(how)}` : ''}${controlPhrase(ctx)}`,
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
      text: `TikTok rate-limited requests (HTTP 429) ${spread(set)} ${when(set, ctx.now)}`,
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
      text: `Seller Center's own scripts threw ${formatNumber(groups.length)} different ${groups.length === 1 ? 'error' : 'errors'} ${when(set, ctx.now)}`,
      source: 'event',
      at: set.latestAt,
    },
  ];
}

export const rule: Rule = {
  id: 'platform',
  unknownWhy: 'No TikTok server errors seen; run the checks to test TikTok directly.',
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
        ? `A check ${ago(v.at, ctx.now)} got answers from every TikTok host`
        : undefined;
    const unreachable = v && (v.metrics.verdict === 'offline' || v.metrics.verdict === 'tiktok-unreachable');
    const unknownWhy = unreachable
      ? 'TikTok could not be reached, so its own health cannot be told from here.'
      : undefined;
    return { findings, checked, unknownWhy };
  },
};
