/**
 * The popup: the ranked diagnosis first, a guided walk per cause, history and help. It diagnoses from the stored
 * history of every Seller Center tab, not the active tab, so it works the same as popup.html opened in a tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { type DoctorDb, db } from '@/utils/db';
import { closeStaleSessions } from '@/utils/diagnosis/load';
import type { CauseId, SessionAnswer, TroubleSession } from '@/utils/model';
import { TREE } from '@/utils/tree';
import { Actions } from './popup/Actions';
import { CauseList } from './popup/CauseList';
import { HelpView } from './popup/HelpView';
import { HistoryView } from './popup/HistoryView';
import { useDiagnosis } from './popup/useDiagnosis';
import { useFocusOn } from './popup/useFocus';
import { Walk } from './popup/Walk';

type View =
  | { name: 'causes' }
  | { name: 'walk'; cause: CauseId; resume?: TroubleSession }
  | { name: 'history' }
  | { name: 'help' };

const NO_ANSWERS: SessionAnswer[] = [];
const TABS = { causes: { name: 'causes' }, history: { name: 'history' }, help: { name: 'help' } } as const;

export function App({ database = db() }: { database?: DoctorDb }) {
  const [view, setView] = useState<View>({ name: 'causes' });
  const [answers, setAnswers] = useState<SessionAnswer[]>(NO_ANSWERS);
  const [refresh, setRefresh] = useState(0);
  const [returnTo, setReturnTo] = useState<CauseId>();
  const live = useDiagnosis(database, answers);
  const viewHeading = useFocusOn<HTMLHeadingElement>(view.name, true);

  useEffect(() => {
    // Housekeeping after the first paint: walks left open long ago become abandoned.
    const t = setTimeout(() => void closeStaleSessions(database, Date.now()).catch(() => undefined), 300);
    return () => clearTimeout(t);
  }, [database]);

  useEffect(() => {
    if (view.name === 'causes' && returnTo) {
      document.querySelector<HTMLElement>(`[data-open-cause="${returnTo}"]`)?.focus();
      setReturnTo(undefined);
    }
  }, [view.name, returnTo]);

  const open = (cause: CauseId, resume?: TroubleSession) => setView({ name: 'walk', cause, resume });
  const closeWalk = () => {
    if (view.name === 'walk') setReturnTo(view.cause);
    setView({ name: 'causes' });
    setRefresh((n) => n + 1);
  };
  const resumable = live.recent?.openSession;
  const tab = (name: 'causes' | 'history' | 'help', label: string) => (
    <button
      type="button"
      data-view={name}
      aria-current={view.name === name || (name === 'causes' && view.name === 'walk') ? 'page' : undefined}
      onClick={() => setView(TABS[name])}
    >
      {label}
    </button>
  );

  return (
    <main class="app" data-diagnosis={live.phase} aria-busy={live.phase !== 'ready'}>
      <header class="top">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> TikTok Shop Doctor
        </h1>
        <nav aria-label="Views" class="tabs">
          {tab('causes', 'Diagnosis')}
          {tab('history', 'History')}
          {tab('help', 'Help')}
        </nav>
      </header>

      {live.error && (
        <p class="error" role="alert">
          {live.error}
        </p>
      )}
      <p class="sr-only" role="status">
        {live.phase === 'running' ? 'Running checks…' : live.phase === 'ready' ? 'Diagnosis ready.' : ''}
      </p>

      {resumable && view.name === 'causes' && resumable.causeId && (
        <div class="resume">
          <span>You left a walk for {TREE[resumable.causeId].title}.</span>
          <button type="button" data-action="resume-walk" onClick={() => open(resumable.causeId as CauseId, resumable)}>
            Continue
          </button>
        </div>
      )}

      <div hidden={view.name !== 'causes'}>
        <CauseList
          diagnosis={live.diagnosis}
          lastCheckAt={live.recent?.lastCheckAt}
          eventCount={live.recent?.events.length ?? 0}
          onOpen={(id) => open(id)}
        />
      </div>
      {view.name === 'walk' && (
        <Walk
          key={`${view.cause}:${view.resume?.id ?? 'new'}`}
          database={database}
          causeId={view.cause}
          diagnosis={live.diagnosis}
          resume={view.resume}
          onAnswers={setAnswers}
          onExit={closeWalk}
        />
      )}
      {view.name === 'history' && <HistoryView database={database} refresh={refresh} headingRef={viewHeading} />}
      {view.name === 'help' && <HelpView headingRef={viewHeading} />}

      <Actions
        phase={live.phase}
        onRunChecks={() => void live.runChecks()}
        onCleared={() => setRefresh((n) => n + 1)}
      />
    </main>
  );
}
