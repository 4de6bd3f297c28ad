import type { CauseModule } from '../shared/types';
import { questions } from './questions';
import { rule } from './rule';
import { titles } from './titles';
import { words } from './words';

export const connectivity: CauseModule = { id: 'connectivity', titles, rule, questions, words };
