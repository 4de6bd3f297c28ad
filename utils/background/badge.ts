/**
 * The toolbar badge: when recent evidence is bad (failing probes of the latest run, error events of the last
 * 15 minutes), the icon shows how many problems with a red badge and a title saying why; healthy clears it.
 */

import { browser } from 'wxt/browser';
import { t } from '../i18n/translate';
import { BADGE_RUN_MAX_AGE_MS } from '../limits';
import type { EventGroup, EventKind, ProbeResult } from '../model';
import { PRODUCT_NAME } from '../product';
import { type DoctorDb, db, failedProbesOf, latestProbeRun, recentEvents } from '../store';
import { coalesce } from './coalesce';
import { languageReady } from './language';

export const BADGE_EVENT_WINDOW_MS = 15 * 60_000;
export { BADGE_RUN_MAX_AGE_MS };
export const BADGE_COLOR = '#D93025';
export const DEFAULT_TITLE = PRODUCT_NAME;

/**
 * Kinds that mean the seller is hitting a problem. Script and console errors are left out: Seller Center emits
 * some all the time, and a badge that is always on teaches sellers to ignore it.
 */
const BAD_EVENT_KINDS: ReadonlySet<EventKind> = new Set([
  'api-error',
  'network-failure',
  'checkout-failure',
  'toast',
  'http-error',
]);
/** Of HTTP errors, those that stop the seller rather than a 404 of some tracker. */
const isBadStatus = (s: number | undefined) => s !== undefined && (s >= 500 || s === 429 || s === 431 || s === 451);

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

type Failing = Pick<ProbeResult, 'probe' | 'target' | 'metrics'>;
type Group = Pick<EventGroup, 'kind' | 'count' | 'sample'>;

export function isBadEvent(g: Group): boolean {
  return BAD_EVENT_KINDS.has(g.kind) && (g.kind !== 'http-error' || isBadStatus(g.sample.status));
}

function probeLabel(r: Failing): string {
  switch (r.probe) {
    case 'connectivity-verdict':
      return t('background.badge.connection', { verdict: String(r.metrics.verdict ?? 'failing') });
    case 'reach':
      return t('background.badge.unreachable', { host: r.target ?? t('background.badge.aHost') });
    case 'clock':
      return t('background.badge.clock');
    case 'cookies':
      return t('background.badge.cookies', { host: r.target ?? 'Seller Center' });
    case 'storage':
      return t('background.badge.storage');
    case 'browser':
      return t('background.badge.browser');
    case 'online':
      return t('background.badge.offline');
    default:
      return t('background.badge.failed', { probe: r.probe });
  }
}

/** Pure: what the badge should show for this evidence, or null for a healthy (cleared) badge. */
export function badgeState(failing: readonly Failing[], groups: readonly Group[]): BadgeState | null {
  const verdictFailed = failing.some((r) => r.probe === 'connectivity-verdict');
  // Unreachable hosts are one problem with the failed verdict that already sums them up.
  const problems = failing.filter((r) => !(verdictFailed && r.probe === 'reach')).map(probeLabel);
  const bad = groups.filter(isBadEvent);
  for (const g of bad)
    problems.push(
      t('background.badge.events', {
        count: g.count,
        kind: `${g.kind}${g.sample.status ? ` ${g.sample.status}` : ''}`,
        host: g.sample.pageHost,
      }),
    );
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 4).join('; ');
  const more = problems.length > 4 ? `; ${t('background.badge.more', { count: problems.length - 4 })}` : '';
  return {
    text: problems.length > 99 ? '!' : String(problems.length),
    color: BADGE_COLOR,
    title: t('background.badge.title', { product: DEFAULT_TITLE, count: problems.length, list: `${shown}${more}` }),
  };
}

export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

function actionApi(): BadgeApi | undefined {
  // MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/** Read the latest evidence and set the badge. Safe to call often; see `scheduleBadgeRefresh` for bursts. */
export async function refreshBadge(
  database: DoctorDb = db(),
  api: BadgeApi | undefined = actionApi(),
  now = Date.now(),
): Promise<BadgeState | null> {
  const [lastRun, groups] = await Promise.all([
    latestProbeRun(database),
    recentEvents(database, now - BADGE_EVENT_WINDOW_MS),
  ]);
  const failing =
    lastRun && lastRun.startedAt > now - BADGE_RUN_MAX_AGE_MS ? await failedProbesOf(database, lastRun.runId) : [];
  await languageReady();
  const state = badgeState(failing, groups);
  if (api) {
    await api.setBadgeText({ text: state?.text ?? '' });
    if (state) await api.setBadgeBackgroundColor({ color: state.color });
    await api.setTitle({ title: state?.title ?? DEFAULT_TITLE });
  }
  return state;
}

/** Coalesce refreshes during an error storm: at most one per second. */
export const scheduleBadgeRefresh = coalesce(refreshBadge, 'badge refresh');
