import { render } from 'preact';
import { App } from '@/components/App';
import { activateLanguage } from '@/utils/i18n/load';
import { askRecent } from '@/utils/store/client';
import '@/components/tokens.css';
import './style.css';

// The first read is one message to the background (which owns the store): sent before the first render, so the
// worker wakes and reads while the seller's language loads (one local file) and Preact renders the shell.
const first = askRecent();
activateLanguage()
  .then((locale) => {
    document.documentElement.lang = locale;
  })
  .catch(() => undefined)
  .finally(() => render(<App first={first} />, document.getElementById('app') as HTMLElement));
