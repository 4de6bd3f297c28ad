/**
 * Settings (`[data-action="open-settings"]` opens it). Each option is its own small component, so that others
 * (the network-failure switch, the language) are one line each here.
 */
import type { HeadingRef } from './useFocus';
import { WatchOption } from './WatchOption';

export function SettingsView({ headingRef }: { headingRef: HeadingRef }) {
  return (
    <section class="settings-view" aria-labelledby="settings-title" data-settings>
      <h2 id="settings-title" tabIndex={-1} ref={headingRef}>
        Settings
      </h2>
      <WatchOption />
    </section>
  );
}
