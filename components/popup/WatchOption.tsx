/** The watch option: notifications when a cause becomes likely, off by default (`[data-option="watch"]`). */
import { t } from '@/utils/i18n/translate';
import { useStoredFlag } from './useStoredFlag';

export function WatchOption() {
  const [on, set] = useStoredFlag(() => import('@/utils/settings/watch').then((m) => m.watchSetting));
  return (
    <div class="setting">
      <label>
        <input
          type="checkbox"
          data-option="watch"
          checked={on ?? false}
          disabled={on === undefined}
          aria-describedby="watch-help"
          onChange={(e) => set(e.currentTarget.checked)}
        />{' '}
        {t('settings.watch.label')}
      </label>
      <p class="muted" id="watch-help">
        {t('settings.watch.help')}
      </p>
    </div>
  );
}
