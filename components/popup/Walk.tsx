/**
 * The guided walk for one cause: it starts where the evidence points, asks only what is still open, shows the
 * fixes and a check, and ends fixed, escalated (with the bundle) or abandoned. Every change is saved as a
 * TroubleSession, so closing the popup loses nothing. The logic is utils/walk/ (useWalk); this only renders.
 */
import { findQuestion, findSubCause, TREE } from '@/utils/causes/tree';
import { findingText, whyText } from '@/utils/diagnosis/render';
import { countedEvidence } from '@/utils/walk/signals';
import { useWalk, type WalkOptions } from '@/utils/walk/useWalk';
import { knownFacts, untriedFixes } from '@/utils/walk/view';
import type { WalkState } from '@/utils/walk/walk';
import { STATUS_LABEL } from '../shared/CauseCard';
import { durationText } from './format';
import { type HeadingRef, useFocusOn } from './useFocus';

export function Walk(props: WalkOptions) {
  const walk = useWalk(props);
  const { state, saveError, exit } = walk;
  const cause = TREE[state.causeId];
  const verdict = props.diagnosis?.causes.find((c) => c.id === state.causeId);
  const evidence = countedEvidence(verdict);
  const node = state.node;
  const stepKey = `${node.kind}:${'id' in node ? node.id : ''}:${state.steps.length}`;
  const heading = useFocusOn<HTMLHeadingElement>(stepKey);

  return (
    <section class="walk" data-walk={node.kind} data-walk-cause={state.causeId} aria-labelledby="walk-title">
      <button type="button" class="link back" data-action="back-to-causes" onClick={exit}>
        ← All causes
      </button>
      <h2 id="walk-title">{cause.title}</h2>
      {verdict && (
        <p class="walk-status">
          <span class={`badge s-${verdict.status}`}>{STATUS_LABEL[verdict.status]}</span> {whyText(verdict)}
        </p>
      )}
      {evidence.length > 1 && (
        <details class="evidence">
          <summary>All evidence ({evidence.length})</summary>
          <ul>
            {evidence.map((e) => {
              const text = findingText(e);
              return <li key={`${e.signal}:${text}`}>{text}</li>;
            })}
          </ul>
        </details>
      )}
      <Known state={state} />

      {node.kind === 'question' && <QuestionStep id={node.id} headingRef={heading} onAnswer={walk.answer} />}
      {node.kind === 'fix' && <FixStep id={node.id} headingRef={heading} onResult={walk.checkResult} />}
      {node.kind === 'escalate' && (
        <EscalateStep state={state} headingRef={heading} onTry={walk.tryFix} onSent={walk.sent} />
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
            <button type="button" data-action="walk-back" onClick={walk.back}>
              Back
            </button>
          )}
          <button type="button" class="link" data-action="walk-escalate" onClick={walk.escalate}>
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
  const facts = knownFacts(state);
  if (facts.length === 0) return null;
  return (
    <div class="known">
      <h3 class="known-title">Already known from the checks</h3>
      <ul>
        {facts.map((f) =>
          f.kind === 'detected' ? (
            <li key={f.key}>The evidence points at: {f.subCause}</li>
          ) : (
            <li key={f.key}>
              {f.question} <strong>{f.answer}</strong>
            </li>
          ),
        )}
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
  const untried = untriedFixes(state);
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
