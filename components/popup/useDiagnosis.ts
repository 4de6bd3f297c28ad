/**
 * The popup's live diagnosis: the last day's events and probe results of every Seller Center tab, ranked with the
 * open walk's answers. The background owns the store and the rules: the popup asks it for the ranked first screen
 * (`diagnosis/recent`), again whenever it announces a change (`store/changed`) and whenever the walk's answers
 * change. `runChecks` asks the background to probe now; the phase goes running, then ready when the new ranking is
 * read back.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DiagnosisResult } from '@/utils/diagnosis';
import type { RecentDiagnosis } from '@/utils/diagnosis/recent';
import { sendMessage } from '@/utils/messages';
import type { SessionAnswer } from '@/utils/model';
import { askDiagnosis, onStoreChanged } from '@/utils/store/client';

export type Phase = 'idle' | 'running' | 'ready';

export interface LiveDiagnosis {
  phase: Phase;
  recent?: RecentDiagnosis;
  diagnosis?: DiagnosisResult;
  error?: string;
  runChecks(): Promise<void>;
}

/** The tables the first screen reads: a change elsewhere (requests, clears) does not change it. */
const FIRST_SCREEN_TABLES = ['eventGroups', 'probes', 'sessions'];

/**
 * `first`: the first read when the caller started it before rendering, with no answers (entrypoints/popup/main.tsx
 * does, so that the background reads and ranks while Preact renders the shell).
 */
export function useDiagnosis(answers: readonly SessionAnswer[], first?: Promise<RecentDiagnosis>): LiveDiagnosis {
  const [recent, setRecent] = useState<RecentDiagnosis>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const current = useRef(answers);
  current.current = answers;
  // Reads overlap (a change announced while the answers change): the newest asked wins, an older answer arriving
  // late is dropped, so the screen never steps back to a ranking it already replaced.
  const asked = useRef(0);
  const shown = useRef(0);
  const live = useRef(true);
  const fail = (err: unknown) => live.current && setError(`History could not be read: ${message(err)}`);
  const take = useCallback((pending: Promise<RecentDiagnosis>) => {
    const n = ++asked.current;
    return pending.then((r) => {
      if (!live.current || n < shown.current) return;
      shown.current = n;
      setRecent(r);
    }, fail);
  }, []);

  // A layout effect: it runs as the shell renders, not after the first paint (when a plain effect would), so a
  // ranking that arrived meanwhile is shown at once.
  useLayoutEffect(() => {
    live.current = true;
    void take(first ?? askDiagnosis(current.current));
    const stop = onStoreChanged((tables) => {
      if (tables.some((t) => FIRST_SCREEN_TABLES.includes(t))) void take(askDiagnosis(current.current));
    });
    return () => {
      live.current = false;
      stop();
    };
  }, [first]);

  // The walk's answers move the ranking: ask again (not on mount: the first read already had these answers).
  const rankedWith = useRef(answers);
  useEffect(() => {
    if (rankedWith.current === answers) return;
    rankedWith.current = answers;
    void take(askDiagnosis(answers));
  }, [answers]);

  const runChecks = useCallback(async () => {
    setRunning(true);
    setError(undefined);
    try {
      await sendMessage('probes/run', { trigger: 'manual' });
    } catch (err) {
      setError(`The checks could not run: ${message(err)}`);
    }
    // Read the results back rather than waiting for the announcement, so "ready" means the new ranking.
    await take(askDiagnosis(current.current));
    setRunning(false);
  }, []);

  const phase: Phase = running ? 'running' : recent ? 'ready' : 'idle';
  return { phase, recent, diagnosis: recent?.diagnosis, error, runChecks };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
