/**
 * Tells the background that the popup is open (no watch notification meanwhile): a `runtime.connect` port held
 * while the popup lives. The worker may stop and drop the port; the popup then connects again.
 */
import { useEffect } from 'preact/hooks';
import { POPUP_PORT } from '@/utils/background/popup-presence';

export function usePresence(): void {
  useEffect(() => {
    let live = true;
    let port: { disconnect(): void } | undefined;
    // After the first screen: the browser API wrapper is not part of it. (Not destructured as `browser`: WXT's
    // auto-import would then add a static import of it to the first screen.)
    import('wxt/browser').then((api) => {
      const connect = () => {
        if (!live) return;
        try {
          const p = api.browser.runtime.connect({ name: POPUP_PORT });
          p.onDisconnect.addListener(() => setTimeout(connect, 100));
          port = p;
        } catch {
          // no background to tell (tests without ports): the watch then simply does not know
        }
      };
      connect();
    });
    return () => {
      live = false;
      port?.disconnect();
    };
  }, []);
}
