/**
 * report.html sections of issue 18: the screenshot the seller chose to include (a data: URI image, so the page
 * stays self-contained) with its capture time and redacted address, and "What happened before": the pages and
 * clicked labels of the last 15 minutes with the failures between them.
 */
import { escapeHtml as e, readableTime as t } from './html';
import type { DiagnosisJson } from './types';

/** "2026-11-30 17:05:09 GMT+1 (Europe/Paris)"; UTC alone when the zone is unknown to this browser. */
export function zonedTime(iso: string, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).formatToParts(new Date(iso));
    const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
    return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}:${p('second')} ${p('timeZoneName')} (${timeZone})`;
  } catch {
    return t(iso);
  }
}

export function screenshotSection(d: DiagnosisJson, dataUrl: string | undefined): string {
  const s = d.screenshot;
  if (!s || !dataUrl) return '';
  const local = zonedTime(s.capturedAt, d.environment.timeZone);
  return `<section id="screenshot">
<h2>What the seller saw</h2>
<p class="meta">Captured ${e(local)} · ${e(t(s.capturedAt))} · <code>${e(s.url)}</code> · ${e(s.width)}×${e(s.height)} · ${e(
    s.method === 'tab-capture' ? 'screen capture' : 'page re-drawn from its content (images and frames may be missing)',
  )} · file <code>${e(s.file)}</code></p>
<img class="shot" src="${e(dataUrl)}" alt="Screenshot of Seller Center taken ${e(t(s.capturedAt))}" width="${e(s.width)}" height="${e(s.height)}">
</section>`;
}

const KIND_LABELS = { navigation: 'opened', click: 'clicked', failure: 'failed' } as const;

export function breadcrumbsSection(d: DiagnosisJson): string {
  const rows = d.breadcrumbs
    .map(
      (c) =>
        `<tr class="crumb-${e(c.kind)}"><td class="when">${e(t(c.at))}</td><td>${e(KIND_LABELS[c.kind] ?? c.kind)}</td><td class="wrap">${
          c.path !== undefined ? `<code>${e(c.path)}</code>` : e(c.label ?? '')
        }</td><td class="where">${e(c.host)}</td></tr>`,
    )
    .join('\n');
  return `<section id="breadcrumbs">
<h2>What happened before (last 15 minutes, oldest first)</h2>
${
  rows
    ? `<table><thead><tr><th>When</th><th>Step</th><th>Page or label</th><th>Host</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : '<p class="note">No steps recorded: Seller Center was not open in the last 15 minutes, or the seller left the events out.</p>'
}
</section>`;
}

export const EXTRAS_STYLE = `
img.shot{max-width:100%;height:auto;border:1px solid #e3e3e8;border-radius:4px}
tr.crumb-failure td{color:#8e1b1b}tr.crumb-click td{color:#1d4f91}
`;
