import type { CauseModule } from '../shared/types';
import { questions } from './questions';
import { rule } from './rule';
import { titles } from './titles';
import { words } from './words';

export const cache: CauseModule = { id: 'cache', titles, rule, questions, words };
