import type { CauseId, CauseStatus, EventGroup, ProbeResult, SessionAnswer } from '../model';
import { WINDOW_MS } from './age';
import { indexQuestions } from './answers';
import { buildContext } from './context';
import { round } from './groups';
import { type DxMessage, dx } from './message';
import { toastMatcher } from './toast-cause';
import type { DiagnosisCause, DiagnosisResult, Finding, Verdict } from './types';

/** Score at or above which a cause is `likely` (direct evidence) or `possible` (weak or indirect evidence). */
export const LIKELY = 1;
export const POSSIBLE = 0.3;

const STATUS_RANK: Record<CauseStatus, number> = { likely: 0, possible: 1, unknown: 2, clear: 3 };
const ANSWER_WEIGHT = { likely: 1, possible: 0.5, clear: 0 } as const;

export function diagnose(
  registry: readonly DiagnosisCause[],
  events: readonly EventGroup[],
  probes: readonly ProbeResult[],
  answers: readonly SessionAnswer[] = [],
  now: number = Date.now(),
): DiagnosisResult {
  const ctx = buildContext(events, probes, now, toastMatcher(registry));
  const said = answerFindings(registry, answers, now);
  const order = registry.map((c) => c.id);

  const causes: Verdict[] = registry.map(({ id, rule }) => {
    const result = rule.evaluate(ctx);
    const fromAnswers = said.get(id) ?? [];
    const evidence = [...result.findings, ...fromAnswers].sort((a, b) => b.weight - a.weight);
    const score = round(evidence.reduce((s, f) => s + f.weight, 0));
    const answeredClear = fromAnswers.find((f) => f.weight === 0);
    let status: CauseStatus;
    let why: DxMessage;
    if (score >= POSSIBLE) {
      status = score >= LIKELY ? 'likely' : 'possible';
      why = whyOf(evidence) ?? dx(rule.unknownWhy);
    } else if (answeredClear || result.checked) {
      status = 'clear';
      why = answeredClear?.message ?? result.checked ?? dx(rule.unknownWhy);
    } else {
      status = 'unknown';
      why = dx(result.unknownWhy ?? rule.unknownWhy);
    }
    return { id, status, score, why, evidence };
  });

  causes.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id),
  );
  return { at: now, healthy: causes.every((c) => c.status !== 'likely' && c.status !== 'possible'), causes };
}

function whyOf(evidence: Finding[]): DxMessage | undefined {
  const [top, ...rest] = evidence.filter((f) => f.weight > 0);
  if (!top) return undefined;
  return rest.length > 0 ? dx('dx.why.more', { text: top.message, count: rest.length }) : top.message;
}

/** What the seller's answers say about each cause, per the tree's options. Clearing answers weigh nothing. */
function answerFindings(
  registry: readonly DiagnosisCause[],
  answers: readonly SessionAnswer[],
  now: number,
): Map<CauseId, Finding[]> {
  const { findOption } = indexQuestions(registry);
  const out = new Map<CauseId, Finding[]>();
  const latest = new Map<string, SessionAnswer>();
  for (const a of answers) if (a.at >= now - WINDOW_MS) latest.set(a.questionId, a);
  for (const a of latest.values()) {
    const hit = findOption(a.questionId, a.answer);
    if (!hit?.option.implies) continue;
    const list = out.get(hit.cause) ?? [];
    list.push({
      signal: 'answer',
      source: 'answer',
      weight: ANSWER_WEIGHT[hit.option.implies],
      at: a.at,
      ref: a.questionId,
      message: dx('dx.answer', { answer: { label: hit.option.label }, question: { label: hit.question.text } }),
    });
    out.set(hit.cause, list);
  }
  return out;
}

export type { DiagnosisResult, Finding, Verdict } from './types';
