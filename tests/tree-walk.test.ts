/** The guided walk: evidence decides where it starts, every answer and step is recorded into a session. */
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { findQuestion, findSubCause, TREE } from '@/utils/causes/tree';
import { diagnose } from '@/utils/diagnosis';
import { signalsFor, topCauseOf } from '@/utils/walk/signals';
import { knownFacts, untriedFixes } from '@/utils/walk/view';
import {
  answer,
  back,
  checkResult,
  escalate,
  finish,
  resumeWalk,
  startWalk,
  toSession,
  tryFix,
} from '@/utils/walk/walk';

const T = 1_000_000;

describe('starting a walk', () => {
  it('goes straight to the sub-cause the evidence points at', () => {
    const w = startWalk('connectivity', ['control-ok', 'dns-failure'], T, 'connectivity');
    expect(w.node).toEqual({ kind: 'fix', id: 'connectivity.dns' });
    expect(w.steps.map((s) => s.stepId)).toEqual([
      'start:connectivity',
      'detected:connectivity.dns',
      'fix:connectivity.dns',
    ]);
    expect(w.steps[1]?.note).toBe('dns-failure');
  });

  it('prefers the strongest signal', () => {
    const w = startWalk('cache', ['http-431', 'chunk-load'], T);
    expect(w.node).toEqual({ kind: 'fix', id: 'cache.cookies' });
  });

  it('asks the first question when nothing is known', () => {
    const w = startWalk('connectivity', [], T);
    expect(w.node).toEqual({ kind: 'question', id: 'connectivity.other-sites' });
  });

  it('answers settled questions itself and records them', () => {
    const w = startWalk('connectivity', ['control-ok'], T);
    expect(w.node).toEqual({ kind: 'question', id: 'connectivity.vpn' });
    expect(w.answers).toEqual([{ questionId: 'connectivity.other-sites', answer: 'yes', at: T }]);
    expect(w.steps.map((s) => s.stepId)).toContain('settled:connectivity.other-sites');
  });
});

describe('walking', () => {
  it('follows answers to a fix, and a confirmed check ends it fixed with time to recovery', () => {
    let w = startWalk('connectivity', ['control-ok'], T, 'connectivity');
    w = answer(w, 'no', [], T + 1000);
    expect(w.node).toEqual({ kind: 'question', id: 'connectivity.symptom' });
    w = answer(w, 'clock', [], T + 2000);
    expect(w.node).toEqual({ kind: 'fix', id: 'connectivity.clock' });
    w = checkResult(w, true, T + 60_000);
    expect(w.node).toEqual({ kind: 'done', outcome: 'fixed' });
    const s = toSession(w);
    expect(s).toMatchObject({
      outcome: 'fixed',
      recoveryMs: 60_000,
      causeId: 'connectivity',
      topCause: 'connectivity',
      startedAt: T,
      endedAt: T + 60_000,
    });
    expect(s.answers.map((a) => `${a.questionId}=${a.answer}`)).toEqual([
      'connectivity.other-sites=yes',
      'connectivity.vpn=no',
      'connectivity.symptom=clock',
    ]);
    expect(s.steps.map((x) => x.stepId)).toEqual([
      'start:connectivity',
      'settled:connectivity.other-sites',
      'ask:connectivity.vpn',
      'ask:connectivity.symptom',
      'fix:connectivity.clock',
      'check:connectivity.clock:fixed',
      'end:fixed',
    ]);
  });

  it('escalates when the fix did not work, can try another fix, and ends escalated', () => {
    let w = startWalk('cache', ['chunk-load'], T);
    w = checkResult(w, false, T + 1);
    expect(w.node).toEqual({ kind: 'escalate' });
    w = tryFix(w, 'cache.corrupted', T + 2);
    expect(w.node).toEqual({ kind: 'fix', id: 'cache.corrupted' });
    expect(w.tried).toEqual(['cache.stale-files', 'cache.corrupted']);
    w = checkResult(w, false, T + 3);
    w = finish(w, 'escalated', T + 4);
    const s = toSession(w);
    expect(s.outcome).toBe('escalated');
    expect(s.recoveryMs).toBeUndefined();
  });

  it('switches cause when an answer points elsewhere', () => {
    let w = startWalk('listing', [], T);
    w = answer(w, 'gone', [], T + 1);
    w = answer(w, 'yes', [], T + 2);
    expect(w.causeId).toBe('policy');
    expect(w.node).toEqual({ kind: 'question', id: 'policy.notice' });
    expect(w.steps.map((s) => s.stepId)).toContain('switch:policy');
  });

  it('can rule a cause out', () => {
    let w = startWalk('policy', [], T);
    w = answer(w, 'no', [], T + 1);
    w = answer(w, 'no', [], T + 2);
    expect(w.node).toEqual({ kind: 'ruled-out' });
  });

  it('goes back to the previous question', () => {
    let w = startWalk('policy', [], T);
    w = answer(w, 'no', [], T + 1);
    w = back(w, T + 2);
    expect(w.node).toEqual({ kind: 'question', id: 'policy.notice' });
    expect(back(w, T + 3).node).toEqual(w.node);
  });

  it('escalates from anywhere, once', () => {
    let w = startWalk('platform', ['server-errors'], T);
    w = escalate(w, T + 1);
    expect(w.node).toEqual({ kind: 'escalate' });
    expect(escalate(w, T + 2)).toBe(w);
  });

  it('ignores answers that are not options and results on the wrong screen', () => {
    const w = startWalk('policy', [], T);
    expect(answer(w, 'maybe', [], T + 1)).toBe(w);
    expect(checkResult(w, true, T + 1)).toBe(w);
  });

  it('stores an open walk as an open session', () => {
    const s = toSession(startWalk('geo', [], T), 7);
    expect(s).toMatchObject({ id: 7, outcome: 'open' });
    expect(s.endedAt).toBeUndefined();
  });

  it('resumes a stored open session where it stopped', () => {
    let w = startWalk('policy', [], T, 'policy');
    w = answer(w, 'yes', [], T + 1);
    w = answer(w, 'ip', [], T + 2);
    const stored = toSession(w, 3);
    const r = resumeWalk(stored, T + 10);
    expect(r?.node).toEqual({ kind: 'fix', id: 'policy.ip' });
    expect(r?.answers).toEqual(w.answers);
    expect(r?.tried).toEqual(['policy.ip']);
    const done = toSession(checkResult(r as NonNullable<typeof r>, true, T + 100), 3);
    expect(done).toMatchObject({ id: 3, outcome: 'fixed', recoveryMs: 100 });
  });

  it('resumes at the question shown last, after going back', () => {
    let w = startWalk('policy', [], T);
    w = answer(w, 'no', [], T + 1);
    w = back(w, T + 2);
    expect(resumeWalk(toSession(w), T + 3)?.node).toEqual({ kind: 'question', id: 'policy.notice' });
    expect(resumeWalk(toSession(finish(w, 'abandoned', T + 4)), T + 5)).toBeUndefined();
  });
});

describe('what the walk screens show (utils/walk/view.ts, signals.ts)', () => {
  it('lists the facts the evidence settled and the fixes not yet tried', () => {
    const w = startWalk('connectivity', ['control-ok', 'dns-failure'], T);
    expect(knownFacts(w).map((f) => f.kind)).toEqual(['detected']);
    expect(knownFacts(w)[0]).toMatchObject({ subCause: findSubCause('connectivity.dns')?.title });
    const settled = knownFacts(startWalk('connectivity', ['control-ok'], T));
    expect(settled).toEqual([
      expect.objectContaining({ kind: 'settled', question: findQuestion('connectivity.other-sites')?.text }),
    ]);
    expect(untriedFixes(w).map((s) => s.id)).not.toContain('connectivity.dns');
    expect(untriedFixes(w).length).toBe(TREE.connectivity.subCauses.length - 1);
  });

  it('routes on the walked cause first, skipping answers and weightless lines except its control-ok', () => {
    const d = diagnose(CAUSES, [], [], [{ questionId: 'policy.notice', answer: 'yes', at: T }], T);
    expect(signalsFor(d, 'policy')).not.toContain('answer');
    expect(topCauseOf(d)).toBe('policy');
    expect(topCauseOf(undefined)).toBeUndefined();
  });
});
