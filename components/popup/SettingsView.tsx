/** Settings: each option is its own component, so that options added in parallel merge as one line each. */
import './settings.css';
import { NetworkRecordingSwitch } from './NetworkRecordingSwitch';
import type { HeadingRef } from './useFocus';

export function SettingsView({ headingRef }: { headingRef: HeadingRef }) {
  return (
    <section class="settings-view" aria-labelledby="settings-title">
      <h2 id="settings-title" tabIndex={-1} ref={headingRef}>
        Settings
      </h2>
      <NetworkRecordingSwitch />
    </section>
  );
}
