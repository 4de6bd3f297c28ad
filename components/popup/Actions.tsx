/** The action bar: run checks, clear site data, export the bundle, and the API connection doctor. */
import { formatAgo } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';
import type { ClearRecord } from '@/utils/model';
import { lazy } from './lazy';
import type { Phase } from './useDiagnosis';

// The export's dialog loads after the first screen (the background builds the bundle: utils/bundle/export.ts).
export const ExportBundle = lazy(
  () => import('../ExportBundle').then((m) => m.ExportBundle),
  () => (
    <button type="button" data-action="export-bundle" disabled>
      {t('popup.export.button')}
    </button>
  ),
);

export const ClearSiteData = lazy<{ onDone?: (record: ClearRecord) => void }>(
  () => import('../ClearSiteData').then((m) => m.ClearSiteData),
  () => (
    <button type="button" data-action="clear-site-data" disabled>
      {t('popup.clear.button')}
    </button>
  ),
);

/** Opens the API connection doctor in a tab; the browser API wrapper loads on first use. */
export async function openApiDoctor(): Promise<void> {
  const { browser } = await import('wxt/browser');
  await browser.tabs.create({ url: browser.runtime.getURL('/api-doctor.html') });
}

/** Run checks: in the header, so that it is at hand in every view (fix checks ask for it). */
export function RunChecks({ phase, lastCheckAt, onRun }: { phase: Phase; lastCheckAt?: number; onRun(): void }) {
  const running = phase === 'running';
  return (
    <div class="check-row">
      <span class="check-meta" id="run-hint">
        {running
          ? t('popup.checks.testing')
          : lastCheckAt
            ? t('popup.checks.ran', { ago: formatAgo(lastCheckAt) })
            : t('popup.checks.never')}
      </span>
      <button
        type="button"
        class="primary run"
        data-action="run-checks"
        onClick={onRun}
        disabled={running}
        aria-describedby="run-hint"
      >
        {running ? t('popup.checks.running') : t('popup.checks.run')}
      </button>
    </div>
  );
}

/** The other actions, after the content: clear site data, export the bundle, the API connection doctor. */
export function Actions({ onCleared }: { onCleared(): void }) {
  return (
    <section class="actions" aria-label={t('popup.actions')}>
      <ClearSiteData onDone={onCleared} />
      <ExportBundle />
      <button type="button" class="link" data-action="open-api-doctor" onClick={() => void openApiDoctor()}>
        {t('popup.apiDoctor')}
      </button>
    </section>
  );
}
