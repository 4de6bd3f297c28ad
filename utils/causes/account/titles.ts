/** The cause's name as the seller and the support agent read it (popup, walk, report.html): a message key. */
import type { CauseTitles } from '../shared/types';

export const titles: CauseTitles = { title: 'cause.account.title' };
