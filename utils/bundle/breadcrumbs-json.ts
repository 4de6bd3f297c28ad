/**
 * diagnosis.json `breadcrumbs[]`: the seller's last 15 minutes in Seller Center (pages and clicked labels) with the
 * failures between them, oldest first. They go with the `events` section: leaving events out leaves them out.
 */
import type { Breadcrumb } from '../breadcrumbs';
import type { EventGroup } from '../model';
import type { JsonBreadcrumb } from './types';

const iso = (ms: number) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();
const MAX_FAILURES = 50;

function pathOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? '';
  }
}

/** One failure line: what failed and where. */
function failureLabel(g: EventGroup): string {
  const s = g.sample;
  const status = s.status === undefined ? '' : s.status === 0 ? ' no response' : ` HTTP ${s.status}`;
  const code = s.code === undefined ? '' : ` code ${s.code}`;
  const what = s.url ? ` ${s.method ?? ''} ${pathOf(s.url)}`.replace(/\s+/g, ' ') : s.message ? ` ${s.message}` : '';
  return `${g.kind}${status}${code}${what}`.slice(0, 200);
}

export function jsonBreadcrumbs(crumbs: readonly Breadcrumb[], events: readonly EventGroup[]): JsonBreadcrumb[] {
  if (crumbs.length === 0) return [];
  const from = Math.min(...crumbs.map((c) => c.at));
  const out: (JsonBreadcrumb & { ms: number })[] = crumbs.map((c) => ({
    ms: c.at,
    at: iso(c.at),
    kind: c.kind,
    host: c.host,
    ...(c.kind === 'navigation' ? { path: c.path } : { label: c.label }),
  }));
  const failures = events
    .filter((g) => g.lastAt >= from)
    .sort((a, b) => b.lastAt - a.lastAt)
    .slice(0, MAX_FAILURES);
  // A group spans its first and latest occurrence: both are steps when both fall in the window.
  for (const g of failures) {
    const label = failureLabel(g);
    const add = (at: number, suffix: string) =>
      out.push({ ms: at, at: iso(at), kind: 'failure', host: g.sample.pageHost, label: `${label}${suffix}` });
    add(g.lastAt, g.count > 1 ? ` (latest of ×${g.count})` : '');
    if (g.count > 1 && g.firstAt >= from && g.firstAt < g.lastAt) add(g.firstAt, ` (first of ×${g.count})`);
  }
  return out.sort((a, b) => a.ms - b.ms).map(({ ms: _ms, ...c }) => c);
}
