/**
 * Connectivity: the path from this browser to TikTok. The control host separates "my network" from "TikTok";
 * page requests that got no response say how they failed (DNS, refused, TLS, blocked...).
 */
import { failureKindOfNetError } from '../../background/probes/net-errors';
import { ago, formatNumber, listSome, plural, recency } from '../../diagnosis/age';
import { codeFindings, plainHttp } from '../../diagnosis/coded';
import { controlPhrase, ofKind } from '../../diagnosis/context';
import { detourFinding } from '../../diagnosis/detour-hint';
import { gather, round, spread, weigh, when } from '../../diagnosis/groups';
import type { Signal } from '../../diagnosis/signals';
import type { Finding, Rule, RuleContext } from '../../diagnosis/types';
import type { EventGroup } from '../../model';

type NetClass = ReturnType<typeof failureKindOfNetError> | 'offline' | 'proxy' | 'quic' | 'changed' | 'aborted';

export function netClass(raw: string | undefined): NetClass {
  if (!raw) return 'other';
  if (/ERR_ABORTED|NS_BINDING_ABORTED/.test(raw)) return 'aborted';
  if (/ERR_INTERNET_DISCONNECTED|NS_ERROR_OFFLINE/.test(raw)) return 'offline';
  if (/PROXY|TUNNEL_CONNECTION/.test(raw)) return 'proxy';
  if (/QUIC_PROTOCOL/.test(raw)) return 'quic';
  if (/NETWORK_CHANGED/.test(raw)) return 'changed';
  return failureKindOfNetError(raw);
}

const CLASS: Record<Exclude<NetClass, 'aborted'>, { signal: Signal; phrase: string }> = {
  dns: { signal: 'dns-failure', phrase: 'DNS lookup failed' },
  refused: { signal: 'connection-refused', phrase: 'Connections were refused' },
  timeout: { signal: 'connection-timeout', phrase: 'Connections timed out' },
  tls: { signal: 'tls-failure', phrase: 'Secure connections (TLS) failed' },
  blocked: { signal: 'blocked', phrase: 'Requests were blocked or reset' },
  offline: { signal: 'offline', phrase: 'The browser reported no internet connection' },
  proxy: { signal: 'proxy-failure', phrase: 'The proxy failed' },
  quic: { signal: 'quic-blocked', phrase: 'QUIC (UDP 443) connections failed' },
  changed: { signal: 'network-changed', phrase: 'The network changed mid-request' },
  http: { signal: 'unstable', phrase: 'Requests failed' },
  other: { signal: 'unstable', phrase: 'Requests failed without a response' },
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
    const what = mainFrames.length > 0 ? 'the Seller Center page and its requests' : 'Seller Center requests';
    findings.push({
      signal: CLASS[c].signal,
      source: 'event',
      weight: round(Math.min(2, weight)),
      at: set.latestAt,
      ref: groups[0]?.fingerprint,
      text: `${CLASS[c].phrase}${errs.length ? ` (${errs.join(', ')})` : ''} for ${what} ${spread(set)} ${when(set, ctx.now)}${
        recovered ? ', but a later check reached every TikTok host' : controlPhrase(ctx)
      }`,
    });
  }
  return findings;
}

function probeFindings(ctx: RuleContext): { findings: Finding[]; checked?: string } {
  const findings: Finding[] = [];
  const verdict = ctx.probe('connectivity-verdict');
  const rows = ctx.probesOf('reach').filter((r) => r.metrics.role !== 'control' && r.metrics.samples > 0);
  const down = rows.filter((r) => r.metrics.okSamples === 0);
  let checked: string | undefined;
  if (verdict) {
    const f = recency(verdict.at, ctx.now);
    const when = `in a check ${ago(verdict.at, ctx.now)}`;
    const push = (signal: Signal, weight: number, text: string) =>
      findings.push({ signal, weight: round(weight * f), text, source: 'probe', at: verdict.at, ref: verdict.runId });
    switch (verdict.metrics.verdict) {
      case 'offline':
        push('offline', 1.5, `Neither TikTok nor the control host answered ${when}: this computer looks offline`);
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
          const on = hosts.length
            ? ` for ${plural(hosts.length, 'TikTok host')} (${listSome(hosts.sort())})`
            : ' for TikTok';
          push(signal, 1.3 / kinds.size, `${CLASS[c].phrase}${on} ${when}${controlPhrase(ctx)}`);
        }
        break;
      }
      case 'slow': {
        const worst = Math.max(...rows.map((r) => r.metrics.medianMs ?? 0));
        push('slow', 0.6, `TikTok hosts answered slowly ${when} (slowest median ${formatNumber(worst)} ms)`);
        break;
      }
      case 'unstable': {
        const samples = rows.reduce((n, r) => n + r.metrics.samples, 0);
        const ok = rows.reduce((n, r) => n + r.metrics.okSamples, 0);
        const jitter = Math.max(...rows.map((r) => r.metrics.jitterMs ?? 0));
        push(
          'unstable',
          0.6,
          `The connection to TikTok was unstable ${when}: ${formatNumber(samples - ok)} of ${formatNumber(samples)} attempts failed, jitter up to ${formatNumber(jitter)} ms`,
        );
        break;
      }
      case 'ok': {
        const medians = rows.map((r) => r.metrics.medianMs ?? 0).sort((a, b) => a - b);
        const median = medians[Math.floor(medians.length / 2)];
        checked = `A check ${ago(verdict.at, ctx.now)} reached ${rows.length || 'all'} TikTok ${rows.length === 1 ? 'host' : 'hosts'}${
          median ? ` (median ${formatNumber(median)} ms)` : ''
        }${controlPhrase(ctx)}`;
        break;
      }
      case 'platform':
        // TikTok answered, with errors: the path works; the platform rule weighs the errors.
        checked = `TikTok answered a check ${ago(verdict.at, ctx.now)} (with errors), so the connection to it works${controlPhrase(ctx)}`;
        break;
    }
    if (ctx.controlOk && verdict.metrics.verdict !== 'offline') {
      findings.push({ signal: 'control-ok', weight: 0, text: 'The control host answered', source: 'probe' });
    }
  }

  const online = ctx.probe('online');
  // The online flag is unreliable (false on loopback-only or VPN setups): the probe fails it only if no host answered.
  if (online && !online.metrics.online && online.outcome === 'fail' && verdict?.metrics.verdict !== 'offline') {
    findings.push({
      signal: 'offline',
      weight: round(1.5 * recency(online.at, ctx.now)),
      text: `The browser reported itself offline ${ago(online.at, ctx.now)}`,
      source: 'probe',
      at: online.at,
    });
  } else if (online && /^(slow-2g|2g)$/.test(online.metrics.effectiveType ?? '')) {
    findings.push({
      signal: 'slow',
      weight: round(0.4 * recency(online.at, ctx.now)),
      text: `The browser rates this connection as ${online.metrics.effectiveType} (round trip ${formatNumber(online.metrics.rttMs ?? 0)} ms)`,
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
      text: `This computer's clock is ${skewPhrase(Math.abs(s))} ${s > 0 ? 'ahead of' : 'behind'} TikTok's; TikTok accepts 5 minutes behind to 30 seconds ahead`,
      source: 'probe',
      at: clock.at,
    });
    checked = undefined;
  } else if (clock && checked) {
    checked += `; the clock is within ${skewPhrase(Math.abs(clock.metrics.skewSeconds))} of TikTok's`;
  }
  if (online && !online.metrics.online && online.outcome === 'fail') checked = undefined;
  return { findings, checked };
}

export function skewPhrase(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${s % 60} s`;
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
      text: `Seller Center API calls were over their latency budget ${spread(set)} ${when(set, ctx.now)} (slowest ${formatNumber(worst)} ms)`,
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
      text: `The proxy asked for a sign-in (HTTP 407) ${spread(set)} ${when(set, ctx.now)}`,
      source: 'event',
      at: set.latestAt,
    },
  ];
}

export const rule: Rule = {
  id: 'connectivity',
  unknownWhy: 'Not measured yet: run the checks to test the connection to TikTok.',
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
    const unknownWhy =
      ctx.probes.length > 0 && !ctx.probe('connectivity-verdict')
        ? 'The last checks could not test the connection to TikTok.'
        : undefined;
    return { findings, checked: probes.checked, unknownWhy };
  },
};
