import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  MAX_SECTION_CHARS,
  MAX_TITLE_CHARS,
  PLAN_SECTIONS,
  type ContingencyPlan as Plan,
  type PlanSectionId,
  planFileName,
  templatePlan,
  toMarkdown,
} from '@/utils/api-doctor/contingency-plan';
import { redactSecrets } from '@/utils/api-doctor/paste';
import { loadPlan, savePlan } from '@/utils/api-doctor/saved';
import { formatTime } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';

export function ContingencyPlan() {
  const [plan, setPlan] = useState<Plan>(() => templatePlan());
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    loadPlan().then(
      (stored) => {
        if (!stored) return;
        setPlan(stored);
        setSaved(true);
      },
      () => setStatus(t('apidoc.plan.readFailed')),
    );
  }, []);

  const edit = (next: Partial<Plan> & { section?: [PlanSectionId, string] }) => {
    setPlan((p) => ({
      ...p,
      ...(next.title !== undefined ? { title: next.title } : {}),
      sections: next.section ? { ...p.sections, [next.section[0]]: next.section[1] } : p.sections,
    }));
    setDirty(true);
  };

  const save = async () => {
    try {
      const { plan: stored, removed } = await savePlan(plan);
      setPlan(stored);
      setDirty(false);
      setSaved(true);
      setStatus(
        t('apidoc.plan.savedAt', { time: formatTime(stored.updatedAt) }) +
          (removed ? ` ${t('apidoc.plan.secretsRemoved', { count: removed })}` : ''),
      );
    } catch (err) {
      setStatus(t('apidoc.notSaved', { error: err instanceof Error ? err.message : String(err) }));
    }
  };

  // The export is redacted like the saved copy: a plan file travels.
  const markdown = useMemo(() => redactSecrets(toMarkdown(plan)).text, [plan]);
  const href = `data:text/markdown;charset=utf-8,${encodeURIComponent(markdown)}`;

  return (
    <section class="ad-card" aria-labelledby="ad-plan-h" data-section="plan">
      <h2 id="ad-plan-h">{t('apidoc.section.plan')}</h2>
      <p>{t('apidoc.plan.intro')}</p>
      <form
        class="ad-plan"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label for="ad-plan-title">{t('apidoc.plan.titleLabel')}</label>
        <input
          id="ad-plan-title"
          data-plan-field="title"
          value={plan.title}
          maxLength={MAX_TITLE_CHARS}
          onInput={(e) => edit({ title: (e.currentTarget as HTMLInputElement).value })}
        />
        {PLAN_SECTIONS.map((s, i) => (
          <div key={s.id} class="ad-plan-section">
            <label for={`ad-plan-${s.id}`}>
              {i + 1}. {s.title}
            </label>
            <p class="ad-hint" id={`ad-plan-${s.id}-q`}>
              {s.question}
            </p>
            <textarea
              id={`ad-plan-${s.id}`}
              data-plan-field={s.id}
              aria-describedby={`ad-plan-${s.id}-q`}
              rows={Math.min(8, Math.max(3, plan.sections[s.id].split('\n').length + 1))}
              maxLength={MAX_SECTION_CHARS}
              value={plan.sections[s.id]}
              onInput={(e) => edit({ section: [s.id, (e.currentTarget as HTMLTextAreaElement).value] })}
            />
          </div>
        ))}
        <div class="ad-row ad-sticky">
          <button type="submit" data-action="plan-save">
            {t('apidoc.plan.save')}
          </button>
          <a class="ad-button ad-secondary" href={href} download={planFileName(plan)} data-action="plan-export">
            {t('apidoc.plan.export')}
          </a>
          <button
            type="button"
            class="ad-secondary"
            data-action="plan-reset"
            onClick={() => {
              if (globalThis.confirm?.(t('apidoc.plan.resetConfirm')) ?? true) {
                setPlan(templatePlan());
                setDirty(true);
              }
            }}
          >
            {t('apidoc.plan.reset')}
          </button>
          <span class="ad-status" role="status" data-plan-status={dirty ? 'unsaved' : saved ? 'saved' : 'idle'}>
            {dirty ? t('apidoc.plan.unsaved') : status}
          </span>
        </div>
      </form>
    </section>
  );
}
