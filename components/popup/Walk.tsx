/**
 * The guided walk for one cause: it starts where the evidence points, asks only what is still open, shows the
 * fixes and a check, and ends fixed, escalated (with the bundle) or abandoned. Every change is saved as a
 * TroubleSession, so closing the popup loses nothing. The logic is utils/walk/ (useWalk); this only renders.
 */
import { findQuestion, findSubCause, TREE } from '@/utils/causes/tree';
import { findingText, whyText } from '@/utils/diagnosis/render';
import { formatDuration } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';
import { countedEvidence } from '@/utils/walk/signals';
import { useWalk, type WalkOptions } from '@/utils/walk/useWalk';
import { knownFacts, untriedFixes } from '@/utils/walk/view';
import type { WalkState } from '@/utils/walk/walk';
import { STATUS_LABEL } from '../shared/CauseCard';
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
        {t('walk.all-causes')}
      </button>
      <h2 id="walk-title">{t(cause.title)}</h2>
      {verdict && (
        <p class="walk-status">
          <span class={`badge s-${verdict.status}`}>{t(STATUS_LABEL[verdict.status])}</span> {whyText(verdict)}
        </p>
      )}
      {evidence.length > 1 && (
        <details class="evidence">
          <summary>{t('walk.evidence.all', { count: evidence.length })}</summary>
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
            {t('walk.ruled-out.title', { cause: t(cause.title) })}
          </h3>
          <p>{t('walk.ruled-out.text')}</p>
          <button type="button" class="primary" data-action="walk-done" onClick={exit}>
            {t('walk.back-to-causes')}
          </button>
        </div>
      )}
      {node.kind === 'done' && (
        <div class="step done" data-outcome={node.outcome}>
          <h3 tabIndex={-1} ref={heading}>
            {t(`walk.done.${node.outcome}`)}
          </h3>
          <p>
            {node.outcome === 'fixed'
              ? `${t('walk.done.recovered', { duration: formatDuration((state.endedAt ?? state.startedAt) - state.startedAt) })} `
              : ''}
            {t('walk.done.saved')}
          </p>
          <button type="button" class="primary" data-action="walk-done" onClick={exit}>
            {t('walk.back-to-causes')}
          </button>
        </div>
      )}

      {(node.kind === 'question' || node.kind === 'fix') && (
        <div class="walk-nav">
          {state.trail.length > 0 && (
            <button type="button" data-action="walk-back" onClick={walk.back}>
              {t('walk.back')}
            </button>
          )}
          <button type="button" class="link" data-action="walk-escalate" onClick={walk.escalate}>
            {t('walk.contact-support')}
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
      <h3 class="known-title">{t('walk.known.title')}</h3>
      <ul>
        {facts.map((f) =>
          f.kind === 'detected' ? (
            <li key={f.key}>{t('walk.known.detected', { subCause: f.subCause ? t(f.subCause) : '' })}</li>
          ) : (
            <li key={f.key}>
              {f.question && t(f.question)} <strong>{f.answer && t(f.answer)}</strong>
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
          {t(q.text)}
        </h3>
      </legend>
      {q.help && <p class="help">{t(q.help)}</p>}
      <div class="options">
        {q.options.map((o) => (
          <button type="button" key={o.value} data-answer={o.value} onClick={() => onAnswer(o.value)}>
            {t(o.label)}
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
        {t(sub.title)}
      </h3>
      <p>{t(sub.about)}</p>
      {sub.fixes.map((f) => (
        <section key={f.id} class="fix-block" aria-label={t(f.title)}>
          <h4>{t(f.title)}</h4>
          <ol>
            {f.steps.map((s) => (
              <li key={s}>{t(s)}</li>
            ))}
          </ol>
        </section>
      ))}
      <fieldset class="check">
        <legend>
          <h4>{t('walk.check.title')}</h4>
        </legend>
        <p>{t(sub.check)}</p>
        <div class="options">
          <button type="button" class="primary" data-check="fixed" onClick={() => onResult(true)}>
            {t('walk.check.fixed')}
          </button>
          <button type="button" data-check="not-fixed" onClick={() => onResult(false)}>
            {t('walk.check.not-fixed')}
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
        {t('walk.escalate.title')}
      </h3>
      <ol>
        {cause.escalation.steps.map((s) => (
          <li key={s}>{t(s, { topic: t(cause.escalation.topic) })}</li>
        ))}
      </ol>
      <div class="options">
        <button type="button" data-action="focus-export" onClick={focusExport}>
          {t('walk.escalate.focus-export')}
        </button>
        <button type="button" class="primary" data-action="finish-escalated" onClick={onSent}>
          {t('walk.escalate.sent')}
        </button>
      </div>
      {untried.length > 0 && (
        <>
          <h4>{t('walk.escalate.try-other')}</h4>
          <ul class="try-list">
            {untried.map((s) => (
              <li key={s.id}>
                <button type="button" class="link" data-try={s.id} onClick={() => onTry(s.id)}>
                  {t(s.title)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
