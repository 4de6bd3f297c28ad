import { useEffect, useState } from 'preact/hooks';
import { clearReminder, loadReminder, saveReminder } from '@/utils/api-doctor/saved';
import {
  isoMinute,
  readTokenExpiry,
  reminderStatus,
  type TokenExpiryReport,
  type TokenReminder,
} from '@/utils/api-doctor/token-expiry';
import { t } from '@/utils/i18n/translate';
import { FindingList, LevelBadge, Ticks } from './Findings';
import { PasteBox } from './PasteBox';
import { useFocusOnChange } from './useFocusOnChange';

const example = () => {
  const s = Math.floor(Date.now() / 1000);
  return JSON.stringify(
    {
      code: 0,
      message: 'success',
      request_id: '202406121530450102451470530C0D7A3D',
      data: {
        access_token: 'ROW_(your token; you may delete it before pasting)',
        access_token_expire_in: s + 5 * 3600,
        refresh_token: 'ROW_(your refresh token)',
        refresh_token_expire_in: s + 20 * 86_400,
        open_id: '7010736057180325637',
        seller_name: 'Example Shop',
        seller_base_region: 'US',
      },
    },
    null,
    2,
  );
};

export function TokenExpiry() {
  const [text, setText] = useState('');
  const [report, setReport] = useState<TokenExpiryReport>();
  const [reminder, setReminder] = useState<TokenReminder>();
  const [status, setStatus] = useState('');
  const heading = useFocusOnChange<HTMLHeadingElement>(report);

  useEffect(() => {
    loadReminder().then(setReminder, () => setStatus(t('apidoc.token.readFailed')));
  }, []);

  const remember = async () => {
    if (!report?.reminder) return;
    try {
      setReminder(await saveReminder(report.reminder));
      setStatus(t('apidoc.token.saved'));
    } catch (err) {
      setStatus(t('apidoc.notSaved', { error: err instanceof Error ? err.message : String(err) }));
    }
  };
  const forget = async () => {
    await clearReminder();
    setReminder(undefined);
    setStatus(t('apidoc.token.removed'));
  };

  return (
    <section class="ad-card" aria-labelledby="ad-token-h" data-section="token">
      <h2 id="ad-token-h">{t('apidoc.section.token')}</h2>
      <PasteBox
        name="token"
        label={t('apidoc.token.label')}
        hint={t('apidoc.token.hint')}
        value={text}
        onInput={setText}
        onSubmit={() => setReport(readTokenExpiry(text))}
        submitLabel={t('apidoc.token.submit')}
        example={example()}
        rows={5}
      />
      <p class="ad-muted">
        <Ticks text={t('apidoc.token.note')} />
      </p>
      <div aria-live="polite">
        {report?.error && (
          <div class="ad-result" data-token-result="invalid">
            <h3 ref={heading} tabIndex={-1}>
              <LevelBadge level="info" /> {report.error}
            </h3>
          </div>
        )}
        {report && !report.error && (
          <div class="ad-result" data-token-result={worst(report)}>
            <h3 ref={heading} tabIndex={-1}>
              {report.sellerName ? t('apidoc.token.of', { name: report.sellerName }) : t('apidoc.token.dates')}
              {report.region ? ` (${report.region})` : ''}
            </h3>
            <FindingList
              name="token"
              items={report.fields.map((f) => ({
                id: f.field,
                level: f.level,
                title: f.title,
                detail: [
                  f.detail,
                  f.durationBugAt &&
                    t('apidoc.token.durationBug', { raw: String(f.raw), date: isoMinute(f.durationBugAt) }),
                ]
                  .filter(Boolean)
                  .join(' '),
              }))}
            />
            {report.notes.map((n) => (
              <p key={n} class="ad-muted">
                {n}
              </p>
            ))}
            {report.reminder && (
              <div class="ad-row">
                <button type="button" data-action="token-remember" onClick={remember}>
                  {t('apidoc.token.remember')}
                </button>
                <span class="ad-muted">
                  {t(report.sellerName ? 'apidoc.token.storesDatesAndName' : 'apidoc.token.storesDates')}
                </span>
              </div>
            )}
          </div>
        )}
      </div>
      {reminder && (
        <div class="ad-reminder" data-reminder>
          <h3>
            {reminder.sellerName
              ? t('apidoc.token.savedReminderOf', { name: reminder.sellerName })
              : t('apidoc.token.savedReminder')}
          </h3>
          <ul class="ad-findings">
            {reminderStatus(reminder).map((l) => (
              <li key={l.token} data-level={l.level}>
                <LevelBadge level={l.level} /> {l.text}
              </li>
            ))}
          </ul>
          <button type="button" class="ad-secondary" data-action="token-forget" onClick={forget}>
            {t('apidoc.token.forget')}
          </button>
        </div>
      )}
      <p class="ad-status" role="status">
        {status}
      </p>
    </section>
  );
}

function worst(report: TokenExpiryReport): string {
  const levels = report.fields.map((f) => f.level);
  return levels.includes('fail') ? 'fail' : levels.includes('warn') ? 'warn' : 'pass';
}
