/**
 * The popup's live diagnosis: the last day of events and probe results of every Seller Center tab, diagnosed with
 * the open walk's answers. The first read is plain IndexedDB (no database library on the first screen); once
 * Dexie is loaded, a liveQuery follows every change. `runChecks` asks the background to probe now; the phase
 * goes running, then ready when the results are read back.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { CAUSES } from '@/utils/causes/registry';
import type { DoctorDb } from '@/utils/db';
import { type DiagnosisResult, diagnose } from '@/utils/diagnosis';
import { loadRecent, type Recent } from '@/utils/diagnosis/load';
import { readRecentRaw } from '@/utils/diagnosis/read-raw';
import type { SessionAnswer } from '@/utils/model';

export type Phase = 'idle' | 'running' | 'ready';

export interface LiveDiagnosis {
  phase: Phase;
  recent?: Recent;
  diagnosis?: DiagnosisResult;
  error?: string;
  runChecks(): Promise<void>;
}

/**
 * `database`: Dexie, once loaded (undefined before). `first`: the first read when the caller started it before
 * rendering (entrypoints/popup/main.tsx does, so that IndexedDB works while Preact renders the shell).
 */
export function useDiagnosis(
  database: DoctorDb | undefined,
  answers: readonly SessionAnswer[],
  first?: Promise<Recent>,
): LiveDiagnosis {
  const [recent, setRecent] = useState<Recent>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const fail = (err: unknown) => setError(`History could not be read: ${message(err)}`);

  const read = useCallback(
    () => (database ? loadRecent(database, Date.now()) : readRecentRaw(indexedDB, Date.now())),
    [database],
  );

  useEffect(() => {
    let live = true;
    (first ?? read()).then((r) => live && setRecent(r), fail);
    return () => {
      live = false;
    };
  }, [first]);

  useEffect(() => {
    if (!database) return;
    let live = true;
    let sub: { unsubscribe(): void } | undefined;
    import('dexie').then(({ liveQuery }) => {
      if (!live) return;
      sub = liveQuery(() => loadRecent(database, Date.now())).subscribe({ next: setRecent, error: fail });
    }, fail);
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, [database]);

  const diagnosis = useMemo(
    () => (recent ? diagnose(CAUSES, recent.events, recent.probes, answers, Date.now()) : undefined),
    [recent, answers],
  );

  const runChecks = useCallback(async () => {
    setRunning(true);
    setError(undefined);
    try {
      // The messaging code (and the browser API wrapper) loads on first use, not with the first screen.
      const { sendMessage } = await import('@/utils/messages');
      await sendMessage('probes/run', { trigger: 'manual' });
    } catch (err) {
      setError(`The checks could not run: ${message(err)}`);
    }
    // Read the results back rather than waiting for the subscription, so "ready" means the new ranking.
    await read().then(setRecent, fail);
    setRunning(false);
  }, [read]);

  const phase: Phase = running ? 'running' : recent ? 'ready' : 'idle';
  return { phase, recent, diagnosis, error, runChecks };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
