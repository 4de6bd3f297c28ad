import { causeTitle } from '@/utils/causes/titles';
import type { DiagnosisResult, Verdict } from '@/utils/diagnosis';
import { whyText } from '@/utils/diagnosis/render';
import { currentLocale, t } from '@/utils/i18n/translate';
import { CAUSE_IDS, type CauseId } from '@/utils/model';
import { CauseCard } from '../shared/CauseCard';

interface Props {
  diagnosis?: DiagnosisResult;
  lastCheckAt?: number;
  eventCount: number;
  onOpen(id: CauseId): void;
}

/** The first screen: healthy or problems found, then all nine causes in rank order with their one-line why. */
export function CauseList({ diagnosis, lastCheckAt, eventCount, onOpen }: Props) {
  const causes: (Pick<Verdict, 'id' | 'status'> & { why: string })[] =
    diagnosis?.causes.map((c) => ({ id: c.id, status: c.status, why: whyText(c) })) ??
    CAUSE_IDS.map((id) => ({ id, status: 'unknown', why: t('popup.summary.reading') }));
  const likely = causes.filter((c) => c.status === 'likely').length;
  const possible = causes.filter((c) => c.status === 'possible').length;
  const healthy = diagnosis ? diagnosis.healthy : undefined;

  return (
    <section class="overview" aria-labelledby="summary-title">
      <div class={`summary ${healthy === undefined ? '' : healthy ? 'is-healthy' : 'is-problems'}`}>
        <h2 id="summary-title" data-summary={healthy === undefined ? 'loading' : healthy ? 'healthy' : 'problems'}>
          {healthy === undefined
            ? t('popup.summary.reading')
            : healthy
              ? t('popup.summary.healthy')
              : t('popup.summary.problems')}
        </h2>
        <p class="summary-detail">
          {healthy === undefined
            ? t('popup.summary.looking')
            : healthy
              ? t('popup.summary.healthyDetail')
              : t('popup.summary.startFirst', { counts: countsText(likely, possible) })}
        </p>
        <p class="summary-meta">
          {eventCount === 0 ? t('popup.summary.noEvents') : t('popup.summary.events', { count: eventCount })}
          {lastCheckAt ? '' : ` ${t('popup.summary.runHint')}`}
        </p>
      </div>
      <ol class="causes" aria-label={t('popup.causes.label')}>
        {causes.map((c) => (
          <CauseCard key={c.id} id={c.id} status={c.status} title={causeTitle(c.id)} why={c.why} onOpen={onOpen} />
        ))}
      </ol>
    </section>
  );
}

/** "2 likely causes, 1 possible": a unit list keeps the English comma and gives each language its own joiner. */
function countsText(likely: number, possible: number): string {
  const parts = [
    likely > 0 ? t('popup.summary.likely', { count: likely }) : '',
    possible > 0 ? t('popup.summary.possible', { count: possible }) : '',
  ].filter(Boolean);
  return new Intl.ListFormat(currentLocale(), { type: 'unit', style: 'short' }).format(parts);
}
