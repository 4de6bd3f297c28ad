/** report.html's last section: the walks the seller took and the site data they cleared. */
import { readableTime as stamp } from '@/utils/bundle/html';
import { sessionOutcomeText } from '@/utils/bundle/report-data';
import type { DiagnosisJson } from '@/utils/bundle/types';
import { formatDuration, formatList } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';
import { Rich } from './Rich';

export function History({ d }: { d: DiagnosisJson }) {
  const { sessions, clears } = d.history;
  if (d.sections.omitted.includes('history')) {
    return (
      <section id="history">
        <h2>{t('report.history.title')}</h2>
        <p class="note">{t('report.omitted')}</p>
      </section>
    );
  }
  return (
    <section id="history">
      <h2>{t('report.history.title')}</h2>
      {sessions.length ? (
        <>
          <h3>{t('report.history.sessions')}</h3>
          <ul class="history">
            {sessions.map((x) => (
              <li>
                <strong>{stamp(x.startedAt)}</strong>:{' '}
                <Rich
                  text={t(x.topCause ? 'report.history.lookedAt' : 'report.history.troubleshooting')}
                  params={{ cause: x.topCause ?? '', outcome: sessionOutcomeText(x.outcome) }}
                />
                {x.recoveryMs !== undefined
                  ? `, ${t('report.history.fixedAfter', { duration: formatDuration(x.recoveryMs) })}`
                  : ''}
                {x.answers.length > 0 && (
                  <ul>
                    {x.answers.map((a) => (
                      <li>
                        <Rich
                          text={t('report.history.asked')}
                          code={{ question: a.questionId }}
                          params={{ answer: a.answer }}
                        />
                      </li>
                    ))}
                  </ul>
                )}
                {x.steps.length > 0 && (
                  <ul>
                    {x.steps.map((st) => (
                      <li>
                        <Rich
                          text={t('report.history.did')}
                          code={{ step: st.stepId }}
                          params={{ time: stamp(st.at) }}
                        />
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
        <p class="note">{t('report.history.none')}</p>
      )}
      {clears.length > 0 && (
        <>
          <h3>{t('report.history.cleared')}</h3>
          <ul class="history">
            {clears.map((x) => (
              <li>
                {t('report.history.clear', {
                  time: stamp(x.at),
                  origins: x.origins.join(', ') || 'Seller Center',
                  types: formatList(x.dataTypes),
                  cookies: t(x.includeCookies ? 'report.cookies.included' : 'report.cookies.kept'),
                  result: x.ok ? t('report.result.done') : t('report.result.failed', { error: x.error ?? '' }).trim(),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
