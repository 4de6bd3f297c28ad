import 'fake-indexeddb/auto';
import { setDictionaries } from '@/utils/i18n/translate';
import { readSources } from '../scripts/i18n-assets';

// Components render through t(): tests read English straight from the sources (no fetch in Node).
setDictionaries('en', readSources(new URL('..', import.meta.url).pathname).messages.en);
