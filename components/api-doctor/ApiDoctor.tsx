import { useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/keys';
import { t } from '@/utils/i18n/translate';
import { CheckRequest } from './CheckRequest';
import { ClockCheck } from './ClockCheck';
import { ContingencyPlan } from './ContingencyPlan';
import { ExplainResponse } from './ExplainResponse';
import { LatencyTable } from './LatencyTable';
import { TokenExpiry } from './TokenExpiry';
import '../tokens.css';
import './api-doctor.css';

const SECTIONS: readonly (readonly [string, MessageKey])[] = [
  ['explain', 'apidoc.section.explain'],
  ['request', 'apidoc.section.request'],
  ['clock', 'apidoc.section.clock'],
  ['token', 'apidoc.section.token'],
  ['latency', 'apidoc.nav.latency'],
  ['plan', 'apidoc.section.plan'],
];

/** The API connection doctor: for sellers whose store system or connector app talks to the Partner API. */
export function ApiDoctor() {
  const [skewSeconds, setSkewSeconds] = useState<number>();
  return (
    <div class="ad-page" data-api-doctor>
      <header class="ad-header">
        <h1>{t('apidoc.title')}</h1>
        <p>{t('apidoc.intro')}</p>
        <nav aria-label={t('apidoc.nav.label')}>
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#ad-${id}`}>{t(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <div id="ad-explain">
          <ExplainResponse />
        </div>
        <div id="ad-request">
          <CheckRequest skewSeconds={skewSeconds} />
        </div>
        <div id="ad-clock">
          <ClockCheck onSkew={setSkewSeconds} />
        </div>
        <div id="ad-token">
          <TokenExpiry />
        </div>
        <div id="ad-latency">
          <LatencyTable />
        </div>
        <div id="ad-plan">
          <ContingencyPlan />
        </div>
      </main>
    </div>
  );
}
