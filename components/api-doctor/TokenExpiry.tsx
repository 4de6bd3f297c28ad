import { useEffect, useState } from 'preact/hooks';
import { clearReminder, loadReminder, saveReminder } from '@/utils/api-doctor/saved';
import {
  isoMinute,
  readTokenExpiry,
  reminderStatus,
  type TokenExpiryReport,
  type TokenReminder,
} from '@/utils/api-doctor/token-expiry';
import { FindingList, LevelBadge } from './Findings';
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
    loadReminder().then(setReminder, () => setStatus('The saved reminder could not be read.'));
  }, []);

  const remember = async () => {
    if (!report?.reminder) return;
    try {
      setReminder(await saveReminder(report.reminder));
      setStatus('Reminder saved: the dates only, no token.');
    } catch (err) {
      setStatus(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const forget = async () => {
    await clearReminder();
    setReminder(undefined);
    setStatus('Reminder removed.');
  };

  return (
    <section class="ad-card" aria-labelledby="ad-token-h" data-section="token">
      <h2 id="ad-token-h">Token expiry</h2>
      <PasteBox
        name="token"
        label="Token get or refresh response"
        hint="Paste the JSON answer of token/get or token/refresh. You may delete the tokens first: only the *_expire_in fields matter. Nothing you paste is stored."
        value={text}
        onInput={setText}
        onSubmit={() => setReport(readTokenExpiry(text))}
        submitLabel="Read the dates"
        example={example()}
        rows={5}
      />
      <p class="ad-muted">
        <code>access_token_expire_in</code> and <code>refresh_token_expire_in</code> are the moments the tokens stop
        working (Unix seconds), not durations. Code that adds them to the current time believes the token is good for
        decades, and then fails after 7 days.
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
              {report.sellerName ? `Tokens of ${report.sellerName}` : 'Token dates'}
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
                    `Code that treats ${f.raw} as a duration would compute ${isoMinute(f.durationBugAt)}: wrong.`,
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
                  Remember these dates on this computer
                </button>
                <span class="ad-muted">
                  Stores the dates{report.sellerName ? ' and the shop name' : ''}, never a token.
                </span>
              </div>
            )}
          </div>
        )}
      </div>
      {reminder && (
        <div class="ad-reminder" data-reminder>
          <h3>Saved reminder{reminder.sellerName ? `: ${reminder.sellerName}` : ''}</h3>
          <ul class="ad-findings">
            {reminderStatus(reminder).map((l) => (
              <li key={l.token} data-level={l.level}>
                <LevelBadge level={l.level} /> {l.text}
              </li>
            ))}
          </ul>
          <button type="button" class="ad-secondary" data-action="token-forget" onClick={forget}>
            Remove the reminder
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
