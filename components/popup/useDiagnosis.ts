/**
 * The popup's live diagnosis: subscribes (Dexie liveQuery) to the last day of events and probe results of
 * every Seller Center tab, and diagnoses them with the open walk's answers. `runChecks` asks the background
 * to probe now; the phase goes running, then ready when the results are read back.
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { DoctorDb } from '@/utils/db';
import { type DiagnosisResult, diagnose } from '@/utils/diagnosis';
import { loadRecent, type Recent } from '@/utils/diagnosis/load';
import { sendMessage } from '@/utils/messages';
import type { SessionAnswer } from '@/utils/model';

export type Phase = 'idle' | 'running' | 'ready';

export interface LiveDiagnosis {
  phase: Phase;
  recent?: Recent;
  diagnosis?: DiagnosisResult;
  error?: string;
  runChecks(): Promise<void>;
}

export function useDiagnosis(database: DoctorDb, answers: readonly SessionAnswer[]): LiveDiagnosis {
  const [recent, setRecent] = useState<Recent>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const sub = liveQuery(() => loadRecent(database, Date.now())).subscribe({
      next: setRecent,
      error: (err: unknown) => setError(`History could not be read: ${message(err)}`),
    });
    return () => sub.unsubscribe();
  }, [database]);

  const diagnosis = useMemo(
    () => (recent ? diagnose(recent.events, recent.probes, answers, Date.now()) : undefined),
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
    // Read the results back rather than waiting for the subscription, so "ready" means the new ranking.
    try {
      setRecent(await loadRecent(database, Date.now()));
    } catch (err) {
      setError(`History could not be read: ${message(err)}`);
    }
    setRunning(false);
  }, [database]);

  const phase: Phase = running ? 'running' : recent ? 'ready' : 'idle';
  return { phase, recent, diagnosis, error, runChecks };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
