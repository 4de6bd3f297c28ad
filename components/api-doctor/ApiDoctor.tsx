import { useState } from 'preact/hooks';
import { CheckRequest } from './CheckRequest';
import { ClockCheck } from './ClockCheck';
import { ContingencyPlan } from './ContingencyPlan';
import { ExplainResponse } from './ExplainResponse';
import { LatencyTable } from './LatencyTable';
import { TokenExpiry } from './TokenExpiry';
import '../tokens.css';
import './api-doctor.css';

const SECTIONS = [
  ['explain', 'Explain a response'],
  ['request', 'Check a request'],
  ['clock', 'Clock check'],
  ['token', 'Token expiry'],
  ['latency', 'Latency'],
  ['plan', 'Contingency plan'],
] as const;

/** The API connection doctor: for sellers whose store system or connector app talks to the Partner API. */
export function ApiDoctor() {
  const [skewSeconds, setSkewSeconds] = useState<number>();
  return (
    <div class="ad-page" data-api-doctor>
      <header class="ad-header">
        <h1>API connection doctor</h1>
        <p>
          For store systems and connector apps that talk to the TikTok Shop Partner API. Paste what your system sent or
          received; the doctor explains it here, on this computer. Nothing you paste is stored or sent anywhere, and it
          never asks for your app secret.
        </p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#ad-${id}`}>{label}</a>
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
