import { actorText, retryText } from '@/utils/api-doctor/catalog-words';
import type { FindingLevel } from '@/utils/api-doctor/check-request';
import type { Explanation } from '@/utils/api-doctor/explain-response';
import { causeTitle } from '@/utils/causes/titles';
import { currentLocale, t } from '@/utils/i18n/translate';
import { LevelBadge, Ticks } from './Findings';

const LEVEL: Record<Explanation['status'], FindingLevel> = {
  ok: 'pass',
  explained: 'fail',
  unknown: 'warn',
  'not-real': 'warn',
  invalid: 'info',
};

function Fact({ term, children, attr }: { term: string; children: preact.ComponentChildren; attr?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd {...(attr ? { [attr]: '' } : {})}>{children}</dd>
    </>
  );
}

/**
 * A text with the per-code text in it that is shown in English (the phrasebook lacks it) marked `lang="en"`, so a
 * screen reader does not read English with another language's voice.
 */
function Marked({ text, english }: { text: string; english: readonly string[] }) {
  const hit = currentLocale() === 'en' ? undefined : english.find((e) => e !== '' && text.includes(e));
  if (!hit) return <Ticks text={text} />;
  const at = text.indexOf(hit);
  return (
    <>
      <Ticks text={text.slice(0, at)} />
      <span lang="en">
        <Ticks text={hit} />
      </span>
      <Ticks text={text.slice(at + hit.length)} />
    </>
  );
}

/** One explained error (or success, or unreadable input), as the doctor shows it. */
export function ExplanationCard({
  result,
  headingRef,
  level = 3,
}: {
  result: Explanation;
  headingRef?: preact.Ref<HTMLHeadingElement>;
  level?: 3 | 4;
}) {
  const H = level === 3 ? 'h3' : 'h4';
  const english = result.untranslated ?? [];
  return (
    <div
      class="ad-result"
      data-explanation={result.status}
      data-code={result.code}
      data-cause={result.cause}
      data-item={result.itemId}
    >
      <H ref={headingRef} tabIndex={-1}>
        <LevelBadge level={LEVEL[result.status]} /> <Marked text={result.title} english={english} />
      </H>
      {result.status !== 'invalid' && (
        <dl class="ad-facts">
          {result.meaning && !result.title.includes(result.meaning) && (
            <Fact term={t('apidoc.explain.meaning')}>
              <Marked text={result.meaning} english={english} />
            </Fact>
          )}
          {result.itemId && <Fact term={t('apidoc.explain.item')}>{result.itemId}</Fact>}
          {result.area && (
            <Fact term={t('apidoc.explain.area')} attr="data-area">
              {result.area}
              {result.cause && (
                <span class="ad-muted"> {t('apidoc.explain.cause', { cause: causeTitle(result.cause) })}</span>
              )}
            </Fact>
          )}
          {result.family && <Fact term={t('apidoc.explain.family')}>{result.family}</Fact>}
          {result.actor && <Fact term={t('apidoc.explain.actor')}>{actorText(result.actor)}</Fact>}
          {result.retry !== undefined && result.status === 'explained' && (
            <Fact term={t('apidoc.explain.retry')}>{retryText(result.retry)}</Fact>
          )}
          {result.httpStatus !== undefined && <Fact term={t('apidoc.explain.httpStatus')}>{result.httpStatus}</Fact>}
          {result.apiMessage && (
            <Fact term={t('apidoc.explain.apiMessage')}>
              <q lang="en">{result.apiMessage}</q>
            </Fact>
          )}
          {result.requestId && (
            <Fact term={t('apidoc.explain.requestId')}>
              <code>{result.requestId}</code> <span class="ad-muted">{t('apidoc.explain.forSupport')}</span>
            </Fact>
          )}
        </dl>
      )}
      {result.fix.length > 0 && (
        <>
          {level === 3 ? <h4>{t('apidoc.explain.whatToDo')}</h4> : <h5>{t('apidoc.explain.whatToDo')}</h5>}
          <ol class="ad-fix" data-fix>
            {result.fix.map((step) => (
              <li key={step}>
                <Marked text={step} english={english} />
              </li>
            ))}
          </ol>
        </>
      )}
      {result.notes.length > 0 && (
        <ul class="ad-notes">
          {result.notes.map((n) => (
            <li key={n}>
              <Ticks text={n} />
            </li>
          ))}
        </ul>
      )}
      {result.source && <p class="ad-source">{t('apidoc.explain.source', { source: result.source })}</p>}
    </div>
  );
}
