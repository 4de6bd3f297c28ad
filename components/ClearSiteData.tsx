import { useEffect, useRef, useState } from 'preact/hooks';
import { cookieFigures, type FigureRow, storageFigures } from '@/utils/background/site-data/format';
import { DATA_TYPE_LABELS, type SiteDataType } from '@/utils/background/site-data/options';
import type { ClearPlan } from '@/utils/background/site-data/plan';
import { isSellerHost } from '@/utils/facts/hosts';
import { sendMessage } from '@/utils/messages';
import type { ClearRecord } from '@/utils/model';
import './ClearSiteData.css';

type Step =
  | { name: 'closed' }
  | { name: 'confirm' }
  | { name: 'busy' }
  | { name: 'result'; record: ClearRecord; reloaded?: number | 'failed' };

const hostOf = (origin: string) => new URL(origin).hostname;
const listTypes = (types: readonly string[]) => types.map((t) => DATA_TYPE_LABELS[t as SiteDataType] ?? t).join(', ');

/** One safe click: a confirmation that names what goes and what stays, then before/after figures. */
export function ClearSiteData({ onDone }: { onDone?: (record: ClearRecord) => void }) {
  const [step, setStep] = useState<Step>({ name: 'closed' });
  const [plan, setPlan] = useState<ClearPlan>();
  const [includeCookies, setIncludeCookies] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (step.name === 'closed' && el.open) el.close();
    if (step.name !== 'closed' && !el.open) el.showModal();
  }, [step.name]);

  const open = () => {
    setIncludeCookies(false);
    setPlan(undefined);
    setStep({ name: 'confirm' });
    sendMessage('site-data/plan', {}).then(setPlan, () => setPlan(undefined));
  };

  const confirm = async () => {
    setStep({ name: 'busy' });
    try {
      const record = await sendMessage('site-data/clear', { includeCookies });
      setStep({ name: 'result', record });
      onDone?.(record);
    } catch (err) {
      const error = `The extension could not start the clear (${err instanceof Error ? err.message : String(err)}).`;
      const record: ClearRecord = {
        at: Date.now(),
        ok: false,
        origins: plan?.origins.all ?? [],
        includeCookies,
        dataTypes: [],
        error,
        durationMs: 0,
      };
      setStep({ name: 'result', record });
    }
  };

  const reload = async () => {
    if (step.name !== 'result') return;
    const reloaded = await sendMessage('tabs/reload-seller', {}).then(
      (r) => r.reloaded,
      () => 'failed' as const,
    );
    setStep({ ...step, reloaded });
  };

  const busy = step.name === 'busy';
  return (
    <>
      <button type="button" data-action="clear-site-data" onClick={open} disabled={busy}>
        Clear Seller Center site data
      </button>
      <dialog
        ref={dialog}
        class="csd"
        aria-labelledby="csd-title"
        aria-describedby="csd-what"
        aria-busy={busy}
        onCancel={(e) => (busy ? e.preventDefault() : setStep({ name: 'closed' }))}
        onClose={() => !busy && setStep({ name: 'closed' })}
      >
        {step.name === 'result' ? (
          <Result
            record={step.record}
            reloaded={step.reloaded}
            onReload={reload}
            onClose={() => setStep({ name: 'closed' })}
          />
        ) : (
          <>
            <h2 id="csd-title">Clear Seller Center site data?</h2>
            <Confirmation plan={plan} includeCookies={includeCookies} />
            <label class="csd-cookies">
              <input
                type="checkbox"
                data-option="include-cookies"
                checked={includeCookies}
                disabled={busy}
                onChange={(e) => setIncludeCookies(e.currentTarget.checked)}
              />{' '}
              Also clear cookies. <strong>This signs you out</strong> of Seller Center and TikTok.
            </label>
            {busy && (
              <p role="status" class="csd-busy">
                Clearing… this can take a few seconds.
              </p>
            )}
            <div class="csd-actions">
              <button
                type="button"
                data-action="confirm-clear"
                class="csd-danger"
                onClick={confirm}
                disabled={busy || !plan}
              >
                {busy ? 'Clearing…' : 'Clear now'}
              </button>
              <button
                type="button"
                data-action="cancel-clear"
                onClick={() => setStep({ name: 'closed' })}
                disabled={busy}
              >
                Cancel
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}

function Confirmation({ plan, includeCookies }: { plan?: ClearPlan; includeCookies: boolean }) {
  if (!plan) return <p id="csd-what">Finding your Seller Center sites…</p>;
  const { origins, types, unsupported, platform } = plan;
  return (
    <div id="csd-what">
      <p>Only these sites, in this browser:</p>
      <ul class="csd-origins">
        {origins.seller.map((o) => (
          <li key={o}>{hostOf(o)}</li>
        ))}
        {origins.loaded.map((o) => (
          <li key={o}>
            {hostOf(o)} <span class="csd-note">(loaded by Seller Center)</span>
          </li>
        ))}
      </ul>
      <p>
        <strong>Cleared:</strong> {listTypes(types)}
        {includeCookies && ', cookies'}.
      </p>
      {unsupported.length > 0 && (
        <p>This browser cannot clear {listTypes(unsupported)} for single sites, so they stay.</p>
      )}
      <p>
        <strong>Not touched:</strong> every other site, your passwords and history
        {includeCookies ? '.' : ', and your cookies: you stay signed in.'}
      </p>
      {includeCookies && (
        <p class="csd-warn">
          {platform === 'firefox'
            ? 'Cookies of the sites above go, so you will have to sign in again.'
            : `Browsers remove cookies per domain: all cookies of ${origins.cookieDomains.join(', ')} and their subdomains go, so you will have to sign in again.`}
        </p>
      )}
    </div>
  );
}

function Figures({ rows }: { rows: FigureRow[] }) {
  return (
    <table class="csd-figures">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.before}</td>
            <td>{r.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Result(props: {
  record: ClearRecord;
  reloaded?: number | 'failed';
  onReload: () => void;
  onClose: () => void;
}) {
  const { record, reloaded } = props;
  const sellerOrigins = record.origins.filter((o) => isSellerHost(hostOf(o)));
  const heading = useRef<HTMLHeadingElement>(null);
  // The confirm button is gone: move focus to the outcome so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  const cookies = cookieFigures(record);
  return (
    <div data-clear-result={record.ok ? 'done' : 'failed'}>
      <h2 id="csd-title" tabIndex={-1} ref={heading}>
        {record.ok ? 'Site data cleared' : 'Site data not cleared'}
      </h2>
      {record.error && <p class="csd-error">{record.error}</p>}
      {record.ok && (
        <p>
          Removed {listTypes(record.dataTypes)} of {record.origins.length} TikTok site
          {record.origins.length === 1 ? '' : 's'} in{' '}
          {record.durationMs < 100 ? 'under 0.1' : (record.durationMs / 1000).toFixed(1)} s.
          {!record.includeCookies && ' Cookies kept: you stay signed in.'}
        </p>
      )}
      {record.unsupported && record.unsupported.length > 0 && (
        <p>Not supported by this browser for single sites, so not cleared: {listTypes(record.unsupported)}.</p>
      )}
      {storageFigures(record, sellerOrigins).map((f) => (
        <section key={f.origin} class="csd-origin">
          <h3>{hostOf(f.origin)}</h3>
          {f.rows ? (
            <Figures rows={f.rows} />
          ) : (
            <p class="csd-note">Not measured: no open tab of this site answered.</p>
          )}
        </section>
      ))}
      {cookies && (
        <section class="csd-origin">
          <h3>Cookies</h3>
          <Figures rows={[cookies]} />
        </section>
      )}
      <div class="csd-actions">
        {record.ok && (
          <button type="button" data-action="reload-seller-tabs" onClick={props.onReload}>
            Reload Seller Center tabs
          </button>
        )}
        <button type="button" data-action="close-clear" onClick={props.onClose}>
          Close
        </button>
      </div>
      {reloaded !== undefined && (
        <p role="status">
          {reloaded === 'failed'
            ? 'Could not reload the tabs; reload them yourself.'
            : reloaded === 0
              ? 'No Seller Center tab is open.'
              : `Reloaded ${reloaded} Seller Center tab${reloaded === 1 ? '' : 's'}.`}
        </p>
      )}
    </div>
  );
}
