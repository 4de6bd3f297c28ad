import { CONTENT_MATCHES } from '@/utils/facts/hosts';

// The extension's eyes in Seller Center: injects the MAIN-world hook and relays what it sees.
export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_start',
  async main(ctx) {
    document.documentElement.dataset.tsdContent = 'alive';
    await injectScript('/hook.js', { keepInDom: true });
    ctx.onInvalidated(() => delete document.documentElement.dataset.tsdContent);
  },
});
