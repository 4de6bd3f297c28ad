/** report.html's tables: the timeline, the failed and slow requests, the newest result of each check. */

import type { Har } from '@/utils/bundle/har';
import { readableTime as t } from '@/utils/bundle/html';
import { latestProbes, networkRows, timelineRows } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';

export function Timeline({ d }: { d: DiagnosisJson }) {
  const { shown, all } = timelineRows(d);
  return (
    <section id="timeline">
      <h2>Timeline, newest first</h2>
      {shown.length ? (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr class={r.cls}>
                <td class="when">{t(r.at)}</td>
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
        <p class="note">Nothing recorded.</p>
      )}
      {all > shown.length && (
        <p class="note">
          Newest {shown.length} of {all} rows; diagnosis.json has all.
        </p>
      )}
    </section>
  );
}

export function Network({ d, har }: { d: DiagnosisJson; har: Har }) {
  const rows = networkRows(har);
  const omitted = d.sections.omitted.includes('network');
  return (
    <section id="network">
      <h2>Failed and slow requests</h2>
      {omitted ? (
        <p class="note">Left out by the seller.</p>
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
                <th>When</th>
                <th>Method</th>
                <th>URL</th>
                <th>Status</th>
                <th>Code</th>
                <th>ms</th>
                <th>Request id</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td class="when">{t(r.at)}</td>
                  <td>{r.method}</td>
                  <td class="wrap">{r.url}</td>
                  <td class="wrap">{r.status}</td>
                  <td>{r.code}</td>
                  <td class="num">{r.ms}</td>
                  <td class="rid">{r.requestId}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {har.log.entries.length > rows.length && (
            <p class="note">
              Newest {rows.length} of {har.log.entries.length}; network.har has all.
            </p>
          )}
        </>
      ) : (
        <p class="note">None recorded.</p>
      )}
    </section>
  );
}

export function Probes({ d }: { d: DiagnosisJson }) {
  const latest = latestProbes(d);
  return (
    <section id="probes">
      <h2>Checks (newest result of each)</h2>
      {latest.length ? (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Check</th>
              <th>Target</th>
              <th>Outcome</th>
              <th>Result</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((p) => (
              <tr class={`outcome-${p.outcome}`}>
                <td class="when">{t(p.at)}</td>
                <td>{p.name}</td>
                <td class="wrap">{p.target ?? ''}</td>
                <td>{p.outcome}</td>
                <td class="wrap">{p.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="note">{d.sections.omitted.includes('probes') ? 'Left out by the seller.' : 'No checks recorded.'}</p>
      )}
    </section>
  );
}
