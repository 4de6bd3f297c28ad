/**
 * report.html: one self-contained page for a support agent, readable and printable offline with no script:
 * summary, ranked causes with evidence, timeline, failed requests, checks, environment, what the seller tried.
 * Rendered to a string (utils/bundle/report-html.ts) from the already redacted diagnosis.json and HAR; Preact
 * escapes every value, so the page's untrusted text stays text.
 */

import type { Har } from '@/utils/bundle/har';
import { readableTime as stamp } from '@/utils/bundle/html';
import { clockText, recordedText } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';
import { causeTitle } from '@/utils/causes/titles';
import { renderMessage } from '@/utils/diagnosis/render';
import { formatList } from '@/utils/i18n/format';
import { currentLocale, t } from '@/utils/i18n/translate';
import { CauseCard } from '../shared/CauseCard';
import { Breadcrumbs, Screenshot } from './Extras';
import { History } from './History';
import { generatedTime, statusText } from './labels';
import { Rich } from './Rich';
import { EXTRAS_STYLE, REPORT_STYLE } from './style';
import { Network, Probes, Timeline } from './Tables';

interface Props {
  d: DiagnosisJson;
  har: Har;
  screenshotSrc?: string;
  /** the English copy's file name, when this report is in another language */
  englishFile?: string;
}

/** Rendered in the language made active by `renderIn` (utils/bundle/build.ts): `<html lang>` follows it. */
export function Report({ d, har, screenshotSrc, englishFile }: Props) {
  const title = t('report.title', { time: stamp(d.generatedAt) });
  return (
    <html lang={currentLocale()}>
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
          <h1>{t('report.heading')}</h1>
          <p class="meta">
            {t('report.generated', {
              time: generatedTime(d),
              extension: `${d.extension.name} ${d.extension.version}`,
              schema: d.schema,
            })}{' '}
            {t('report.secrets')}
          </p>
          {englishFile && (
            <p class="meta">
              <Rich text={t('report.englishCopy')} code={{ file: englishFile }} />
            </p>
          )}
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
            <Rich text={t('report.footer.files')} code={{ json: 'diagnosis.json', har: 'network.har' }} />
            {d.sections.omitted.length
              ? ` ${t('report.footer.omitted', { sections: formatList(d.sections.omitted) })}`
              : ''}
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
      ? t('report.summary.none')
      : top.length === 0
        ? t('report.summary.healthy')
        : t('report.summary.top', {
            causes: top
              .slice(0, 3)
              .map((c) => `${causeTitle(c.id)} (${statusText(c.status)})`)
              .join('; '),
          });
  const env = d.environment;
  return (
    <section id="summary">
      <h2>{t('report.summary.title')}</h2>
      <p class="verdict">{verdict}</p>
      <Pairs
        rows={[
          [
            t('report.label.browser'),
            t('report.value.browserOn', { browser: env.browser, version: env.version, os: env.os }),
          ],
          [t('report.label.localeZone'), `${env.locale} · ${env.timeZone}`],
          [t('report.label.clock'), clockText(d)],
          [
            t('report.label.observed'),
            d.summary.window
              ? t('report.value.window', { from: stamp(d.summary.window.from), to: stamp(d.summary.window.to) })
              : t('report.value.nothing'),
          ],
          [t('report.label.recorded'), recordedText(d)],
        ]}
      />
    </section>
  );
}

function Causes({ d }: { d: DiagnosisJson }) {
  return (
    <section id="causes">
      <h2>{t('report.causes.title')}</h2>
      <ol class="causes">
        {d.causes.map((c) => (
          <CauseCard
            key={c.id}
            id={c.id}
            status={c.status}
            title={causeTitle(c.id)}
            why={c.whyMessage ? renderMessage(c.whyMessage) : c.why}
            rank={c.rank}
          >
            {c.evidence.length > 0 && (
              <ul class="evidence">
                {c.evidence.map((ev) => (
                  <li key={`${ev.source}:${ev.text}`}>
                    <span class="src">{t(`report.source.${ev.source}`)}</span>{' '}
                    {ev.message ? renderMessage(ev.message) : ev.text}
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
      <h2>{t('report.environment.title')}</h2>
      <Pairs
        rows={[
          [t('report.label.browser'), `${env.browser} ${env.version}`],
          [t('report.label.os'), env.os],
          [
            t('report.label.locale'),
            [env.locale, ...env.languages.filter((l) => l !== env.locale)].filter(Boolean).join(', '),
          ],
          [t('report.label.reportLanguage'), env.reportLanguage ?? 'en'],
          [t('report.label.timeZone'), env.timeZone],
          [t('report.label.clock'), clockText(d)],
          [
            t('report.label.online'),
            t(env.online === null ? 'report.value.unknown' : env.online ? 'report.value.yes' : 'report.value.no'),
          ],
          [t('report.label.extension'), `${d.extension.name} ${env.extensionVersion}`],
          [t('report.label.userAgent'), env.userAgent],
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
