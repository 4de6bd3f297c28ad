/**
 * The results table: figure, median, min-max, A/A twin, noise, budget, rounds, verdict. Plain text, aligned, for a
 * terminal or a README.
 */

/**
 * @typedef {object} Row
 * @property {string} id
 * @property {string} figure what was measured, in words
 * @property {string} unit 'ms', 's', 'x' (a ratio), 'KB', 'count'
 * @property {number} [median]
 * @property {number} [min]
 * @property {number} [max]
 * @property {number} [budget] the largest value that is within budget
 * @property {string} [budgetText] when the budget is not "<= number" (e.g. "exact")
 * @property {'ok' | 'OVER' | 'unresolved' | 'not measured'} verdict
 * @property {string} [reason] why not measured
 * @property {number} [aa] the A/A twin's figure (same estimator, two browsers without the extension)
 * @property {number} [noise] the spread the verdict was held against (bench/lib/verdict.mjs)
 * @property {[number, number]} [ci] 90% bootstrap interval of the figure
 * @property {number} [rounds] rounds (or samples) used
 * @property {'resolved' | 'rounds' | 'time'} [stoppedBy] why no more rounds: resolved, round limit or time cap
 * @property {string} [why] what decided the verdict
 * @property {string} method how it was measured
 * @property {Record<string, unknown>} [details] raw samples and side figures, for results.json
 */

/** @param {number | undefined} v @param {string} unit */
export function formatValue(v, unit) {
  if (v === undefined || Number.isNaN(v)) return '-';
  switch (unit) {
    case 'x':
      return v.toFixed(3);
    case 'ms':
      return Math.abs(v) < 1 ? `${v.toFixed(4)} ms` : Math.abs(v) < 100 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`;
    case 's':
      return `${v.toFixed(2)} s`;
    case 'KB':
      return `${v.toFixed(1)} KB`;
    case 'MB':
      return `${v.toFixed(2)} MB`;
    default:
      return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2);
  }
}

/** @param {Row} r */
export function cells(r) {
  const measured = r.verdict !== 'not measured';
  const range =
    measured && r.min !== undefined && r.max !== undefined && r.min !== r.max
      ? `${formatValue(r.min, r.unit)} - ${formatValue(r.max, r.unit)}`
      : '-';
  const budget = r.budgetText ?? (r.budget === undefined ? '-' : `<= ${formatValue(r.budget, r.unit)}`);
  return [
    r.figure,
    measured ? formatValue(r.median, r.unit) : '-',
    range,
    measured && r.aa !== undefined ? formatValue(r.aa, r.unit) : '-',
    measured && r.noise !== undefined && Number.isFinite(r.noise) ? `± ${formatValue(r.noise, r.unit)}` : '-',
    budget,
    r.rounds === undefined ? '-' : String(r.rounds),
    measured ? r.verdict : `not measured: ${r.reason ?? 'unknown'}`,
  ];
}

const HEAD = ['figure', 'median', 'min - max', 'A/A twin', 'noise', 'budget', 'rounds', 'verdict'];

/** An aligned plain-text table. @param {readonly Row[]} rows */
export function renderTable(rows) {
  const body = rows.map(cells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => (c[i] ?? '').length)));
  const line = (/** @type {string[]} */ c) =>
    c
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(HEAD), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The same table in Markdown (for the README), aligned as the formatter wants it. @param {readonly Row[]} rows */
export function renderMarkdown(rows) {
  const esc = (/** @type {string} */ s) => s.replace(/\|/g, '\\|');
  const body = rows.map((r) => cells(r).map(esc));
  const widths = HEAD.map((h, i) => Math.max(3, h.length, ...body.map((c) => (c[i] ?? '').length)));
  const line = (/** @type {string[]} */ c) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(HEAD), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * A row from samples against a "<= budget".
 * @param {Omit<Row, 'verdict' | 'median' | 'min' | 'max'>} base
 * @param {{ median: number; min: number; max: number }} s
 * @returns {Row}
 */
export function budgetRow(base, s) {
  const ok = base.budget === undefined || s.median <= base.budget;
  return { ...base, median: s.median, min: s.min, max: s.max, verdict: ok ? 'ok' : 'OVER' };
}

/**
 * A row judged against its noise (bench/lib/verdict.mjs): a comparison with its A/A twin, or an absolute figure.
 * @param {Omit<Row, 'verdict' | 'median' | 'min' | 'max'>} base
 * @param {{ value: number; verdict: 'ok' | 'OVER' | 'unresolved'; noise: number; why: string; aa?: number;
 *   ci: { lo: number; hi: number } }} j
 * @param {{ min: number; max: number; rounds: number; stoppedBy?: 'resolved' | 'rounds' | 'time' }} o
 * @returns {Row}
 */
export function judgedRow(base, j, { min, max, rounds, stoppedBy }) {
  return {
    ...base,
    median: j.value,
    min,
    max,
    ...(j.aa === undefined ? {} : { aa: j.aa }),
    noise: j.noise,
    ci: [j.ci.lo, j.ci.hi],
    rounds,
    ...(stoppedBy ? { stoppedBy } : {}),
    verdict: j.verdict,
    why: j.why,
  };
}

/**
 * A row for a figure that could not be measured.
 * @param {Omit<Row, 'verdict' | 'reason'>} base
 * @param {string} reason
 * @returns {Row}
 */
export function notMeasured(base, reason) {
  return { ...base, verdict: 'not measured', reason };
}

/**
 * One sentence per figure that is not `ok`, from what decided its verdict, for results.md and the README.
 * @param {readonly Row[]} rows
 */
export function renderNotes(rows) {
  return rows
    .filter((r) => r.verdict !== 'ok')
    .map((r) => {
      if (r.verdict === 'not measured') return `- \`${r.id}\` was not measured: ${r.reason ?? 'unknown'}.`;
      const value = formatValue(r.median, r.unit);
      const budget = r.budgetText ?? `<= ${formatValue(r.budget, r.unit)}`;
      const cap = { rounds: ' (the round limit)', time: ' (the time cap)', resolved: '' }[r.stoppedBy ?? 'resolved'];
      const rounds = r.rounds === undefined ? '' : ` after ${r.rounds} rounds${cap}`;
      if (r.verdict === 'unresolved')
        return `- \`${r.id}\` is unresolved${rounds}: ${r.why ?? 'its noise is as large as the budget allows'}; on this machine the figure cannot tell ${value} from ${budget}.`;
      return `- \`${r.id}\` is OVER: ${value} against ${budget}${r.why ? ` (${r.why})` : ''}.`;
    })
    .join('\n');
}
