/**
 * The guided walk as a pure state machine over the tree. It starts at the sub-cause the evidence points at,
 * or at the cause's first question; questions the evidence settles are answered for the seller (and recorded
 * as such). Every answer and step lands in the state, which maps one-to-one onto a TroubleSession.
 */

import type { NodeRef } from '../causes/shared/types';
import { findQuestion, findSubCause, TREE } from '../causes/tree';
import type { Signal } from '../diagnosis/signals';
import type { CauseId, SessionAnswer, SessionStep, TroubleSession } from '../model';

export type WalkNode =
  | { kind: 'question'; id: string }
  | { kind: 'fix'; id: string }
  | { kind: 'escalate' }
  | { kind: 'ruled-out' }
  | { kind: 'done'; outcome: 'fixed' | 'escalated' | 'abandoned' };

export interface WalkState {
  causeId: CauseId;
  topCause?: CauseId;
  startedAt: number;
  updatedAt: number;
  node: WalkNode;
  /** nodes shown before this one, for Back */
  trail: WalkNode[];
  answers: SessionAnswer[];
  steps: SessionStep[];
  /** sub-causes whose fixes were shown */
  tried: string[];
  endedAt?: number;
}

/** Signals strongest first: the first one that identifies a sub-cause decides where the walk starts. */
export function startWalk(causeId: CauseId, signals: readonly Signal[], now: number, topCause?: CauseId): WalkState {
  const state: WalkState = {
    causeId,
    topCause,
    startedAt: now,
    updatedAt: now,
    node: { kind: 'ruled-out' },
    trail: [],
    answers: [],
    steps: [{ stepId: `start:${causeId}`, at: now }],
    tried: [],
  };
  return enterCause(state, causeId, signals, now);
}

function enterCause(state: WalkState, causeId: CauseId, signals: readonly Signal[], now: number): WalkState {
  const cause = TREE[causeId];
  for (const signal of signals) {
    const sub = cause.subCauses.find((s) => s.detectedBy?.includes(signal));
    if (sub) {
      const s = { ...state, causeId, steps: [...state.steps, { stepId: `detected:${sub.id}`, at: now, note: signal }] };
      return go(s, { subCause: sub.id }, signals, now);
    }
  }
  return go({ ...state, causeId }, { question: cause.start }, signals, now);
}

/** Follow a reference, answering settled questions on the way. */
function go(state: WalkState, ref: NodeRef, signals: readonly Signal[], now: number): WalkState {
  const have = new Set(signals);
  let s = state;
  let next: NodeRef | undefined = ref;
  const seen = new Set<string>();
  while (next) {
    const r: NodeRef = next;
    next = undefined;
    if ('question' in r) {
      const q = findQuestion(r.question);
      if (!q || seen.has(q.id)) return s;
      seen.add(q.id);
      const settled = q.settledBy?.find((x) => have.has(x.signal));
      const option = settled && q.options.find((o) => o.value === settled.value);
      if (settled && option) {
        s = {
          ...s,
          answers: [...s.answers, { questionId: q.id, answer: option.value, at: now }],
          steps: [...s.steps, { stepId: `settled:${q.id}`, at: now, note: settled.signal }],
        };
        next = option.next;
        continue;
      }
      s = show(s, { kind: 'question', id: q.id }, now);
      s = { ...s, steps: [...s.steps, { stepId: `ask:${q.id}`, at: now }] };
    } else if ('subCause' in r) {
      s = show(s, { kind: 'fix', id: r.subCause }, now);
      s = {
        ...s,
        tried: s.tried.includes(r.subCause) ? s.tried : [...s.tried, r.subCause],
        steps: [...s.steps, { stepId: `fix:${r.subCause}`, at: now }],
      };
    } else if ('cause' in r) {
      s = { ...s, steps: [...s.steps, { stepId: `switch:${r.cause}`, at: now }] };
      return enterCause(s, r.cause, signals, now);
    } else {
      s = show(s, { kind: 'ruled-out' }, now);
      s = { ...s, steps: [...s.steps, { stepId: `ruled-out:${s.causeId}`, at: now }] };
    }
  }
  return s;
}

function show(state: WalkState, node: WalkNode, now: number): WalkState {
  const keep = state.node.kind === 'question' || state.node.kind === 'fix' || state.node.kind === 'escalate';
  return { ...state, trail: keep ? [...state.trail, state.node] : state.trail, node, updatedAt: now };
}

export function answer(state: WalkState, value: string, signals: readonly Signal[], now: number): WalkState {
  if (state.node.kind !== 'question') return state;
  const q = findQuestion(state.node.id);
  const option = q?.options.find((o) => o.value === value);
  if (!q || !option) return state;
  const s = { ...state, answers: [...state.answers, { questionId: q.id, answer: value, at: now }] };
  return go(s, option.next, signals, now);
}

/** The seller's result of the check after a fix. */
export function checkResult(state: WalkState, worked: boolean, now: number): WalkState {
  if (state.node.kind !== 'fix') return state;
  const stepId = `check:${state.node.id}:${worked ? 'fixed' : 'not-fixed'}`;
  const steps = [...state.steps, { stepId, at: now }];
  if (worked) return finish({ ...state, steps }, 'fixed', now);
  return {
    ...show({ ...state, steps }, { kind: 'escalate' }, now),
    steps: [...steps, { stepId: 'escalate', at: now }],
  };
}

/** From the escalation screen: try another sub-cause of the same cause. */
export function tryFix(state: WalkState, subCauseId: string, now: number): WalkState {
  if (!findSubCause(subCauseId)) return state;
  return go(state, { subCause: subCauseId }, [], now);
}

/** Go straight to escalation (from any screen). */
export function escalate(state: WalkState, now: number): WalkState {
  if (state.node.kind === 'escalate' || state.node.kind === 'done') return state;
  return {
    ...show(state, { kind: 'escalate' }, now),
    steps: [...state.steps, { stepId: 'escalate', at: now }],
  };
}

export function back(state: WalkState, now: number): WalkState {
  const prev = state.trail[state.trail.length - 1];
  if (!prev || state.node.kind === 'done') return state;
  return {
    ...state,
    node: prev,
    trail: state.trail.slice(0, -1),
    updatedAt: now,
    steps: [...state.steps, { stepId: 'back', at: now }, { stepId: nodeStep(prev, state.causeId), at: now }],
  };
}

/** The step that records showing a node; the last one tells where to resume. */
function nodeStep(node: WalkNode, causeId: CauseId): string {
  switch (node.kind) {
    case 'question':
      return `ask:${node.id}`;
    case 'fix':
      return `fix:${node.id}`;
    case 'escalate':
      return 'escalate';
    case 'ruled-out':
      return `ruled-out:${causeId}`;
    case 'done':
      return `end:${node.outcome}`;
  }
}

export function finish(state: WalkState, outcome: 'fixed' | 'escalated' | 'abandoned', now: number): WalkState {
  if (state.node.kind === 'done') return state;
  return {
    ...state,
    node: { kind: 'done', outcome },
    endedAt: now,
    updatedAt: now,
    steps: [...state.steps, { stepId: `end:${outcome}`, at: now }],
  };
}

export function toSession(state: WalkState, id?: number): TroubleSession {
  const outcome = state.node.kind === 'done' ? state.node.outcome : 'open';
  return {
    ...(id !== undefined ? { id } : {}),
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    ...(state.endedAt !== undefined ? { endedAt: state.endedAt } : {}),
    topCause: state.topCause,
    causeId: state.causeId,
    answers: state.answers,
    steps: state.steps,
    outcome,
    ...(outcome === 'fixed' && state.endedAt !== undefined ? { recoveryMs: state.endedAt - state.startedAt } : {}),
  };
}

/** Continue a stored open session where it stopped (the popup closes whenever the seller clicks away). */
export function resumeWalk(session: TroubleSession, now: number): WalkState | undefined {
  if (session.outcome !== 'open' || !session.causeId) return undefined;
  let node: WalkNode | undefined;
  for (const { stepId } of [...session.steps].reverse()) {
    const [kind, id] = [stepId.slice(0, stepId.indexOf(':')), stepId.slice(stepId.indexOf(':') + 1)];
    if (kind === 'ask' && findQuestion(id)) node = { kind: 'question', id };
    else if (kind === 'fix' && findSubCause(id)) node = { kind: 'fix', id };
    else if (stepId === 'escalate') node = { kind: 'escalate' };
    else if (kind === 'ruled-out') node = { kind: 'ruled-out' };
    if (node) break;
  }
  if (!node) return undefined;
  const tried = [...new Set(session.steps.filter((s) => s.stepId.startsWith('fix:')).map((s) => s.stepId.slice(4)))];
  return {
    causeId: session.causeId,
    topCause: session.topCause,
    startedAt: session.startedAt,
    updatedAt: now,
    node,
    trail: [],
    answers: session.answers,
    steps: [...session.steps, { stepId: 'resume', at: now }],
    tried,
  };
}
