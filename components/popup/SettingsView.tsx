/**
 * Settings (`[data-action="open-settings"]` opens it). Each option is its own small component, so that options
 * added in parallel merge as one line each.
 */
import './settings.css';
import { t } from '@/utils/i18n/translate';
import { LanguageSetting } from './LanguageSetting';
import { NetworkRecordingSwitch } from './NetworkRecordingSwitch';
import type { HeadingRef } from './useFocus';
import { WatchOption } from './WatchOption';

export function SettingsView({ headingRef }: { headingRef: HeadingRef }) {
  return (
    <section class="settings-view" aria-labelledby="settings-title" data-settings>
      <h2 id="settings-title" tabIndex={-1} ref={headingRef}>
        {t('settings.title')}
      </h2>
      <LanguageSetting />
      <WatchOption />
      <NetworkRecordingSwitch />
    </section>
  );
}
