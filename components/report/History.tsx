/** report.html's last section: the walks the seller took and the site data they cleared. */
import { readableTime as t } from '@/utils/bundle/html';
import type { DiagnosisJson } from '@/utils/bundle/types';

export function History({ d }: { d: DiagnosisJson }) {
  const { sessions, clears } = d.history;
  if (d.sections.omitted.includes('history')) {
    return (
      <section id="history">
        <h2>What the seller already tried</h2>
        <p class="note">Left out by the seller.</p>
      </section>
    );
  }
  return (
    <section id="history">
      <h2>What the seller already tried</h2>
      {sessions.length ? (
        <>
          <h3>Troubleshooting sessions</h3>
          <ul class="history">
            {sessions.map((x) => (
              <li>
                <strong>{t(x.startedAt)}</strong>: {x.topCause ? `looked at ${x.topCause}` : 'troubleshooting'}, outcome{' '}
                <em>{x.outcome}</em>
                {x.recoveryMs !== undefined ? `, fixed after ${Math.round(x.recoveryMs / 60_000)} min` : ''}
                {x.answers.length > 0 && (
                  <ul>
                    {x.answers.map((a) => (
                      <li>
                        asked <code>{a.questionId}</code>: {a.answer}
                      </li>
                    ))}
                  </ul>
                )}
                {x.steps.length > 0 && (
                  <ul>
                    {x.steps.map((st) => (
                      <li>
                        {t(st.at)} did <code>{st.stepId}</code>
                        {st.note ? `: ${st.note}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="note">No troubleshooting sessions recorded.</p>
      )}
      {clears.length > 0 && (
        <>
          <h3>Site data cleared</h3>
          <ul class="history">
            {clears.map((x) => (
              <li>
                {t(x.at)}: cleared site data of {x.origins.join(', ') || 'Seller Center'} ({x.dataTypes.join(', ')};{' '}
                {x.includeCookies ? 'cookies included' : 'cookies kept'}): {x.ok ? 'done' : `failed ${x.error ?? ''}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
