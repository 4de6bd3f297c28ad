/**
 * report.html: one self-contained page for a support agent, readable and printable offline with no script:
 * summary, ranked causes with evidence, timeline, failed requests, checks, environment, what the seller tried.
 * Rendered to a string (utils/bundle/report-html.ts) from the already redacted diagnosis.json and HAR; Preact
 * escapes every value, so the page's untrusted text stays text.
 */

import type { Har } from '@/utils/bundle/har';
import { readableTime as t } from '@/utils/bundle/html';
import { clockText, total } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';
import { CAUSE_TITLES } from '@/utils/causes/titles';
import { CauseCard, STATUS_LABEL } from '../shared/CauseCard';
import { Breadcrumbs, Screenshot } from './Extras';
import { History } from './History';
import { EXTRAS_STYLE, REPORT_STYLE } from './style';
import { Network, Probes, Timeline } from './Tables';

export function Report({ d, har, screenshotSrc }: { d: DiagnosisJson; har: Har; screenshotSrc?: string }) {
  const title = `TikTok Shop diagnostics, ${t(d.generatedAt)}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{title}</title>
        {/* a constant of this file, not data: raw so that CSS quotes stay quotes */}
        <style dangerouslySetInnerHTML={{ __html: REPORT_STYLE + EXTRAS_STYLE }} />
      </head>
      <body>
        <header>
          <h1>TikTok Shop Seller Center: diagnostic report</h1>
          <p class="meta">
            Generated {t(d.generatedAt)} by {d.extension.name} {d.extension.version} · schema {d.schema}. Secrets
            (cookies, tokens, signatures, passwords, e-mail addresses, phone numbers) were removed; request ids and
            error codes are kept.
          </p>
        </header>
        <Summary d={d} />
        <Screenshot d={d} src={screenshotSrc} />
        <Causes d={d} />
        <Breadcrumbs d={d} />
        <Timeline d={d} />
        <Network d={d} har={har} />
        <Probes d={d} />
        <Environment d={d} />
        <History d={d} />
        <footer>
          <p>
            This zip also holds <code>diagnosis.json</code> (every detail, machine-readable) and{' '}
            <code>network.har</code> (failed and slow requests; open it in Chrome DevTools, Network, Import HAR).
            {d.sections.omitted.length ? ` The seller left out: ${d.sections.omitted.join(', ')}.` : ''}
          </p>
        </footer>
      </body>
    </html>
  );
}

function Summary({ d }: { d: DiagnosisJson }) {
  const top = d.causes.filter((c) => c.status === 'likely' || c.status === 'possible');
  const verdict =
    d.summary.healthy === null
      ? 'No diagnosis was available when this bundle was made.'
      : top.length === 0
        ? 'No cause is likely or possible: the automatic checks found the shop healthy.'
        : `Most likely: ${top
            .slice(0, 3)
            .map((c) => `${CAUSE_TITLES[c.id] ?? c.id} (${STATUS_LABEL[c.status] ?? c.status})`)
            .join('; ')}.`;
  const env = d.environment;
  return (
    <section id="summary">
      <h2>Summary</h2>
      <p class="verdict">{verdict}</p>
      <Pairs
        rows={[
          ['Browser', `${env.browser} ${env.version} on ${env.os}`],
          ['Locale and time zone', `${env.locale} · ${env.timeZone}`],
          ['Clock skew', clockText(d)],
          [
            'Observed',
            d.summary.window ? `${t(d.summary.window.from)} to ${t(d.summary.window.to)}` : 'nothing recorded',
          ],
          [
            'Recorded',
            `${total(d.events)} events in ${d.counts.events.included} groups, ${d.network.entries} failed or slow requests (${d.network.failed} failed), ${d.counts.probes.included} check results, ${d.counts.sessions.included} troubleshooting sessions`,
          ],
        ]}
      />
    </section>
  );
}

function Causes({ d }: { d: DiagnosisJson }) {
  return (
    <section id="causes">
      <h2>Causes, most likely first</h2>
      <ol class="causes">
        {d.causes.map((c) => (
          <CauseCard
            key={c.id}
            id={c.id}
            status={c.status}
            title={CAUSE_TITLES[c.id] ?? c.id}
            why={c.why}
            rank={c.rank}
          >
            {c.evidence.length > 0 && (
              <ul class="evidence">
                {c.evidence.map((ev) => (
                  <li key={`${ev.source}:${ev.text}`}>
                    <span class="src">{ev.source}</span> {ev.text}
                    {ev.ref && (
                      <>
                        {' '}
                        <code>{ev.ref}</code>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </CauseCard>
        ))}
      </ol>
    </section>
  );
}

function Environment({ d }: { d: DiagnosisJson }) {
  const env = d.environment;
  return (
    <section id="environment">
      <h2>Environment</h2>
      <Pairs
        rows={[
          ['Browser', `${env.browser} ${env.version}`],
          ['Operating system', env.os],
          ['Locale', [env.locale, ...env.languages.filter((l) => l !== env.locale)].filter(Boolean).join(', ')],
          ['Time zone', env.timeZone],
          ['Clock skew', clockText(d)],
          ['Online', env.online === null ? 'unknown' : env.online ? 'yes' : 'no'],
          ['Extension', `${d.extension.name} ${env.extensionVersion}`],
          ['User agent', env.userAgent],
        ]}
      />
    </section>
  );
}

/** A definition list of label and value pairs. */
export function Pairs({ rows }: { rows: [string, string][] }) {
  return (
    <dl>
      {rows.map(([k, v]) => (
        <>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </>
      ))}
    </dl>
  );
}
