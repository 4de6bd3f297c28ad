import { useState } from 'preact/hooks';
import { type ClockCheckResult, checkClock } from '@/utils/api-doctor/clock-check';
import { dx } from '@/utils/diagnosis/message';
import { renderMessage } from '@/utils/diagnosis/render';
import { variantEntry } from '@/utils/facts/error-catalog';
import { API_HOST } from '@/utils/facts/hosts';
import { formatNumber } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';
import { LevelBadge, Ticks } from './Findings';
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
      setResult({ ok: false, outcome: 'skip', summary: dx('apidoc.clock.failed', { error: String(err) }) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="ad-card" aria-labelledby="ad-clock-h" data-section="clock">
      <h2 id="ad-clock-h">{t('apidoc.section.clock')}</h2>
      <p>
        <Ticks
          text={t('apidoc.clock.intro', { code: String(variantEntry('timestamp')?.code ?? ''), host: API_HOST })}
        />
      </p>
      <div class="ad-row">
        <button type="button" data-action="clock-check" onClick={run} disabled={running} aria-busy={running}>
          {running ? t('apidoc.clock.running') : t('apidoc.clock.run')}
        </button>
      </div>
      <div aria-live="polite">
        {result && (
          <div class="ad-result" data-clock-result={result.outcome} data-skew={result.metrics?.skewSeconds}>
            <p ref={heading} tabIndex={-1} class="ad-lead">
              <LevelBadge level={result.outcome === 'skip' ? 'info' : result.outcome} /> {renderMessage(result.summary)}
            </p>
            {result.metrics && (
              <dl class="ad-facts">
                <dt>{t('apidoc.clock.skew')}</dt>
                <dd>
                  {t('apidoc.clock.skewValue', {
                    skew: `${result.metrics.skewSeconds > 0 ? '+' : ''}${formatNumber(result.metrics.skewSeconds)}`,
                  })}
                </dd>
                <dt>{t('apidoc.clock.rtt')}</dt>
                <dd>{formatNumber(result.metrics.rttMs)} ms</dd>
                <dt>{t('apidoc.clock.serverTime')}</dt>
                <dd>{result.serverDate}</dd>
              </dl>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
