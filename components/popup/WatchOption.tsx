/** The watch option: notifications when a cause becomes likely, off by default (`[data-option="watch"]`). */
import { useStoredFlag } from './useStoredFlag';

export const WATCH_OPTION_TEXT = {
  label: 'Tell me when Seller Center breaks',
  help: 'While this is on, Shop Doctor checks what Seller Center pages report and shows a notification when a cause becomes likely: at most one per cause per hour, and none while this window is open.',
} as const;

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
        {WATCH_OPTION_TEXT.label}
      </label>
      <p class="muted" id="watch-help">
        {WATCH_OPTION_TEXT.help}
      </p>
    </div>
  );
}
