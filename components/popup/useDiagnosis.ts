/**
 * The popup's live diagnosis: the last day of events and probe results of every Seller Center tab, diagnosed with
 * the open walk's answers. The background owns the store: the popup asks it for the first read (`store/recent`)
 * and reads again whenever it announces a change (`store/changed`). `runChecks` asks the background to probe now;
 * the phase goes running, then ready when the results are read back.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { CAUSES } from '@/utils/causes/registry';
import { type DiagnosisResult, diagnose } from '@/utils/diagnosis';
import { sendMessage } from '@/utils/messages';
import type { SessionAnswer } from '@/utils/model';
import { askRecent, onStoreChanged } from '@/utils/store/client';
import type { Recent } from '@/utils/store/recent';

export type Phase = 'idle' | 'running' | 'ready';

export interface LiveDiagnosis {
  phase: Phase;
  recent?: Recent;
  diagnosis?: DiagnosisResult;
  error?: string;
  runChecks(): Promise<void>;
}

/** The tables the first screen reads: a change elsewhere (requests, clears) does not change it. */
const FIRST_SCREEN_TABLES = ['eventGroups', 'probes', 'sessions'];

/**
 * `first`: the first read when the caller started it before rendering (entrypoints/popup/main.tsx does, so that
 * the background reads while Preact renders the shell).
 */
export function useDiagnosis(answers: readonly SessionAnswer[], first?: Promise<Recent>): LiveDiagnosis {
  const [recent, setRecent] = useState<Recent>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const fail = (err: unknown) => setError(`History could not be read: ${message(err)}`);

  useEffect(() => {
    let live = true;
    (first ?? askRecent()).then((r) => live && setRecent(r), fail);
    const stop = onStoreChanged((tables) => {
      if (tables.some((t) => FIRST_SCREEN_TABLES.includes(t))) askRecent().then((r) => live && setRecent(r), fail);
    });
    return () => {
      live = false;
      stop();
    };
  }, [first]);

  const diagnosis = useMemo(
    () => (recent ? diagnose(CAUSES, recent.events, recent.probes, answers, Date.now()) : undefined),
    [recent, answers],
  );

  const runChecks = useCallback(async () => {
    setRunning(true);
    setError(undefined);
    try {
      await sendMessage('probes/run', { trigger: 'manual' });
    } catch (err) {
      setError(`The checks could not run: ${message(err)}`);
    }
    // Read the results back rather than waiting for the announcement, so "ready" means the new ranking.
    await askRecent().then(setRecent, fail);
    setRunning(false);
  }, []);

  const phase: Phase = running ? 'running' : recent ? 'ready' : 'idle';
  return { phase, recent, diagnosis, error, runChecks };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
