import { render } from 'preact';
import { App } from '@/components/App';
import { activateLanguage } from '@/utils/i18n/load';
import { t } from '@/utils/i18n/translate';
import { askRecent } from '@/utils/store/client';
import '@/components/tokens.css';
import './style.css';

// The first read is one message to the background (which owns the store): sent before the language loads and the
// first render, so the worker wakes and reads while the dictionary is fetched and Preact renders the shell.
const first = askRecent();
activateLanguage()
  .then((locale) => {
    document.documentElement.lang = locale;
    document.title = t('manifest.name');
  })
  .catch(() => undefined)
  .finally(() => render(<App first={first} />, document.getElementById('app') as HTMLElement));
