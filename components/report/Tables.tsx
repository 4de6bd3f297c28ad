/** report.html's tables: the timeline, the failed and slow requests, the newest result of each check. */

import type { Har } from '@/utils/bundle/har';
import { readableTime as stamp } from '@/utils/bundle/html';
import { latestProbes, networkRows, outcomeText, timelineRows } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';
import { renderMessage } from '@/utils/diagnosis/render';
import { formatNumber } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';

export function Timeline({ d }: { d: DiagnosisJson }) {
  const { shown, all } = timelineRows(d);
  return (
    <section id="timeline">
      <h2>{t('report.timeline.title')}</h2>
      {shown.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('report.col.when')}</th>
              <th>{t('report.col.what')}</th>
              <th>{t('report.col.details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr class={r.cls}>
                <td class="when">{stamp(r.at)}</td>
                <td>
                  <strong>{r.what}</strong>
                  {r.where && <div class="where">{r.where}</div>}
                </td>
                <td class="wrap">{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="note">{t('report.none.recorded')}</p>
      )}
      {all > shown.length && <p class="note">{t('report.capped.timeline', { shown: shown.length, count: all })}</p>}
    </section>
  );
}

export function Network({ d, har }: { d: DiagnosisJson; har: Har }) {
  const rows = networkRows(har);
  const omitted = d.sections.omitted.includes('network');
  return (
    <section id="network">
      <h2>{t('report.network.title')}</h2>
      {omitted ? (
        <p class="note">{t('report.omitted')}</p>
      ) : rows.length ? (
        <>
          <table class="net">
            <colgroup>
              <col class="c-when" />
              <col class="c-method" />
              <col />
              <col class="c-status" />
              <col class="c-code" />
              <col class="c-ms" />
              <col class="c-rid" />
            </colgroup>
            <thead>
              <tr>
                <th>{t('report.col.when')}</th>
                <th>{t('report.col.method')}</th>
                <th>URL</th>
                <th>{t('report.col.status')}</th>
                <th>{t('report.col.code')}</th>
                <th>ms</th>
                <th>{t('report.col.requestId')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td class="when">{stamp(r.at)}</td>
                  <td>{r.method}</td>
                  <td class="wrap">{r.url}</td>
                  <td class="wrap">{r.status}</td>
                  <td>{r.code}</td>
                  <td class="num">{formatNumber(r.ms)}</td>
                  <td class="rid">{r.requestId}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {har.log.entries.length > rows.length && (
            <p class="note">{t('report.capped.network', { shown: rows.length, count: har.log.entries.length })}</p>
          )}
        </>
      ) : (
        <p class="note">{t('report.none.requests')}</p>
      )}
    </section>
  );
}

export function Probes({ d }: { d: DiagnosisJson }) {
  const latest = latestProbes(d);
  return (
    <section id="probes">
      <h2>{t('report.probes.title')}</h2>
      {latest.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('report.col.when')}</th>
              <th>{t('report.col.check')}</th>
              <th>{t('report.col.target')}</th>
              <th>{t('report.col.outcome')}</th>
              <th>{t('report.col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((p) => (
              <tr class={`outcome-${p.outcome}`}>
                <td class="when">{stamp(p.at)}</td>
                <td>{p.name}</td>
                <td class="wrap">{p.target ?? ''}</td>
                <td>{outcomeText(p.outcome)}</td>
                <td class="wrap">{renderMessage(p.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="note">{t(d.sections.omitted.includes('probes') ? 'report.omitted' : 'report.none.checks')}</p>
      )}
    </section>
  );
}
