/**
 * report.html sections of issue 18: the screenshot the seller chose to include (a data: URI image, so the page
 * stays self-contained) with its capture time and redacted address, and "What happened before": the pages and
 * clicked labels of the last 15 minutes with the failures between them.
 */
import { readableTime as stamp } from '@/utils/bundle/html';
import { zonedTime } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';
import { t } from '@/utils/i18n/translate';
import { Rich } from './Rich';

export function Screenshot({ d, src }: { d: DiagnosisJson; src?: string }) {
  const s = d.screenshot;
  if (!s || !src) return null;
  const how = t(s.method === 'tab-capture' ? 'report.shot.tabCapture' : 'report.shot.pageRender');
  return (
    <section id="screenshot">
      <h2>{t('report.shot.title')}</h2>
      <p class="meta">
        <Rich
          text={t('report.shot.captured')}
          code={{ url: s.url, file: s.file }}
          params={{
            zoned: zonedTime(s.capturedAt, d.environment.timeZone),
            utc: stamp(s.capturedAt),
            size: `${s.width}×${s.height}`,
            how,
          }}
        />
      </p>
      <img
        class="shot"
        src={src}
        alt={t('report.shot.alt', { time: stamp(s.capturedAt) })}
        width={s.width}
        height={s.height}
      />
    </section>
  );
}

const KIND_LABELS = {
  navigation: 'report.crumbs.navigation',
  click: 'report.crumbs.click',
  failure: 'report.crumbs.failure',
} as const;

export function Breadcrumbs({ d }: { d: DiagnosisJson }) {
  return (
    <section id="breadcrumbs">
      <h2>{t('report.crumbs.title')}</h2>
      {d.breadcrumbs.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('report.col.when')}</th>
              <th>{t('report.col.step')}</th>
              <th>{t('report.col.pageOrLabel')}</th>
              <th>{t('report.col.host')}</th>
            </tr>
          </thead>
          <tbody>
            {d.breadcrumbs.map((c, i) => (
              <tr key={`${i}:${c.at}`} class={`crumb-${c.kind}`}>
                <td class="when">{stamp(c.at)}</td>
                <td>{KIND_LABELS[c.kind] ? t(KIND_LABELS[c.kind]) : c.kind}</td>
                <td class="wrap">{c.path !== undefined ? <code>{c.path}</code> : (c.label ?? '')}</td>
                <td class="where">{c.host}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="note">{t('report.crumbs.none')}</p>
      )}
    </section>
  );
}
