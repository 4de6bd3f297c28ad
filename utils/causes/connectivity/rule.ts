/**
 * Connectivity: the path from this browser to TikTok. The control host separates "my network" from "TikTok";
 * page requests that got no response say how they failed (DNS, refused, TLS, blocked...).
 */
import { failureKindOfNetError } from '../../background/probes/net-errors';
import { ago, list, recency } from '../../diagnosis/age';
import { codeFindings, plainHttp } from '../../diagnosis/coded';
import { controlPhrase, ofKind } from '../../diagnosis/context';
import { detourFinding } from '../../diagnosis/detour-hint';
import { gather, round, weigh, where } from '../../diagnosis/groups';
import { located } from '../../diagnosis/market';
import { memo } from '../../diagnosis/memo';
import { type DxMessage, dx, NOTHING } from '../../diagnosis/message';
import type { Signal } from '../../diagnosis/signals';
import type { Finding, Rule, RuleContext } from '../../diagnosis/types';
import type { MessageKey } from '../../i18n/keys';
import type { EventGroup } from '../../model';

type NetClass = ReturnType<typeof failureKindOfNetError> | 'offline' | 'proxy' | 'quic' | 'changed' | 'aborted';

export function netClass(raw: string | undefined): NetClass {
  return raw ? netClassOf(raw) : 'other';
}

// A day of failures repeats a handful of error strings: each is classified once (up to 15 expressions).
const netClassOf = memo((raw: string): NetClass => {
  if (/ERR_ABORTED|NS_BINDING_ABORTED/.test(raw)) return 'aborted';
  if (/ERR_INTERNET_DISCONNECTED|NS_ERROR_OFFLINE/.test(raw)) return 'offline';
  if (/PROXY|TUNNEL_CONNECTION/.test(raw)) return 'proxy';
  if (/QUIC_PROTOCOL/.test(raw)) return 'quic';
  if (/NETWORK_CHANGED/.test(raw)) return 'changed';
  return failureKindOfNetError(raw);
}, 256);

const CLASS: Record<Exclude<NetClass, 'aborted'>, { signal: Signal; phrase: MessageKey }> = {
  dns: { signal: 'dns-failure', phrase: 'dx.net.dns' },
  refused: { signal: 'connection-refused', phrase: 'dx.net.refused' },
  timeout: { signal: 'connection-timeout', phrase: 'dx.net.timeout' },
  tls: { signal: 'tls-failure', phrase: 'dx.net.tls' },
  blocked: { signal: 'blocked', phrase: 'dx.net.blocked' },
  offline: { signal: 'offline', phrase: 'dx.net.offline' },
  proxy: { signal: 'proxy-failure', phrase: 'dx.net.proxy' },
  quic: { signal: 'quic-blocked', phrase: 'dx.net.quic' },
  changed: { signal: 'network-changed', phrase: 'dx.net.changed' },
  http: { signal: 'unstable', phrase: 'dx.net.http' },
  other: { signal: 'unstable', phrase: 'dx.net.other' },
};

const isFailure = (g: EventGroup) =>
  g.kind === 'network-failure' || ((g.kind === 'http-error' || g.kind === 'checkout-failure') && g.sample.status === 0);

function pageFailureFindings(ctx: RuleContext): Finding[] {
  const byClass = new Map<Exclude<NetClass, 'aborted'>, EventGroup[]>();
  for (const g of ctx.events.filter(isFailure)) {
    const c = netClass(g.sample.netError);
    if (c === 'aborted') continue; // navigations cancel requests all the time
    byClass.set(c, [...(byClass.get(c) ?? []), g]);
  }
  const verdict = ctx.probe('connectivity-verdict');
  const findings: Finding[] = [];
  for (const [c, groups] of byClass) {
    const set = gather(groups);
    const errs = [...new Set(groups.map((g) => g.sample.netError).filter(Boolean))].sort().slice(0, 3);
    const mainFrames = groups.filter((g) => g.sample.resourceType === 'main_frame');
    let weight = weigh(set, ctx.now, { perEndpoint: 0.5, cap: 2 });
    if (mainFrames.length > 0) weight += 0.6 * recency(Math.max(...mainFrames.map((g) => g.lastAt)), ctx.now);
    // A check that reached TikTok after the last failure: the trouble may be over.
    const recovered = verdict && verdict.metrics.verdict === 'ok' && verdict.at > set.latestAt;
    if (recovered) weight *= 0.5;
    const what = dx(mainFrames.length > 0 ? 'dx.net.target.page' : 'dx.net.target.requests');
    findings.push({
      signal: CLASS[c].signal,
      source: 'event',
      weight: round(Math.min(2, weight)),
      at: set.latestAt,
      ref: groups[0]?.fingerprint,
      message: located(
        ctx,
        groups,
        dx('dx.net.page', {
          phrase: dx(CLASS[c].phrase),
          errors: errs.length ? dx('dx.net.errors', { errors: errs.join(', ') }) : NOTHING,
          target: what,
          where: where(set, ctx.now),
          tail: recovered ? dx('dx.net.recovered') : controlPhrase(ctx),
        }),
      ),
    });
  }
  return findings;
}

function probeFindings(ctx: RuleContext): { findings: Finding[]; checked?: DxMessage } {
  const findings: Finding[] = [];
  const verdict = ctx.probe('connectivity-verdict');
  const rows = ctx.probesOf('reach').filter((r) => r.metrics.role !== 'control' && r.metrics.samples > 0);
  const down = rows.filter((r) => r.metrics.okSamples === 0);
  let checked: DxMessage | undefined;
  if (verdict) {
    const f = recency(verdict.at, ctx.now);
    const when = dx('dx.check.when', { ago: ago(verdict.at, ctx.now) });
    const push = (signal: Signal, weight: number, message: DxMessage) =>
      findings.push({
        signal,
        weight: round(weight * f),
        message,
        source: 'probe',
        at: verdict.at,
        ref: verdict.runId,
      });
    switch (verdict.metrics.verdict) {
      case 'offline':
        push('offline', 1.5, dx('dx.conn.offline', { when }));
        break;
      case 'tiktok-unreachable': {
        const kinds = new Map<string, string[]>();
        for (const r of down) {
          const k = r.metrics.failure ?? 'other';
          kinds.set(k, [...(kinds.get(k) ?? []), r.metrics.host]);
        }
        if (kinds.size === 0) kinds.set('other', []);
        for (const [k, hosts] of kinds) {
          const c = (k in CLASS ? k : 'other') as keyof typeof CLASS;
          const signal = c === 'other' || c === 'http' ? 'tiktok-unreachable' : CLASS[c].signal;
          const phrase = dx(CLASS[c].phrase);
          const control = controlPhrase(ctx);
          push(
            signal,
            1.3 / kinds.size,
            hosts.length
              ? dx('dx.conn.unreachable.hosts', {
                  phrase,
                  count: hosts.length,
                  hosts: list(hosts.sort(), 3),
                  when,
                  control,
                })
              : dx('dx.conn.unreachable', { phrase, when, control }),
          );
        }
        break;
      }
      case 'slow': {
        const worst = Math.max(...rows.map((r) => r.metrics.medianMs ?? 0));
        push('slow', 0.6, dx('dx.conn.slow', { when, ms: worst }));
        break;
      }
      case 'unstable': {
        const samples = rows.reduce((n, r) => n + r.metrics.samples, 0);
        const ok = rows.reduce((n, r) => n + r.metrics.okSamples, 0);
        const jitter = Math.max(...rows.map((r) => r.metrics.jitterMs ?? 0));
        push('unstable', 0.6, dx('dx.conn.unstable', { when, failed: samples - ok, count: samples, ms: jitter }));
        break;
      }
      case 'ok': {
        const medians = rows.map((r) => r.metrics.medianMs ?? 0).sort((a, b) => a - b);
        const median = medians[Math.floor(medians.length / 2)];
        const params = {
          ago: ago(verdict.at, ctx.now),
          median: median ? dx('dx.conn.median', { ms: median }) : NOTHING,
          control: controlPhrase(ctx),
        };
        checked = rows.length
          ? dx('dx.conn.checked', { ...params, count: rows.length })
          : dx('dx.conn.checked.all', params);
        break;
      }
      case 'platform':
        // TikTok answered, with errors: the path works; the platform rule weighs the errors.
        checked = dx('dx.conn.platform-checked', { ago: ago(verdict.at, ctx.now), control: controlPhrase(ctx) });
        break;
    }
    if (ctx.controlOk && verdict.metrics.verdict !== 'offline') {
      findings.push({ signal: 'control-ok', weight: 0, message: dx('dx.conn.control-ok'), source: 'probe' });
    }
  }

  const online = ctx.probe('online');
  // The online flag is unreliable (false on loopback-only or VPN setups): the probe fails it only if no host answered.
  if (online && !online.metrics.online && online.outcome === 'fail' && verdict?.metrics.verdict !== 'offline') {
    findings.push({
      signal: 'offline',
      weight: round(1.5 * recency(online.at, ctx.now)),
      message: dx('dx.conn.browser-offline', { ago: ago(online.at, ctx.now) }),
      source: 'probe',
      at: online.at,
    });
  } else if (online && /^(slow-2g|2g)$/.test(online.metrics.effectiveType ?? '')) {
    findings.push({
      signal: 'slow',
      weight: round(0.4 * recency(online.at, ctx.now)),
      message: dx('dx.conn.effective-type', {
        type: online.metrics.effectiveType ?? '',
        ms: online.metrics.rttMs ?? 0,
      }),
      source: 'probe',
      at: online.at,
    });
  }

  const clock = ctx.probe('clock');
  if (clock?.metrics.outsideWindow) {
    const s = clock.metrics.skewSeconds;
    findings.push({
      signal: 'clock-skew',
      weight: round(1 * recency(clock.at, ctx.now)),
      message: dx(s > 0 ? 'dx.clock.ahead' : 'dx.clock.behind', { skew: skewPhrase(Math.abs(s)) }),
      source: 'probe',
      at: clock.at,
    });
    checked = undefined;
  } else if (clock && checked) {
    checked = dx('dx.clock.within', { text: checked, skew: skewPhrase(Math.abs(clock.metrics.skewSeconds)) });
  }
  if (online && !online.metrics.online && online.outcome === 'fail') checked = undefined;
  return { findings, checked };
}

export function skewPhrase(seconds: number): DxMessage {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return dx('dx.skew.s', { s });
  return dx('dx.skew.min', { min: Math.floor(s / 60), s: s % 60 });
}

function slowFindings(ctx: RuleContext): Finding[] {
  const slow = ofKind(ctx, 'slow-api').filter((g) => !['checkout', 'payment'].includes(g.sample.apiKind ?? 'other'));
  if (slow.length === 0) return [];
  const set = gather(slow);
  const worst = Math.max(...slow.map((g) => g.sample.durationMs ?? 0));
  return [
    {
      signal: 'slow',
      weight: weigh(set, ctx.now, { perEndpoint: 0.15, perRepeat: 0.02, repeatCap: 0.1, cap: 0.5 }),
      message: located(ctx, slow, dx('dx.conn.api-slow', { where: where(set, ctx.now), ms: worst })),
      source: 'event',
      at: set.latestAt,
    },
  ];
}

function proxyAuthFindings(ctx: RuleContext): Finding[] {
  const groups = plainHttp(ctx, (s) => s === 407);
  if (groups.length === 0) return [];
  const set = gather(groups);
  return [
    {
      signal: 'proxy-failure',
      weight: weigh(set, ctx.now, { perEndpoint: 0.8, cap: 1.5 }),
      message: located(ctx, groups, dx('dx.conn.proxy-auth', { where: where(set, ctx.now) })),
      source: 'event',
      at: set.latestAt,
    },
  ];
}

export const rule: Rule = {
  id: 'connectivity',
  unknownWhy: 'dx.conn.unknown',
  evaluate(ctx) {
    const page = pageFailureFindings(ctx);
    const probes = probeFindings(ctx);
    const failing = page.length > 0 || probes.findings.some((f) => f.weight > 0 && f.signal !== 'clock-skew');
    const detour = detourFinding(ctx, failing);
    const findings = [
      ...probes.findings,
      ...page,
      ...codeFindings(ctx, 'connectivity'),
      ...proxyAuthFindings(ctx),
      ...slowFindings(ctx),
      ...(detour ? [detour] : []),
    ];
    const unknownWhy = ctx.probes.length > 0 && !ctx.probe('connectivity-verdict') ? 'dx.conn.untested' : undefined;
    return { findings, checked: probes.checked, unknownWhy };
  },
};
