/** Evidence from TikTok envelope codes: one finding per signal, naming each code and what it means. */
import type { ApiKind, CauseId, EventGroup } from '../model';
import { list } from './age';
import { type CodeInfo, codeInfo } from './codes';
import { gather, weigh, where } from './groups';
import { located } from './market';
import { type DxValue, dx, NOTHING } from './message';
import type { Signal } from './signals';
import type { Finding, RuleContext } from './types';

const codeOf = (g: EventGroup): number | undefined =>
  typeof g.sample.code === 'number' && g.sample.code !== 0 ? g.sample.code : undefined;

/** Groups carrying an envelope code the catalog knows, with what it says. */
export function knownCoded(ctx: RuleContext): { g: EventGroup; info: CodeInfo; code: number }[] {
  const out: { g: EventGroup; info: CodeInfo; code: number }[] = [];
  for (const g of ctx.events) {
    const code = codeOf(g);
    if (code === undefined) continue;
    const info = codeInfo(code, g.sample.message);
    if (info) out.push({ g, info, code });
  }
  return out;
}

/** Groups with an envelope code the catalog does not know, of the given API kinds. */
export function unknownCoded(ctx: RuleContext, kinds: readonly ApiKind[]): EventGroup[] {
  return ctx.events.filter((g) => {
    const code = codeOf(g);
    return code !== undefined && !codeInfo(code, g.sample.message) && kinds.includes(g.sample.apiKind ?? 'other');
  });
}

/** HTTP errors whose body carried no code the catalog knows: judged by status alone. */
export function plainHttp(ctx: RuleContext, test: (status: number, g: EventGroup) => boolean): EventGroup[] {
  return ctx.events.filter((g) => {
    if (g.kind !== 'http-error' && g.kind !== 'api-error' && g.kind !== 'checkout-failure') return false;
    const code = codeOf(g);
    if (code !== undefined && codeInfo(code, g.sample.message)) return false;
    const s = g.sample.status;
    return typeof s === 'number' && s >= 400 && test(s, g);
  });
}

export function codeFindings(ctx: RuleContext, cause: CauseId, perCode = 1, weights?: Partial<Record<Signal, number>>) {
  const bySignal = new Map<Signal, { g: EventGroup; info: CodeInfo; code: number }[]>();
  for (const row of knownCoded(ctx)) {
    if (row.info.cause !== cause) continue;
    const list = bySignal.get(row.info.signal) ?? [];
    list.push(row);
    bySignal.set(row.info.signal, list);
  }
  const findings: Finding[] = [];
  for (const [signal, rows] of bySignal) {
    const set = gather(rows.map((r) => r.g));
    const codes = new Map<number, string>();
    for (const r of rows) codes.set(r.code, r.info.meaning);
    const sorted = [...codes.entries()].sort((a, b) => a[0] - b[0]);
    const named = list(sorted.map(([c, m]) => dx('dx.code.item', { code: String(c), meaning: { label: m } })));
    const base = weights?.[signal] ?? perCode;
    // Each distinct code counts fully: a specific code is direct evidence.
    const weight = weigh(set, ctx.now, { perEndpoint: base, cap: base * 2 }, (g) => String(codeOf(g)));
    findings.push({
      signal,
      source: 'event',
      weight,
      at: set.latestAt,
      ref: rows[0]?.g.fingerprint,
      message: located(
        ctx,
        set.groups,
        dx('dx.code', {
          count: sorted.length,
          codes: named,
          where: where(set, ctx.now),
          requestIds: requestIdNote(set.groups),
        }),
      ),
    });
  }
  return findings;
}

function requestIdNote(groups: EventGroup[]): DxValue {
  const ids = groups.flatMap((g) => g.requestIds);
  const last = ids[ids.length - 1];
  if (!last) return NOTHING;
  return ids.length > 1 ? dx('dx.request-ids', { id: last, count: ids.length - 1 }) : dx('dx.request-id', { id: last });
}
