import { CONTENT_MATCHES } from '@/utils/facts/hosts';
import { MIN_BUDGET_MS } from '@/utils/facts/latency-budgets';
import { startPageObserver } from '@/utils/observer/page-observer';
import { measureSiteStorage } from '@/utils/probes/site-storage';

// The extension's eyes in Seller Center: watches the page, injects the MAIN-world hook and relays what it sees.
export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_start',
  async main(ctx) {
    document.documentElement.dataset.tsdContent = 'alive';
    ctx.onInvalidated(
      onMessages({ 'storage/measure': { from: ['extension-page'], handle: () => measureSiteStorage() } }),
    );
    const observer = startPageObserver(ctx, (batch) => sendMessage('events/batch', batch), MIN_BUDGET_MS);
    ctx.onInvalidated(() => delete document.documentElement.dataset.tsdContent);
    // A page that blocks the hook still has its resource errors, toasts and webRequest failures observed.
    await injectScript('/hook.js', { modifyScript: observer.prepareHook }).catch(() => {});
  },
});
