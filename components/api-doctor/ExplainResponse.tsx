import { useState } from 'preact/hooks';
import type { FindingLevel } from '@/utils/api-doctor/check-request';
import { type Explanation, explainResponse } from '@/utils/api-doctor/explain-response';
import { LevelBadge, Ticks } from './Findings';
import { PasteBox } from './PasteBox';
import { useFocusOnChange } from './useFocusOnChange';

const EXAMPLE = JSON.stringify(
  {
    code: 36009004,
    message:
      'Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes before the current time.',
    request_id: '202406121530450102451470530C0D7A3D',
    data: null,
  },
  null,
  2,
);

const LEVEL: Record<Explanation['status'], FindingLevel> = {
  ok: 'pass',
  explained: 'fail',
  unknown: 'warn',
  'not-real': 'warn',
  invalid: 'info',
};

export function ExplainResponse() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Explanation>();
  const heading = useFocusOnChange<HTMLHeadingElement>(result);

  return (
    <section class="ad-card" aria-labelledby="ad-explain-h" data-section="explain">
      <h2 id="ad-explain-h">Explain a response</h2>
      <PasteBox
        name="response"
        label="Partner API response, error code or HTTP status"
        hint='Paste the JSON body ({"code": …, "message": …, "request_id": …}), a whole HTTP response, a log line, or just a code such as 105002 or a status such as 401.'
        value={text}
        onInput={setText}
        onSubmit={() => setResult(explainResponse(text))}
        submitLabel="Explain"
        example={EXAMPLE}
      />
      <div aria-live="polite">
        {result && (
          <div class="ad-result" data-explanation={result.status} data-code={result.code} data-cause={result.cause}>
            <h3 ref={heading} tabIndex={-1}>
              <LevelBadge level={LEVEL[result.status]} /> <Ticks text={result.title} />
            </h3>
            {result.status !== 'invalid' && (
              <dl class="ad-facts">
                {result.meaning && !result.title.includes(result.meaning) && (
                  <>
                    <dt>Meaning</dt>
                    <dd>
                      <Ticks text={result.meaning} />
                    </dd>
                  </>
                )}
                {result.area && (
                  <>
                    <dt>Where to look</dt>
                    <dd data-area>
                      {result.area}
                      {result.cause && <span class="ad-muted"> (cause: {result.cause})</span>}
                    </dd>
                  </>
                )}
                {result.httpStatus !== undefined && (
                  <>
                    <dt>HTTP status</dt>
                    <dd>{result.httpStatus}</dd>
                  </>
                )}
                {result.apiMessage && (
                  <>
                    <dt>TikTok's message</dt>
                    <dd>
                      <q>{result.apiMessage}</q>
                    </dd>
                  </>
                )}
                {result.requestId && (
                  <>
                    <dt>Request id</dt>
                    <dd>
                      <code>{result.requestId}</code> <span class="ad-muted">(give it to support)</span>
                    </dd>
                  </>
                )}
              </dl>
            )}
            {result.fix.length > 0 && (
              <>
                <h4>What to do</h4>
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
        )}
      </div>
    </section>
  );
}
