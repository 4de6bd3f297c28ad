/**
 * The popup: the ranked diagnosis first, a guided walk per cause, history and help. It diagnoses from the stored
 * history of every Seller Center tab, not the active tab, so it works the same as popup.html opened in a tab.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { causeTitle } from '@/utils/causes/titles';
import type { RecentDiagnosis } from '@/utils/diagnosis/recent';
import { t } from '@/utils/i18n/translate';
import type { CauseId, SessionAnswer, TroubleSession } from '@/utils/model';
import { Actions, ClearSiteData, ExportBundle, RunChecks } from './popup/Actions';
import { CauseList } from './popup/CauseList';
import { lazy } from './popup/lazy';
import { useDiagnosis } from './popup/useDiagnosis';
import { useFocusOn } from './popup/useFocus';
import { usePresence } from './popup/usePresence';

const loading = () => (
  <p class="muted" role="status">
    {t('popup.loading')}
  </p>
);
// Everything past the first screen loads on demand (and is preloaded once the first screen is up).
const Walk = lazy(() => import('./popup/Walk').then((m) => m.Walk), loading);
const HistoryView = lazy(() => import('./popup/HistoryView').then((m) => m.HistoryView), loading);
const HelpView = lazy(() => import('./popup/HelpView').then((m) => m.HelpView), loading);
// Not on the first screen's code path: it needs the browser API wrapper, which the first screen does without.
const NetworkRecordingOffer = lazy(
  () => import('./popup/NetworkRecordingOffer').then((m) => m.NetworkRecordingOffer),
  () => null,
);
const SettingsView = lazy(() => import('./popup/SettingsView').then((m) => m.SettingsView), loading);

type View =
  | { name: 'causes' }
  | { name: 'walk'; cause: CauseId; resume?: TroubleSession }
  | { name: 'history' }
  | { name: 'help' }
  | { name: 'settings' };

/** performance mark set once, when the first diagnosis is shown */
export const READY_MARK = 'tsd:popup-ready';
const NO_ANSWERS: SessionAnswer[] = [];
const TABS = {
  causes: { name: 'causes' },
  history: { name: 'history' },
  help: { name: 'help' },
  settings: { name: 'settings' },
} as const;

export function App({ first }: { first?: Promise<RecentDiagnosis> }) {
  const [view, setView] = useState<View>({ name: 'causes' });
  const [answers, setAnswers] = useState<SessionAnswer[]>(NO_ANSWERS);
  const [refresh, setRefresh] = useState(0);
  const [returnTo, setReturnTo] = useState<CauseId>();
  const live = useDiagnosis(answers, first);
  const viewHeading = useFocusOn<HTMLHeadingElement>(view.name, true);
  usePresence();

  useEffect(() => {
    // After the first paint: the other views' code.
    const timer = setTimeout(() => {
      for (const c of [ClearSiteData, ExportBundle, Walk, HistoryView, HelpView, SettingsView])
        void c.preload().catch(() => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, []);

  useLayoutEffect(() => {
    // For the benchmark and the end-to-end budget check: when the first ranked diagnosis is in the DOM.
    if (live.phase === 'ready' && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [live.phase]);

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
  const tab = (name: keyof typeof TABS, label: string) => (
    <button
      type="button"
      data-view={name}
      data-action={name === 'settings' ? 'open-settings' : undefined}
      aria-current={view.name === name || (name === 'causes' && view.name === 'walk') ? 'page' : undefined}
      onClick={() => setView(TABS[name])}
    >
      {label}
    </button>
  );

  return (
    <main class="app" data-diagnosis={live.phase} aria-busy={live.phase !== 'ready'}>
      <header class="top">
        <div class="top-row">
          <h1>
            <img src="/icon/32.png" alt="" width="18" height="18" /> Shop Doctor
          </h1>
          <nav aria-label={t('popup.nav')} class="tabs">
            {tab('causes', t('popup.tab.causes'))}
            {tab('history', t('popup.tab.history'))}
            {tab('help', t('popup.tab.help'))}
            {tab('settings', t('settings.title'))}
          </nav>
        </div>
        <RunChecks phase={live.phase} lastCheckAt={live.recent?.lastCheckAt} onRun={() => void live.runChecks()} />
      </header>

      {live.error && (
        <p class="error" role="alert">
          {live.error}
        </p>
      )}
      <p class="sr-only" role="status">
        {live.phase === 'running' ? t('popup.live.running') : live.phase === 'ready' ? t('popup.live.ready') : ''}
      </p>

      {resumable && view.name === 'causes' && resumable.causeId && (
        <div class="resume">
          <span>{t('popup.resume.text', { cause: causeTitle(resumable.causeId) })}</span>
          <button type="button" data-action="resume-walk" onClick={() => open(resumable.causeId as CauseId, resumable)}>
            {t('popup.resume.continue')}
          </button>
        </div>
      )}

      <div hidden={view.name !== 'causes'}>
        <CauseList
          diagnosis={live.diagnosis}
          lastCheckAt={live.recent?.lastCheckAt}
          eventCount={live.recent?.eventCount ?? 0}
          onOpen={(id) => open(id)}
        />
        <NetworkRecordingOffer diagnosis={live.diagnosis} />
      </div>
      {view.name === 'walk' && (
        <Walk
          key={`${view.cause}:${view.resume?.id ?? 'new'}`}
          causeId={view.cause}
          diagnosis={live.diagnosis}
          resume={view.resume}
          onAnswers={setAnswers}
          onExit={closeWalk}
        />
      )}
      {view.name === 'history' && <HistoryView refresh={refresh} headingRef={viewHeading} />}
      {view.name === 'help' && <HelpView headingRef={viewHeading} />}
      {view.name === 'settings' && <SettingsView headingRef={viewHeading} />}

      <Actions onCleared={() => setRefresh((n) => n + 1)} />
    </main>
  );
}
