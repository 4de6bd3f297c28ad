import { render } from 'preact';
import { App } from '@/components/App';
import { activateLanguage } from '@/utils/i18n/load';
import { t } from '@/utils/i18n/translate';
import { askDiagnosis } from '@/utils/store/client';
import { takeEarlyRead } from '@/utils/store/early-read';
import '@/components/tokens.css';
import './style.css';

// The first read is one message to the background (which owns the store and ranks the evidence): sent by
// popup-wake.js before these modules loaded (else here), before the language loads and the first render, so the
// worker wakes, reads and ranks while the dictionary is fetched and Preact renders the shell. No walk is open yet:
// no answers.
const first = takeEarlyRead() ?? askDiagnosis([]);
activateLanguage()
  .then((locale) => {
    document.documentElement.lang = locale;
    document.title = t('manifest.name');
  })
  .catch(() => undefined)
  .finally(() => render(<App first={first} />, document.getElementById('app') as HTMLElement));
