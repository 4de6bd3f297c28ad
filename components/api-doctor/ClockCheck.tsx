import { useState } from 'preact/hooks';
import { type ClockCheckResult, checkClock } from '@/utils/api-doctor/clock-check';
import { variantEntry } from '@/utils/facts/error-catalog';
import { API_HOST } from '@/utils/facts/hosts';
import { LevelBadge } from './Findings';
import { useFocusOnChange } from './useFocusOnChange';

interface Props {
  onSkew: (skewSeconds: number) => void;
}

export function ClockCheck({ onSkew }: Props) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ClockCheckResult>();
  const heading = useFocusOnChange<HTMLParagraphElement>(result);

  const run = async () => {
    setRunning(true);
    try {
      const r = await checkClock();
      setResult(r);
      if (r.metrics) onSkew(r.metrics.skewSeconds);
    } catch (err) {
      setResult({ ok: false, outcome: 'skip', summary: `The clock check failed: ${String(err)}` });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="ad-card" aria-labelledby="ad-clock-h" data-section="clock">
      <h2 id="ad-clock-h">Clock check</h2>
      <p>
        TikTok refuses requests whose <code>timestamp</code> is more than 5 minutes behind or 30 seconds ahead of its
        clock (code {variantEntry('timestamp')?.code}). This compares this computer's clock with the <code>Date</code>{' '}
        header of {API_HOST}. Your server's clock matters too: run <code>date -u</code> there and compare.
      </p>
      <div class="ad-row">
        <button type="button" data-action="clock-check" onClick={run} disabled={running} aria-busy={running}>
          {running ? 'Checking…' : 'Check the clock now'}
        </button>
      </div>
      <div aria-live="polite">
        {result && (
          <div class="ad-result" data-clock-result={result.outcome} data-skew={result.metrics?.skewSeconds}>
            <p ref={heading} tabIndex={-1} class="ad-lead">
              <LevelBadge level={result.outcome === 'skip' ? 'info' : result.outcome} /> {result.summary}
            </p>
            {result.metrics && (
              <dl class="ad-facts">
                <dt>Skew</dt>
                <dd>
                  {result.metrics.skewSeconds > 0 ? '+' : ''}
                  {result.metrics.skewSeconds} s (positive: this computer is ahead; ±1 s, the header counts whole
                  seconds)
                </dd>
                <dt>Round trip</dt>
                <dd>{result.metrics.rttMs} ms</dd>
                <dt>Server time</dt>
                <dd>{result.serverDate}</dd>
              </dl>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
