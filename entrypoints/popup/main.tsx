import { render } from 'preact';
import { App } from '@/components/App';
import { readRecentRaw } from '@/utils/diagnosis/read-raw';
import '@/components/tokens.css';
import './style.css';

// The first read starts before the first render and without the database library, which loads after it.
const first = readRecentRaw(indexedDB, Date.now());
render(<App first={first} />, document.getElementById('app') as HTMLElement);
