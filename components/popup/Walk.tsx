/**
 * The guided walk for one cause: it starts where the evidence points, asks only what is still open, shows the
 * fixes and a check, and ends fixed, escalated (with the bundle) or abandoned. Every change is saved as a
 * TroubleSession, so closing the popup loses nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DiagnosisResult, Signal } from '@/utils/diagnosis';
import type { CauseId, SessionAnswer, TroubleSession } from '@/utils/model';
import { askSaveSession } from '@/utils/store/client';
import { findOption, findQuestion, findSubCause, TREE } from '@/utils/tree';
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
} from '@/utils/tree/walk';
import { durationText, STATUS_LABEL } from './format';
import { type HeadingRef, useFocusOn } from './useFocus';

interface Props {
  causeId: CauseId;
  diagnosis?: DiagnosisResult;
  resume?: TroubleSession;
  onAnswers(answers: SessionAnswer[]): void;
  onExit(): void;
}

/** The walked cause's own signals first (strongest first), then every other cause's. */
export function signalsFor(diagnosis: DiagnosisResult | undefined, causeId: CauseId): Signal[] {
  const verdicts = [...(diagnosis?.causes ?? [])].sort((a, b) => (a.id === causeId ? -1 : b.id === causeId ? 1 : 0));
  const out: Signal[] = [];
  for (const v of verdicts) {
    for (const f of v.evidence) {
      const counts = f.weight > 0 || (v.id === causeId && f.signal === 'control-ok');
      if (counts && f.signal !== 'answer' && !out.includes(f.signal)) out.push(f.signal);
    }
  }
  return out;
}

function topCauseOf(diagnosis?: DiagnosisResult): CauseId | undefined {
  const top = diagnosis?.causes[0];
  return top && (top.status === 'likely' || top.status === 'possible') ? top.id : undefined;
}

export function Walk({ causeId, diagnosis, resume, onAnswers, onExit }: Props) {
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
        id.current = await askSaveSession(toSession(s, id.current));
      } catch (err) {
        setSaveError(`This step could not be saved: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  };

  useEffect(() => {
    save(state);
    onAnswers(state.answers);
  }, [state]);

  const exit = () => {
    if (state.node.kind !== 'done') save(finish(state, 'abandoned', Date.now()));
    onAnswers([]);
    onExit();
  };

  const cause = TREE[state.causeId];
  const verdict = diagnosis?.causes.find((c) => c.id === state.causeId);
  const node = state.node;
  const stepKey = `${node.kind}:${'id' in node ? node.id : ''}:${state.steps.length}`;
  const heading = useFocusOn<HTMLHeadingElement>(stepKey);
  const now = () => Date.now();

  return (
    <section class="walk" data-walk={node.kind} data-walk-cause={state.causeId} aria-labelledby="walk-title">
      <button type="button" class="link back" data-action="back-to-causes" onClick={exit}>
        ← All causes
      </button>
      <h2 id="walk-title">{cause.title}</h2>
      {verdict && (
        <p class="walk-status">
          <span class={`badge s-${verdict.status}`}>{STATUS_LABEL[verdict.status]}</span> {verdict.why}
        </p>
      )}
      {verdict && verdict.evidence.filter((e) => e.weight > 0).length > 1 && (
        <details class="evidence">
          <summary>All evidence ({verdict.evidence.filter((e) => e.weight > 0).length})</summary>
          <ul>
            {verdict.evidence
              .filter((e) => e.weight > 0)
              .map((e) => (
                <li key={`${e.signal}:${e.text}`}>{e.text}</li>
              ))}
          </ul>
        </details>
      )}
      <Known state={state} />

      {node.kind === 'question' && (
        <QuestionStep
          id={node.id}
          headingRef={heading}
          onAnswer={(value) => setState(answer(state, value, signals, now()))}
        />
      )}
      {node.kind === 'fix' && (
        <FixStep id={node.id} headingRef={heading} onResult={(ok) => setState(checkResult(state, ok, now()))} />
      )}
      {node.kind === 'escalate' && (
        <EscalateStep
          state={state}
          headingRef={heading}
          onTry={(sub) => setState(tryFix(state, sub, now()))}
          onSent={() => setState(finish(state, 'escalated', now()))}
        />
      )}
      {node.kind === 'ruled-out' && (
        <div class="step ruled-out">
          <h3 tabIndex={-1} ref={heading}>
            {cause.title}: ruled out
          </h3>
          <p>Your answers point away from this cause. Go back and open the next one in the list.</p>
          <button type="button" class="primary" data-action="walk-done" onClick={exit}>
            Back to all causes
          </button>
        </div>
      )}
      {node.kind === 'done' && (
        <div class="step done" data-outcome={node.outcome}>
          <h3 tabIndex={-1} ref={heading}>
            {node.outcome === 'fixed' ? 'Fixed' : node.outcome === 'escalated' ? 'Sent to support' : 'Stopped'}
          </h3>
          <p>
            {node.outcome === 'fixed'
              ? `Back to normal in ${durationText((state.endedAt ?? state.startedAt) - state.startedAt)}. `
              : ''}
            This walk is saved in History.
          </p>
          <button type="button" class="primary" data-action="walk-done" onClick={exit}>
            Back to all causes
          </button>
        </div>
      )}

      {(node.kind === 'question' || node.kind === 'fix') && (
        <div class="walk-nav">
          {state.trail.length > 0 && (
            <button type="button" data-action="walk-back" onClick={() => setState(back(state, now()))}>
              Back
            </button>
          )}
          <button
            type="button"
            class="link"
            data-action="walk-escalate"
            onClick={() => setState(escalate(state, now()))}
          >
            Contact support instead
          </button>
        </div>
      )}
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
    </section>
  );
}

/** What the evidence already answered: shown, not asked. */
function Known({ state }: { state: WalkState }) {
  const settled = state.steps.filter((s) => s.stepId.startsWith('settled:') || s.stepId.startsWith('detected:'));
  if (settled.length === 0) return null;
  return (
    <div class="known">
      <h3 class="known-title">Already known from the checks</h3>
      <ul>
        {settled.map((s) => {
          if (s.stepId.startsWith('detected:')) {
            const sub = findSubCause(s.stepId.slice('detected:'.length));
            return <li key={s.stepId}>The evidence points at: {sub?.title}</li>;
          }
          const qid = s.stepId.slice('settled:'.length);
          const a = state.answers.find((x) => x.questionId === qid);
          const hit = a && findOption(qid, a.answer);
          return (
            <li key={s.stepId}>
              {findQuestion(qid)?.text} <strong>{hit?.option.label}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface StepProps {
  headingRef: HeadingRef;
}

function QuestionStep({ id, headingRef, onAnswer }: StepProps & { id: string; onAnswer(value: string): void }) {
  const q = findQuestion(id);
  if (!q) return null;
  return (
    <fieldset class="step question" data-question={q.id}>
      <legend>
        <h3 tabIndex={-1} ref={headingRef}>
          {q.text}
        </h3>
      </legend>
      {q.help && <p class="help">{q.help}</p>}
      <div class="options">
        {q.options.map((o) => (
          <button type="button" key={o.value} data-answer={o.value} onClick={() => onAnswer(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function FixStep({ id, headingRef, onResult }: StepProps & { id: string; onResult(worked: boolean): void }) {
  const sub = findSubCause(id);
  if (!sub) return null;
  return (
    <div class="step fix" data-subcause={sub.id}>
      <h3 tabIndex={-1} ref={headingRef}>
        {sub.title}
      </h3>
      <p>{sub.about}</p>
      {sub.fixes.map((f) => (
        <section key={f.id} class="fix-block" aria-label={f.title}>
          <h4>{f.title}</h4>
          <ol>
            {f.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
      ))}
      <fieldset class="check">
        <legend>
          <h4>Did it work?</h4>
        </legend>
        <p>{sub.check}</p>
        <div class="options">
          <button type="button" class="primary" data-check="fixed" onClick={() => onResult(true)}>
            Yes, it works now
          </button>
          <button type="button" data-check="not-fixed" onClick={() => onResult(false)}>
            No, still broken
          </button>
        </div>
      </fieldset>
    </div>
  );
}

function EscalateStep({
  state,
  headingRef,
  onTry,
  onSent,
}: StepProps & { state: WalkState; onTry(subCause: string): void; onSent(): void }) {
  const cause = TREE[state.causeId];
  const untried = cause.subCauses.filter((s) => !state.tried.includes(s.id));
  const focusExport = () => document.querySelector<HTMLElement>('[data-action="export-bundle"]')?.focus();
  return (
    <div class="step escalate">
      <h3 tabIndex={-1} ref={headingRef}>
        Ask TikTok Shop support
      </h3>
      <ol>
        {cause.escalation.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <div class="options">
        <button type="button" data-action="focus-export" onClick={focusExport}>
          Go to “Export bundle” below
        </button>
        <button type="button" class="primary" data-action="finish-escalated" onClick={onSent}>
          I have contacted support
        </button>
      </div>
      {untried.length > 0 && (
        <>
          <h4>Or try another fix first</h4>
          <ul class="try-list">
            {untried.map((s) => (
              <li key={s.id}>
                <button type="button" class="link" data-try={s.id} onClick={() => onTry(s.id)}>
                  {s.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
