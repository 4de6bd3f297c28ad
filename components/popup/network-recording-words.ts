/** What the seller reads about "record network failures": message keys, together (locales/settings). */
import { t } from '@/utils/i18n/translate';

/** Read at render time, in the active language. */
export const networkRecordingWords = () => ({
  label: t('settings.network.label'),
  // The one plain sentence shown where the permission is asked.
  ask: t('settings.network.ask'),
  on: t('settings.network.on'),
  off: t('settings.network.off'),
  denied: t('settings.network.denied'),
  offerTitle: t('settings.network.offerTitle'),
  offer: t('settings.network.offer'),
});
