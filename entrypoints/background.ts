import { takeEventBatch } from '@/utils/background/event-intake';
import { db } from '@/utils/db';
import { onMessages } from '@/utils/messages';

// Wiring only: every handler lives in utils/. Listeners are registered synchronously at start-up so that
// an event which wakes the stopped service worker finds them.
export default defineBackground(() => {
  onMessages({
    ping: {
      from: ['extension-page'],
      handle: () => ({ pong: true, version: browser.runtime.getManifest().version, at: Date.now() }),
    },
    'events/batch': { from: ['content-script'], handle: (batch) => takeEventBatch(db(), batch) },
  });
});
