import { acceptChannel } from '@/utils/hook/handshake';
import { installHook } from '@/utils/hook/install';

// The MAIN-world hook: runs in the page's own world at document_start, before any page script, so it sees the
// first API call and the first error; not subject to the page's CSP. Tiny and dependency-free. It speaks only
// through CustomEvents on a private element the content script hands it (see utils/hook/handshake.ts).
export default defineContentScript({
  // matches: Seller Center and checkout (CONTENT_MATCHES), set by wxt.config.ts at build time
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    const hook = installHook(window);
    acceptChannel(document, (target, offer) => hook.connect(target, offer));
  },
});
