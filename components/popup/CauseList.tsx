import { causeTitle } from '@/utils/causes/titles';
import type { DiagnosisResult, Verdict } from '@/utils/diagnosis';
import { whyText } from '@/utils/diagnosis/render';
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
    CAUSE_IDS.map((id) => ({ id, status: 'unknown', why: 'Reading history…' }));
  const likely = causes.filter((c) => c.status === 'likely').length;
  const possible = causes.filter((c) => c.status === 'possible').length;
  const healthy = diagnosis ? diagnosis.healthy : undefined;

  return (
    <section class="overview" aria-labelledby="summary-title">
      <div class={`summary ${healthy === undefined ? '' : healthy ? 'is-healthy' : 'is-problems'}`}>
        <h2 id="summary-title" data-summary={healthy === undefined ? 'loading' : healthy ? 'healthy' : 'problems'}>
          {healthy === undefined ? 'Reading history…' : healthy ? 'Healthy' : 'Problems found'}
        </h2>
        <p class="summary-detail">
          {healthy === undefined
            ? 'Looking at what your Seller Center tabs recorded.'
            : healthy
              ? 'Nothing points at a problem. Pick a cause below to check it by hand.'
              : [
                  likely > 0 ? `${likely} likely ${likely === 1 ? 'cause' : 'causes'}` : '',
                  possible > 0 ? `${possible} possible` : '',
                ]
                  .filter(Boolean)
                  .join(', ')
                  .concat('. Start with the first one.')}
        </p>
        <p class="summary-meta">
          {eventCount === 0
            ? 'No errors recorded by Seller Center tabs in the last 24 h.'
            : `${eventCount} kinds of error recorded by Seller Center tabs in the last 24 h.`}
          {lastCheckAt ? '' : ' Run checks to test the connection, clock, cookies and browser.'}
        </p>
      </div>
      <ol class="causes" aria-label="Causes, most likely first">
        {causes.map((c) => (
          <CauseCard key={c.id} id={c.id} status={c.status} title={causeTitle(c.id)} why={c.why} onOpen={onOpen} />
        ))}
      </ol>
    </section>
  );
}
