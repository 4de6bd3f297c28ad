/** Past walks, clear-site-data runs and a timeline of recent events; read only when this view opens. */
import { useEffect, useState } from 'preact/hooks';
import { causeTitle } from '@/utils/causes/titles';
import { type History, outcomeLabel } from '@/utils/diagnosis/history';
import type { EventGroup } from '@/utils/model';
import { askHistory } from '@/utils/store/client';
import { durationText, timeAgo, whenLong } from './format';
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
        History
      </h2>
      {error && <p role="alert">History could not be read: {error}</p>}
      {!history && !error && <p role="status">Reading history…</p>}
      {history && (
        <>
          <h3>Troubleshooting walks</h3>
          {history.sessions.length === 0 ? (
            <p class="muted">No walks yet. Open a cause to start one.</p>
          ) : (
            <ul class="rows">
              {history.sessions.map((s) => (
                <li key={s.id} class="row" data-session={s.id} data-outcome={s.outcome}>
                  <span class="row-main">
                    <strong>{s.causeId ? causeTitle(s.causeId) : 'Walk'}</strong>
                    <span class={`pill o-${s.outcome}`}>{outcomeLabel(s)}</span>
                  </span>
                  <span class="row-meta">
                    {whenLong(s.startedAt)} · {s.steps.length} {s.steps.length === 1 ? 'step' : 'steps'}
                    {s.topCause && s.topCause !== s.causeId ? ` · top cause then: ${causeTitle(s.topCause)}` : ''}
                    {s.recoveryMs !== undefined ? ` · fixed in ${durationText(s.recoveryMs)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {history.totals.sessions > history.sessions.length && (
            <p class="muted">
              Showing the newest {history.sessions.length} of {history.totals.sessions}; the bundle holds more.
            </p>
          )}

          <h3>Site data cleared</h3>
          {history.clears.length === 0 ? (
            <p class="muted">Never cleared from here.</p>
          ) : (
            <ul class="rows">
              {history.clears.map((c) => (
                <li key={c.id} class="row" data-clear={c.id}>
                  <span class="row-main">
                    <strong>{c.ok ? 'Cleared' : 'Clear failed'}</strong>
                    <span class={`pill ${c.ok ? 'o-fixed' : 'o-abandoned'}`}>
                      {c.includeCookies ? 'with cookies' : 'kept sign-in'}
                    </span>
                  </span>
                  <span class="row-meta">
                    {whenLong(c.at)} · {c.origins.length} {c.origins.length === 1 ? 'site' : 'sites'}
                    {c.error ? ` · ${c.error}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}

          <h3>Recent events</h3>
          {history.events.length === 0 ? (
            <p class="muted">Nothing recorded from Seller Center tabs.</p>
          ) : (
            <ol class="rows timeline">
              {history.events.map((g) => (
                <li key={g.fingerprint} class="row" data-event-kind={g.kind}>
                  <span class="row-main">
                    <strong>{eventLine(g)}</strong>
                    {g.count > 1 && <span class="pill">×{g.count.toLocaleString()}</span>}
                  </span>
                  <span class="row-meta">
                    {timeAgo(g.lastAt)} · {g.kind} · {g.sample.pageHost}
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
    s.code ? `code ${s.code}` : '',
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
