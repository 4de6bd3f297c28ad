/** Past walks, clear-site-data runs and a timeline of recent events; read only when this view opens. */
import { useEffect, useState } from 'preact/hooks';
import { causeTitle } from '@/utils/causes/titles';
import { type History, outcomeLabel } from '@/utils/diagnosis/history';
import { formatAgo, formatDateTime, formatDuration, formatNumber } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';
import type { EventGroup } from '@/utils/model';
import { askHistory } from '@/utils/store/client';
import type { HeadingRef } from './useFocus';

export function HistoryView({ refresh, headingRef }: Props) {
  const [history, setHistory] = useState<History>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    askHistory().then(setHistory, (err: unknown) => setError(String(err)));
  }, [refresh]);

  return (
    <section class="history" data-history={history ? 'ready' : 'loading'} aria-labelledby="history-title">
      <h2 id="history-title" tabIndex={-1} ref={headingRef}>
        {t('popup.history.title')}
      </h2>
      {error && <p role="alert">{t('popup.history.error', { error })}</p>}
      {!history && !error && <p role="status">{t('popup.summary.reading')}</p>}
      {history && (
        <>
          <h3>{t('popup.history.walks')}</h3>
          {history.sessions.length === 0 ? (
            <p class="muted">{t('popup.history.noWalks')}</p>
          ) : (
            <ul class="rows">
              {history.sessions.map((s) => (
                <li key={s.id} class="row" data-session={s.id} data-outcome={s.outcome}>
                  <span class="row-main">
                    <strong>{s.causeId ? causeTitle(s.causeId) : t('popup.history.walk')}</strong>
                    <span class={`pill o-${s.outcome}`}>{outcomeLabel(s)}</span>
                  </span>
                  <span class="row-meta">
                    {formatDateTime(s.startedAt)} · {t('popup.history.steps', { count: s.steps.length })}
                    {s.topCause && s.topCause !== s.causeId
                      ? ` · ${t('popup.history.topCause', { cause: causeTitle(s.topCause) })}`
                      : ''}
                    {s.recoveryMs !== undefined
                      ? ` · ${t('popup.history.fixedIn', { duration: formatDuration(s.recoveryMs) })}`
                      : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {history.totals.sessions > history.sessions.length && (
            <p class="muted">
              {t('popup.history.showing', { shown: history.sessions.length, total: history.totals.sessions })}
            </p>
          )}

          <h3>{t('popup.history.clears')}</h3>
          {history.clears.length === 0 ? (
            <p class="muted">{t('popup.history.noClears')}</p>
          ) : (
            <ul class="rows">
              {history.clears.map((c) => (
                <li key={c.id} class="row" data-clear={c.id}>
                  <span class="row-main">
                    <strong>{c.ok ? t('popup.history.cleared') : t('popup.history.clearFailed')}</strong>
                    <span class={`pill ${c.ok ? 'o-fixed' : 'o-abandoned'}`}>
                      {c.includeCookies ? t('popup.history.withCookies') : t('popup.history.keptSignIn')}
                    </span>
                  </span>
                  <span class="row-meta">
                    {formatDateTime(c.at)} · {t('popup.history.sites', { count: c.origins.length })}
                    {c.error ? ` · ${c.error}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('popup.history.events')}</h3>
          {history.events.length === 0 ? (
            <p class="muted">{t('popup.history.noEvents')}</p>
          ) : (
            <ol class="rows timeline">
              {history.events.map((g) => (
                <li key={g.fingerprint} class="row" data-event-kind={g.kind}>
                  <span class="row-main">
                    <strong>{eventLine(g)}</strong>
                    {g.count > 1 && <span class="pill">×{formatNumber(g.count)}</span>}
                  </span>
                  <span class="row-meta">
                    {formatAgo(g.lastAt)} · {g.kind} · {g.sample.pageHost}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

interface Props {
  refresh: number;
  headingRef: HeadingRef;
}

/** One line for an event group: what failed and how, from its redacted sample. Plain text, never HTML. */
export function eventLine(g: EventGroup): string {
  const s = g.sample;
  const where = s.url ? shortUrl(s.url) : '';
  const how = [
    s.status ? `HTTP ${s.status}` : '',
    s.code ? t('popup.history.code', { code: String(s.code) }) : '',
    s.netError ?? '',
    s.durationMs && g.kind === 'slow-api' ? `${Math.round(s.durationMs)} ms` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const text = [where, how].filter(Boolean).join(': ') || s.message || g.kind;
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname}`;
  } catch {
    return url.split('?')[0] ?? url;
  }
}
