import { render } from 'preact';
import { App } from '@/components/App';
import { askRecent } from '@/utils/store/client';
import '@/components/tokens.css';
import './style.css';

// The first read is one message to the background (which owns the store): sent before the first render, so the
// worker wakes and reads while Preact renders the shell.
const first = askRecent();
render(<App first={first} />, document.getElementById('app') as HTMLElement);
