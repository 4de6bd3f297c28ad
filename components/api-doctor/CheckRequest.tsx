import { useEffect, useRef, useState } from 'preact/hooks';
import { checkRequest, findingWords, type RequestCheck } from '@/utils/api-doctor/check-request';
import { renderMessage } from '@/utils/diagnosis/render';
import { t } from '@/utils/i18n/translate';
import { countByLevel, FindingList, LevelBadge } from './Findings';
import { PasteBox } from './PasteBox';
import { useFocusOnChange } from './useFocusOnChange';

const example = () => {
  const ts = Math.floor(Date.now() / 1000) - 420;
  return [
    `curl -X POST 'https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=6abc123def456&timestamp=${ts}&sign=9f2b7c1d0e4a&access_token=ROW_exampletokenexampletoken' \\`,
    `  -d '{"page_size": 20}'`,
  ].join('\n');
};

interface Props {
  /** this computer's clock minus TikTok's, when the clock check has run */
  skewSeconds?: number;
}

export function CheckRequest({ skewSeconds }: Props) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<RequestCheck & { skewSeconds?: number }>();
  // The text last checked, kept in memory only, to check again when the clock check measures the skew.
  const checked = useRef<string | undefined>(undefined);
  // Focus follows the seller's own submissions, not the re-check after a clock check.
  const [submissions, setSubmissions] = useState(0);
  const heading = useFocusOnChange<HTMLHeadingElement>(submissions);
  const run = (input: string) => {
    checked.current = input;
    setSubmissions((n) => n + 1);
    setResult({ ...checkRequest(input, { skewSeconds }), skewSeconds });
  };

  useEffect(() => {
    if (checked.current !== undefined && skewSeconds !== undefined) {
      setResult({ ...checkRequest(checked.current, { skewSeconds }), skewSeconds });
    }
  }, [skewSeconds]);

  // The findings in the reader's words, put into words at render time.
  const findings = result?.findings.map((f) => findingWords(f)) ?? [];
  return (
    <section class="ad-card" aria-labelledby="ad-request-h" data-section="request">
      <h2 id="ad-request-h">{t('apidoc.section.request')}</h2>
      <PasteBox
        name="request"
        label={t('apidoc.request.label')}
        hint={t('apidoc.request.hint')}
        value={text}
        onInput={setText}
        onSubmit={() => run(text)}
        submitLabel={t('apidoc.request.submit')}
        example={example()}
      />
      <div aria-live="polite">
        {result?.error && (
          <div class="ad-result" data-request-result="invalid">
            <h3 ref={heading} tabIndex={-1}>
              <LevelBadge level="info" /> {renderMessage(result.error)}
            </h3>
          </div>
        )}
        {result && !result.error && (
          <div class="ad-result" data-request-result={result.findings.some((f) => f.level === 'fail') ? 'fail' : 'ok'}>
            <h3 ref={heading} tabIndex={-1}>
              {countByLevel(findings)}
            </h3>
            <p class="ad-url">
              <span class="ad-method">{result.method}</span> <code>{result.displayUrl}</code>
            </p>
            {result.skewSeconds !== undefined && (
              <p class="ad-muted">
                {t(result.skewSeconds >= 0 ? 'apidoc.request.skewAhead' : 'apidoc.request.skewBehind', {
                  seconds: Math.abs(result.skewSeconds),
                })}
              </p>
            )}
            <FindingList items={findings} name="request" />
          </div>
        )}
      </div>
    </section>
  );
}
