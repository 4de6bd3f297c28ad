/**
 * report.html sections of issue 18: the screenshot the seller chose to include (a data: URI image, so the page
 * stays self-contained) with its capture time and redacted address, and "What happened before": the pages and
 * clicked labels of the last 15 minutes with the failures between them.
 */
import { readableTime as t } from '@/utils/bundle/html';
import { zonedTime } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';

export function Screenshot({ d, src }: { d: DiagnosisJson; src?: string }) {
  const s = d.screenshot;
  if (!s || !src) return null;
  const how =
    s.method === 'tab-capture' ? 'screen capture' : 'page re-drawn from its content (images and frames may be missing)';
  return (
    <section id="screenshot">
      <h2>What the seller saw</h2>
      <p class="meta">
        Captured {zonedTime(s.capturedAt, d.environment.timeZone)} · {t(s.capturedAt)} · <code>{s.url}</code> ·{' '}
        {s.width}×{s.height} · {how} · file <code>{s.file}</code>
      </p>
      <img
        class="shot"
        src={src}
        alt={`Screenshot of Seller Center taken ${t(s.capturedAt)}`}
        width={s.width}
        height={s.height}
      />
    </section>
  );
}

const KIND_LABELS = { navigation: 'opened', click: 'clicked', failure: 'failed' } as const;

export function Breadcrumbs({ d }: { d: DiagnosisJson }) {
  return (
    <section id="breadcrumbs">
      <h2>What happened before (last 15 minutes, oldest first)</h2>
      {d.breadcrumbs.length ? (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Step</th>
              <th>Page or label</th>
              <th>Host</th>
            </tr>
          </thead>
          <tbody>
            {d.breadcrumbs.map((c, i) => (
              <tr key={`${i}:${c.at}`} class={`crumb-${c.kind}`}>
                <td class="when">{t(c.at)}</td>
                <td>{KIND_LABELS[c.kind] ?? c.kind}</td>
                <td class="wrap">{c.path !== undefined ? <code>{c.path}</code> : (c.label ?? '')}</td>
                <td class="where">{c.host}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="note">
          No steps recorded: Seller Center was not open in the last 15 minutes, or the seller left the events out.
        </p>
      )}
    </section>
  );
}
