import type { CauseModule } from '../shared/types';
import { questions } from './questions';
import { rule } from './rule';
import { titles } from './titles';
import { words } from './words';

export const listing: CauseModule = { id: 'listing', titles, rule, questions, words };
