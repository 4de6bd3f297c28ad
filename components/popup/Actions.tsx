/** The action bar: run checks, clear site data, export the bundle, and the API connection doctor. */
import { browser } from 'wxt/browser';
import { ClearSiteData } from '../ClearSiteData';
import { ExportBundle } from '../ExportBundle';
import type { Phase } from './useDiagnosis';

interface Props {
  phase: Phase;
  onRunChecks(): void;
  onCleared(): void;
}

export function openApiDoctor(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/api-doctor.html') });
}

export function Actions({ phase, onRunChecks, onCleared }: Props) {
  const running = phase === 'running';
  return (
    <section class="actions" aria-label="Actions">
      <button
        type="button"
        class="primary run"
        data-action="run-checks"
        onClick={onRunChecks}
        disabled={running}
        aria-describedby="run-hint"
      >
        {running ? 'Running checks…' : 'Run checks'}
      </button>
      <span id="run-hint" class="sr-only">
        Tests the connection to TikTok, the clock, cookies, storage, browser version and region.
      </span>
      <div class="more-actions">
        <ClearSiteData onDone={onCleared} />
        <ExportBundle />
        <button type="button" class="link" data-action="open-api-doctor" onClick={openApiDoctor}>
          API connection doctor ↗
        </button>
      </div>
    </section>
  );
}
