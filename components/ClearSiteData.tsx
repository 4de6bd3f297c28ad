import { useEffect, useRef, useState } from 'preact/hooks';
import { cookieFigures, type FigureRow, storageFigures } from '@/utils/background/site-data/format';
import { DATA_TYPE_LABELS, type SiteDataType } from '@/utils/background/site-data/options';
import type { ClearPlan } from '@/utils/background/site-data/plan';
import { isSellerHost } from '@/utils/facts/hosts';
import { currentLocale, t } from '@/utils/i18n/translate';
import { sendMessage } from '@/utils/messages';
import type { ClearRecord } from '@/utils/model';
import './dialog.css';
import './ClearSiteData.css';

type Step =
  | { name: 'closed' }
  | { name: 'confirm' }
  | { name: 'busy' }
  | { name: 'result'; record: ClearRecord; reloaded?: number | 'failed' };

const hostOf = (origin: string) => new URL(origin).hostname;
const typeLabel = (type: string) => {
  const key = DATA_TYPE_LABELS[type as SiteDataType];
  return key ? t(key) : type;
};
/** "cached files, IndexedDB databases, …": a unit list keeps the English commas, each language its own joiner. */
const listTypes = (types: readonly string[]) =>
  new Intl.ListFormat(currentLocale(), { type: 'unit', style: 'short' }).format(types.map(typeLabel));

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
      const error = t('popup.clear.startFailed', { error: err instanceof Error ? err.message : String(err) });
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
        {t('popup.clear.button')}
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
            <h2 id="csd-title">{t('popup.clear.title')}</h2>
            <Confirmation plan={plan} includeCookies={includeCookies} />
            <label class="csd-cookies">
              <input
                type="checkbox"
                data-option="include-cookies"
                checked={includeCookies}
                disabled={busy}
                onChange={(e) => setIncludeCookies(e.currentTarget.checked)}
              />{' '}
              {t('popup.clear.cookies')} <strong>{t('popup.clear.signsOut')}</strong>
            </label>
            {busy && (
              <p role="status" class="csd-busy">
                {t('popup.clear.busy')}
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
                {busy ? t('popup.clear.clearing') : t('popup.clear.now')}
              </button>
              <button
                type="button"
                data-action="cancel-clear"
                onClick={() => setStep({ name: 'closed' })}
                disabled={busy}
              >
                {t('popup.cancel')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}

function Confirmation({ plan, includeCookies }: { plan?: ClearPlan; includeCookies: boolean }) {
  if (!plan) return <p id="csd-what">{t('popup.clear.finding')}</p>;
  const { origins, types, unsupported, platform } = plan;
  return (
    <div id="csd-what">
      <p>{t('popup.clear.only')}</p>
      <ul class="csd-origins">
        {origins.seller.map((o) => (
          <li key={o}>{hostOf(o)}</li>
        ))}
        {origins.loaded.map((o) => (
          <li key={o}>
            {hostOf(o)} <span class="csd-note">{t('popup.clear.loadedBy')}</span>
          </li>
        ))}
      </ul>
      <p>
        <strong>{t('popup.clear.clearedLabel')}</strong>{' '}
        {t('popup.clear.clearedList', { types: listTypes(includeCookies ? [...types, 'cookies'] : types) })}
      </p>
      {unsupported.length > 0 && <p>{t('popup.clear.unsupported', { types: listTypes(unsupported) })}</p>}
      <p>
        <strong>{t('popup.clear.notTouchedLabel')}</strong>{' '}
        {includeCookies ? t('popup.clear.notTouched') : t('popup.clear.notTouchedKeep')}
      </p>
      {includeCookies && (
        <p class="csd-warn">
          {platform === 'firefox'
            ? t('popup.clear.warnFirefox')
            : t('popup.clear.warnDomains', { domains: origins.cookieDomains.join(', ') })}
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
          <th scope="col">{t('popup.clear.before')}</th>
          <th scope="col">{t('popup.clear.after')}</th>
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
        {record.ok ? t('popup.clear.done') : t('popup.clear.notDone')}
      </h2>
      {record.error && <p class="csd-error">{record.error}</p>}
      {record.ok && (
        <p>
          {t('popup.clear.removed', {
            types: listTypes(record.dataTypes),
            count: record.origins.length,
            seconds: record.durationMs < 100 ? t('popup.clear.underTenth') : seconds(record.durationMs),
          })}
          {!record.includeCookies && ` ${t('popup.clear.cookiesKept')}`}
        </p>
      )}
      {record.unsupported && record.unsupported.length > 0 && (
        <p>{t('popup.clear.notSupported', { types: listTypes(record.unsupported) })}</p>
      )}
      {storageFigures(record, sellerOrigins).map((f) => (
        <section key={f.origin} class="csd-origin">
          <h3>{hostOf(f.origin)}</h3>
          {f.rows ? <Figures rows={f.rows} /> : <p class="csd-note">{t('popup.clear.notMeasuredTab')}</p>}
        </section>
      ))}
      {cookies && (
        <section class="csd-origin">
          <h3>{t('popup.clear.cookiesHeading')}</h3>
          <Figures rows={[cookies]} />
        </section>
      )}
      <div class="csd-actions">
        {record.ok && (
          <button type="button" data-action="reload-seller-tabs" onClick={props.onReload}>
            {t('popup.clear.reload')}
          </button>
        )}
        <button type="button" data-action="close-clear" onClick={props.onClose}>
          {t('popup.close')}
        </button>
      </div>
      {reloaded !== undefined && (
        <p role="status">
          {reloaded === 'failed'
            ? t('popup.clear.reloadFailed')
            : reloaded === 0
              ? t('popup.clear.noTab')
              : t('popup.clear.reloaded', { count: reloaded })}
        </p>
      )}
    </div>
  );
}

const seconds = (ms: number) =>
  (ms / 1000).toLocaleString(currentLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
