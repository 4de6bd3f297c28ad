/**
 * The guided walk as a hook: the state machine (walk.ts) started from the diagnosis or resumed from a stored
 * session, every change saved (record.ts) in order, and the seller's answers reported to the live diagnosis.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DiagnosisResult } from '../diagnosis';
import { t } from '../i18n/translate';
import type { CauseId, SessionAnswer, TroubleSession } from '../model';
import { recordSession } from './record';
import { signalsFor, topCauseOf } from './signals';
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
  type WalkState,
} from './walk';

export interface WalkOptions {
  causeId: CauseId;
  diagnosis?: DiagnosisResult;
  resume?: TroubleSession;
  onAnswers(answers: SessionAnswer[]): void;
  onExit(): void;
}

export function useWalk({ causeId, diagnosis, resume, onAnswers, onExit }: WalkOptions) {
  const [signals] = useState(() => signalsFor(diagnosis, causeId));
  const [state, setState] = useState<WalkState>(
    () => (resume && resumeWalk(resume, Date.now())) ?? startWalk(causeId, signals, Date.now(), topCauseOf(diagnosis)),
  );
  const [saveError, setSaveError] = useState<string>();
  const id = useRef<number | undefined>(resume?.id);
  const chain = useRef<Promise<void>>(Promise.resolve());

  // Saves run one after another so that the first insert's id is known before the next write.
  const save = (s: WalkState) => {
    chain.current = chain.current.then(async () => {
      try {
        id.current = await recordSession(toSession(s, id.current));
      } catch (err) {
        setSaveError(t('walk.save-error', { error: err instanceof Error ? err.message : String(err) }));
      }
    });
  };

  useEffect(() => {
    save(state);
    onAnswers(state.answers);
  }, [state]);

  const now = () => Date.now();
  return {
    state,
    saveError,
    answer: (value: string) => setState(answer(state, value, signals, now())),
    checkResult: (worked: boolean) => setState(checkResult(state, worked, now())),
    tryFix: (subCause: string) => setState(tryFix(state, subCause, now())),
    sent: () => setState(finish(state, 'escalated', now())),
    escalate: () => setState(escalate(state, now())),
    back: () => setState(back(state, now())),
    /** Leave the walk: an unfinished one is saved as abandoned. */
    exit() {
      if (state.node.kind !== 'done') save(finish(state, 'abandoned', now()));
      onAnswers([]);
      onExit();
    },
  };
}
