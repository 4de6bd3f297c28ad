import { useState } from 'preact/hooks';
import { type ExplainReport, explainPaste } from '@/utils/api-doctor/explain-paste';
import { variantEntry } from '@/utils/facts/error-catalog';
import { loadPhrasebook } from '@/utils/i18n/phrasebook';
import { currentLocale, t } from '@/utils/i18n/translate';
import { ExplanationCard } from './ExplanationCard';
import { PasteBox } from './PasteBox';
import { useFocusOnChange } from './useFocusOnChange';

const SAMPLE = variantEntry('timestamp');
/** A real-shaped envelope built from the catalog (its timestamp variant of the credentials code). */
const EXAMPLE = JSON.stringify(
  {
    code: SAMPLE?.code,
    message: SAMPLE?.message,
    request_id: '202406121530450102451470530C0D7A3D',
    data: null,
  },
  null,
  2,
);

export function ExplainResponse() {
  const [text, setText] = useState('');
  const [report, setReport] = useState<ExplainReport>();
  const heading = useFocusOnChange<HTMLHeadingElement>(report);

  return (
    <section class="ad-card" aria-labelledby="ad-explain-h" data-section="explain">
      <h2 id="ad-explain-h">{t('apidoc.section.explain')}</h2>
      <PasteBox
        name="response"
        label={t('apidoc.explain.label')}
        hint={t('apidoc.explain.hint')}
        value={text}
        onInput={setText}
        onSubmit={() => {
          // The codes' own meanings and steps in the reader's language: fetched at the first explanation, once.
          void loadPhrasebook(currentLocale()).then((phrases) => setReport(explainPaste(text, phrases)));
        }}
        submitLabel={t('apidoc.explain.submit')}
        example={EXAMPLE}
      />
      <div aria-live="polite">
        {report && report.items.length === 1 && report.items[0] && (
          <ExplanationCard result={report.items[0]} headingRef={heading} />
        )}
        {report && report.items.length > 1 && (
          <div class="ad-results" data-explanations={report.items.length}>
            <h3 ref={heading} tabIndex={-1}>
              {report.summary}
            </h3>
            <ol class="ad-result-list">
              {report.items.map((item, i) => (
                <li key={`${i}-${item.code}`}>
                  <ExplanationCard result={item} level={4} />
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
