/**
 * report.html: one self-contained page for a support agent, readable and printable offline with no script:
 * summary, ranked causes with evidence, timeline, failed requests, checks, environment, what the seller tried.
 * Built from the already redacted diagnosis.json and HAR; every value is HTML-escaped.
 */
import type { CauseId, CauseStatus } from '../model';
import type { Har } from './har';
import { escapeHtml as e, readableTime as t } from './html';
import { BUNDLE_LIMITS } from './limits';
import { breadcrumbsSection, EXTRAS_STYLE, screenshotSection } from './report-extras';
import type { DiagnosisJson, JsonEvent } from './types';

export const CAUSE_LABELS: Record<CauseId, string> = {
  connectivity: 'Connection or network',
  policy: 'Policy or listing violation',
  payment: 'Payment or checkout',
  listing: 'Product listing data',
  account: 'Account, verification or app authorization',
  platform: 'TikTok platform outage or bug',
  'app-version': 'Outdated browser, app or extension',
  geo: 'Region or market',
  cache: 'Cached files, cookies or site storage',
};

const STATUS_LABELS: Record<CauseStatus, string> = {
  likely: 'likely',
  possible: 'possible',
  clear: 'checked, fine',
  unknown: 'not known',
};

export function buildReportHtml(d: DiagnosisJson, har: Har, screenshotDataUrl?: string): string {
  const title = `TikTok Shop diagnostics, ${t(d.generatedAt)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(title)}</title>
<style>${STYLE}${EXTRAS_STYLE}</style>
</head>
<body>
<header>
<h1>TikTok Shop Seller Center: diagnostic report</h1>
<p class="meta">Generated ${e(t(d.generatedAt))} by ${e(d.extension.name)} ${e(d.extension.version)} · schema ${e(d.schema)}.
Secrets (cookies, tokens, signatures, passwords, e-mail addresses, phone numbers) were removed; request ids and error codes are kept.</p>
</header>
${summary(d)}
${screenshotSection(d, screenshotDataUrl)}
${causes(d)}
${breadcrumbsSection(d)}
${timeline(d)}
${network(d, har)}
${probes(d)}
${environment(d)}
${history(d)}
<footer>
<p>This zip also holds <code>diagnosis.json</code> (every detail, machine-readable) and <code>network.har</code>
(failed and slow requests; open it in Chrome DevTools, Network, Import HAR).${
    d.sections.omitted.length ? ` The seller left out: ${e(d.sections.omitted.join(', '))}.` : ''
  }</p>
</footer>
</body>
</html>
`;
}

function summary(d: DiagnosisJson): string {
  const top = d.causes.filter((c) => c.status === 'likely' || c.status === 'possible');
  const verdict =
    d.summary.healthy === null
      ? 'No diagnosis was available when this bundle was made.'
      : top.length === 0
        ? 'No cause is likely or possible: the automatic checks found the shop healthy.'
        : `Most likely: ${top
            .slice(0, 3)
            .map((c) => `${CAUSE_LABELS[c.id]} (${STATUS_LABELS[c.status]})`)
            .join('; ')}.`;
  const env = d.environment;
  const rows: [string, string][] = [
    ['Browser', `${env.browser} ${env.version} on ${env.os}`],
    ['Locale and time zone', `${env.locale} · ${env.timeZone}`],
    ['Clock skew', clockText(d)],
    ['Observed', d.summary.window ? `${t(d.summary.window.from)} to ${t(d.summary.window.to)}` : 'nothing recorded'],
    [
      'Recorded',
      `${total(d.events)} events in ${d.counts.events.included} groups, ${d.network.entries} failed or slow requests (${d.network.failed} failed), ${d.counts.probes.included} check results, ${d.counts.sessions.included} troubleshooting sessions`,
    ],
  ];
  return `<section id="summary">
<h2>Summary</h2>
<p class="verdict">${e(verdict)}</p>
${dl(rows)}
</section>`;
}

function total(events: JsonEvent[]): string {
  return String(events.reduce((n, ev) => n + ev.count, 0));
}

function clockText(d: DiagnosisJson): string {
  const env = d.environment;
  if (env.clockSkewSeconds === null) return 'not measured';
  const s = env.clockSkewSeconds;
  const host = env.clockSkewHost ?? 'the server';
  const when = `, measured ${t(env.clockSkewMeasuredAt)}`;
  if (s === 0) return `in step with ${host}${when}`;
  const window = env.clockOutsideWindow ? ' (outside the window TikTok accepts)' : '';
  return `${Math.abs(s)} s ${s > 0 ? 'ahead of' : 'behind'} ${host}${window}${when}`;
}

function causes(d: DiagnosisJson): string {
  const items = d.causes
    .map(
      (c) => `<li class="cause status-${e(c.status)}">
<h3><span class="rank">${c.rank}.</span> ${e(CAUSE_LABELS[c.id] ?? c.id)} <code>${e(c.id)}</code> <span class="badge">${e(
        STATUS_LABELS[c.status] ?? c.status,
      )}</span></h3>
<p>${e(c.why)}</p>${
        c.evidence.length
          ? `<ul class="evidence">${c.evidence
              .map(
                (ev) =>
                  `<li><span class="src">${e(ev.source)}</span> ${e(ev.text)}${ev.ref ? ` <code>${e(ev.ref)}</code>` : ''}</li>`,
              )
              .join('')}</ul>`
          : ''
      }
</li>`,
    )
    .join('\n');
  return `<section id="causes">
<h2>Causes, most likely first</h2>
<ol class="causes">
${items}
</ol>
</section>`;
}

interface Row {
  at: string;
  what: string;
  /** host or target, shown under `what` */
  where?: string;
  detail: string;
  cls: string;
}

function timeline(d: DiagnosisJson): string {
  const rows: Row[] = [];
  for (const ev of d.events) {
    const bits = [
      ev.status !== undefined ? (ev.status === 0 ? 'no response' : `HTTP ${ev.status}`) : '',
      ev.code !== undefined ? `code ${ev.code}` : '',
      ev.netError && ev.netError !== ev.message ? ev.netError : '',
      ev.message ?? '',
      ev.method && ev.url ? `${ev.method} ${ev.url}` : (ev.url ?? ''),
      ev.durationMs !== undefined ? `${Math.round(ev.durationMs)} ms` : '',
      ev.requestIds.length ? `request id ${ev.requestIds.join(', ')}` : '',
      ev.count > 1 ? `${ev.count} times since ${t(ev.firstAt)}` : '',
    ];
    rows.push({ at: ev.lastAt, what: ev.kind, where: ev.pageHost, detail: join(bits), cls: 'ev' });
  }
  for (const p of d.probes) {
    if (p.outcome === 'pass' || p.outcome === 'skip') continue;
    rows.push({
      at: p.at,
      what: `check ${p.name}: ${p.outcome}`,
      detail: join([p.target ?? '', p.summary]),
      cls: 'probe',
    });
  }
  for (const c of d.history.clears) {
    rows.push({
      at: c.at,
      what: `site data cleared: ${c.ok ? 'done' : 'failed'}`,
      detail: join([c.origins.join(', '), c.includeCookies ? 'cookies included' : 'cookies kept', c.error ?? '']),
      cls: 'action',
    });
  }
  for (const s of d.history.sessions) {
    rows.push({
      at: s.startedAt,
      what: 'troubleshooting started',
      detail: join([s.topCause ? `top cause ${s.topCause}` : '', `outcome ${s.outcome}`]),
      cls: 'action',
    });
  }
  rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const shown = rows.slice(0, BUNDLE_LIMITS.reportTimeline);
  const more =
    rows.length > shown.length
      ? `<p class="note">Newest ${shown.length} of ${rows.length} rows; diagnosis.json has all.</p>`
      : '';
  return `<section id="timeline">
<h2>Timeline, newest first</h2>
${
  shown.length
    ? `<table><thead><tr><th>When</th><th>What</th><th>Details</th></tr></thead><tbody>
${shown
  .map(
    (r) =>
      `<tr class="${r.cls}"><td class="when">${e(t(r.at))}</td><td><strong>${e(r.what)}</strong>${
        r.where ? `<div class="where">${e(r.where)}</div>` : ''
      }</td><td class="wrap">${e(r.detail)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : '<p class="note">Nothing recorded.</p>'
}
${more}
</section>`;
}

function network(d: DiagnosisJson, har: Har): string {
  const entries = har.log.entries.slice(-BUNDLE_LIMITS.reportNetwork).reverse();
  const body = entries
    .map((en) => {
      const status = en.response.status === 0 ? (en.response._error ?? 'failed') : String(en.response.status);
      return `<tr><td class="when">${e(t(en.startedDateTime))}</td><td>${e(en.request.method)}</td><td class="wrap">${e(
        en.request.url,
      )}</td><td class="wrap">${e(status)}</td><td>${e(en._tiktokCode ?? '')}</td><td class="num">${e(Math.round(en.time))}</td><td class="rid">${e(
        en._requestId ?? '',
      )}</td></tr>`;
    })
    .join('\n');
  const omitted = d.sections.omitted.includes('network');
  return `<section id="network">
<h2>Failed and slow requests</h2>
${
  omitted
    ? '<p class="note">Left out by the seller.</p>'
    : entries.length
      ? `<table class="net"><colgroup><col class="c-when"><col class="c-method"><col><col class="c-status"><col class="c-code"><col class="c-ms"><col class="c-rid"></colgroup>
<thead><tr><th>When</th><th>Method</th><th>URL</th><th>Status</th><th>Code</th><th>ms</th><th>Request id</th></tr></thead><tbody>
${body}
</tbody></table>${
          har.log.entries.length > entries.length
            ? `<p class="note">Newest ${entries.length} of ${har.log.entries.length}; network.har has all.</p>`
            : ''
        }`
      : '<p class="note">None recorded.</p>'
}
</section>`;
}

function probes(d: DiagnosisJson): string {
  // The newest result of each check and target.
  const seen = new Set<string>();
  const latest = d.probes.filter((p) => {
    const k = `${p.name}|${p.target ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return `<section id="probes">
<h2>Checks (newest result of each)</h2>
${
  latest.length
    ? `<table><thead><tr><th>When</th><th>Check</th><th>Target</th><th>Outcome</th><th>Result</th></tr></thead><tbody>
${latest
  .map(
    (p) =>
      `<tr class="outcome-${e(p.outcome)}"><td class="when">${e(t(p.at))}</td><td>${e(p.name)}</td><td class="wrap">${e(
        p.target ?? '',
      )}</td><td>${e(p.outcome)}</td><td class="wrap">${e(p.summary)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : `<p class="note">${d.sections.omitted.includes('probes') ? 'Left out by the seller.' : 'No checks recorded.'}</p>`
}
</section>`;
}

function environment(d: DiagnosisJson): string {
  const env = d.environment;
  return `<section id="environment">
<h2>Environment</h2>
${dl([
  ['Browser', `${env.browser} ${env.version}`],
  ['Operating system', env.os],
  ['Locale', [env.locale, ...env.languages.filter((l) => l !== env.locale)].filter(Boolean).join(', ')],
  ['Time zone', env.timeZone],
  ['Clock skew', clockText(d)],
  ['Online', env.online === null ? 'unknown' : env.online ? 'yes' : 'no'],
  ['Extension', `${d.extension.name} ${env.extensionVersion}`],
  ['User agent', env.userAgent],
])}
</section>`;
}

function history(d: DiagnosisJson): string {
  const { sessions, clears } = d.history;
  if (d.sections.omitted.includes('history')) {
    return '<section id="history"><h2>What the seller already tried</h2><p class="note">Left out by the seller.</p></section>';
  }
  const s = sessions
    .map(
      (x) =>
        `<li><strong>${e(t(x.startedAt))}</strong>: ${e(x.topCause ? `looked at ${x.topCause}` : 'troubleshooting')}, outcome <em>${e(
          x.outcome,
        )}</em>${x.recoveryMs !== undefined ? `, fixed after ${e(Math.round(x.recoveryMs / 60_000))} min` : ''}${
          x.answers.length
            ? `<ul>${x.answers.map((a) => `<li>asked <code>${e(a.questionId)}</code>: ${e(a.answer)}</li>`).join('')}</ul>`
            : ''
        }${
          x.steps.length
            ? `<ul>${x.steps.map((st) => `<li>${e(t(st.at))} did <code>${e(st.stepId)}</code>${st.note ? `: ${e(st.note)}` : ''}</li>`).join('')}</ul>`
            : ''
        }</li>`,
    )
    .join('\n');
  const c = clears
    .map(
      (x) =>
        `<li>${e(t(x.at))}: cleared site data of ${e(x.origins.join(', ') || 'Seller Center')} (${e(x.dataTypes.join(', '))}; ${
          x.includeCookies ? 'cookies included' : 'cookies kept'
        }): ${x.ok ? 'done' : `failed ${e(x.error ?? '')}`}</li>`,
    )
    .join('\n');
  return `<section id="history">
<h2>What the seller already tried</h2>
${s ? `<h3>Troubleshooting sessions</h3><ul class="history">${s}</ul>` : '<p class="note">No troubleshooting sessions recorded.</p>'}
${c ? `<h3>Site data cleared</h3><ul class="history">${c}</ul>` : ''}
</section>`;
}

function dl(rows: [string, string][]): string {
  return `<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

function join(bits: string[]): string {
  return bits.filter(Boolean).join(' · ');
}

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;background:#fff;margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;border-bottom:2px solid #e3e3e8;padding-bottom:4px;margin:28px 0 10px}
h3{font-size:15px;margin:0 0 4px}
.meta,.note{color:#555;font-size:12.5px}
.verdict{font-size:16px;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}dt{color:#555}dd{margin:0;overflow-wrap:anywhere}
code{font:12px ui-monospace,SFMono-Regular,Consolas,monospace;background:#f3f3f6;padding:0 3px;border-radius:3px}
ol.causes{list-style:none;padding:0;margin:0}
.cause{border:1px solid #e3e3e8;border-left-width:6px;border-radius:6px;padding:8px 12px;margin:0 0 8px;break-inside:avoid}
.cause p{margin:2px 0}
.badge{font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;background:#eee;vertical-align:middle}
.status-likely{border-left-color:#c62828}.status-likely .badge{background:#fde0e0;color:#8e1b1b}
.status-possible{border-left-color:#ef8f00}.status-possible .badge{background:#fff0d6;color:#7a4a00}
.status-clear{border-left-color:#2e7d32}.status-clear .badge{background:#def3df;color:#1d5a21}
.status-unknown{border-left-color:#9e9ea8}
.evidence{margin:4px 0 0;padding-left:18px}.src{font-size:11px;text-transform:uppercase;color:#666}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th,td{border-bottom:1px solid #e6e6ea;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f8;position:sticky;top:0}
td.when{white-space:nowrap;color:#444}td.num{text-align:right}td.wrap{overflow-wrap:anywhere;word-break:break-word}
table.net{table-layout:fixed}.c-when{width:175px}.c-method{width:62px}.c-status{width:120px}.c-code{width:78px}.c-ms{width:52px}.c-rid{width:150px}
td.rid{font:11px ui-monospace,SFMono-Regular,Consolas,monospace;word-break:break-all}.where{color:#666;font-size:11.5px}
tr.probe td{color:#6a3d00}tr.action td{color:#1d4f91}
.outcome-fail td{color:#8e1b1b}.outcome-warn td{color:#7a4a00}
ul.history{padding-left:18px}
footer{margin-top:28px;border-top:1px solid #e3e3e8;color:#555;font-size:12.5px}
@media print{body{padding:0;max-width:none;font-size:11px}th{position:static}h2{break-after:avoid}tr{break-inside:avoid}}
`;
