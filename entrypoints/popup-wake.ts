/**
 * Loaded by popup.html as a plain script in its head, before the popup's modules: it sends the popup's first read at
 * once, so that a stopped service worker starts while those modules load rather than after (the cold first render
 * is mostly the worker's start). Its own code is the message and nothing else.
 */
import { startEarlyRead } from '@/utils/store/early-read';

export default defineUnlistedScript(() => {
  startEarlyRead();
});
