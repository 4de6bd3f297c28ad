import type { MessageKey } from '../../i18n/keys';
import type { Escalation } from './types';

/**
 * The steps every escalation shares: the bundle answers what support asks (page, time, codes, request ids).
 * `topic` is the support topic's message key; the contact step names it through its `{topic}` placeholder,
 * filled at render time (see `escalationSteps`).
 */
export function escalation(topic: MessageKey, extra: MessageKey[] = []): Escalation {
  return {
    topic,
    steps: ['escalation.step.export', 'escalation.step.contact', 'escalation.step.send', ...extra],
  };
}
