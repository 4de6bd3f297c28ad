import type { FindingLevel } from '@/utils/api-doctor/check-request';
import type { Explanation } from '@/utils/api-doctor/explain-response';
import type { Actor } from '@/utils/facts/error-codes.types';
import { LevelBadge, Ticks } from './Findings';

const LEVEL: Record<Explanation['status'], FindingLevel> = {
  ok: 'pass',
  explained: 'fail',
  unknown: 'warn',
  'not-real': 'warn',
  invalid: 'info',
};

const ACTOR: Record<Actor, string> = {
  seller: 'the seller, in Seller Center',
  integrator: 'the connected app or integration (its developer)',
  tiktok: 'TikTok (wait and retry)',
  support: 'TikTok support',
};

function Fact({ term, children, attr }: { term: string; children: preact.ComponentChildren; attr?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd {...(attr ? { [attr]: '' } : {})}>{children}</dd>
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
  return (
    <div
      class="ad-result"
      data-explanation={result.status}
      data-code={result.code}
      data-cause={result.cause}
      data-item={result.itemId}
    >
      <H ref={headingRef} tabIndex={-1}>
        <LevelBadge level={LEVEL[result.status]} /> <Ticks text={result.title} />
      </H>
      {result.status !== 'invalid' && (
        <dl class="ad-facts">
          {result.meaning && !result.title.includes(result.meaning) && (
            <Fact term="Meaning">
              <Ticks text={result.meaning} />
            </Fact>
          )}
          {result.itemId && <Fact term="Item">{result.itemId}</Fact>}
          {result.area && (
            <Fact term="Where to look" attr="data-area">
              {result.area}
              {result.cause && <span class="ad-muted"> (cause: {result.cause})</span>}
            </Fact>
          )}
          {result.family && <Fact term="Family">{result.family}</Fact>}
          {result.actor && <Fact term="Who acts">{ACTOR[result.actor]}</Fact>}
          {result.retry !== undefined && result.status === 'explained' && (
            <Fact term="Retry">
              {result.retry ? 'A later retry can succeed.' : 'Retrying the same request will fail again.'}
            </Fact>
          )}
          {result.httpStatus !== undefined && <Fact term="HTTP status">{result.httpStatus}</Fact>}
          {result.apiMessage && (
            <Fact term="TikTok's message">
              <q>{result.apiMessage}</q>
            </Fact>
          )}
          {result.requestId && (
            <Fact term="Request id">
              <code>{result.requestId}</code> <span class="ad-muted">(give it to support)</span>
            </Fact>
          )}
        </dl>
      )}
      {result.fix.length > 0 && (
        <>
          {level === 3 ? <h4>What to do</h4> : <h5>What to do</h5>}
          <ol class="ad-fix" data-fix>
            {result.fix.map((step) => (
              <li key={step}>
                <Ticks text={step} />
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
      {result.source && <p class="ad-source">Source: {result.source}</p>}
    </div>
  );
}
