/** What the export's preview says about each section of the bundle: message keys, translated where shown. */
import type { MessageKey } from '../i18n/keys';
import type { BundleSection } from './types';

export const SECTION_WORDS: Record<BundleSection | 'summary', { title: MessageKey; description: MessageKey }> = {
  summary: { title: 'popup.section.summary.title', description: 'popup.section.summary.description' },
  events: { title: 'popup.section.events.title', description: 'popup.section.events.description' },
  network: { title: 'popup.section.network.title', description: 'popup.section.network.description' },
  probes: { title: 'popup.section.probes.title', description: 'popup.section.probes.description' },
  history: { title: 'popup.section.history.title', description: 'popup.section.history.description' },
};
