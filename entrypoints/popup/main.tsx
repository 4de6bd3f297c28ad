import { render } from 'preact';
import { App } from '@/components/App';
import { activateLanguage } from '@/utils/i18n/load';
import { askRecent } from '@/utils/store/client';
import './style.css';

// The first read is one message to the background (which owns the store): sent before the first render, so the
// worker wakes and reads while Preact renders the shell.
const first = askRecent();
// Texts render through t(): the seller's dictionary (an extension file, read in milliseconds) is loaded first.
activateLanguage().then((lang) => {
  document.documentElement.lang = lang;
  render(<App first={first} />, document.getElementById('app') as HTMLElement);
});
