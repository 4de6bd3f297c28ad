import { recordBreadcrumbs } from '@/utils/content/breadcrumbs';
import { startPageObserver } from '@/utils/content/page-observer';
import { MIN_BUDGET_MS } from '@/utils/facts/latency-budgets';
import { type Req, sendMessage } from '@/utils/messages';

// The extension's eyes in Seller Center: watches the page, connects the MAIN-world hook (entrypoints/hook.content.ts)
// and relays what both see to the background. It listens for no runtime message: the background measures a tab's
// storage by injecting that measurement when it needs it (utils/background/site-data/tab-storage.ts). Its `browser`
// is the native API, not the polyfill (wxt.config.ts).
export default defineContentScript({
  // matches: Seller Center and checkout (CONTENT_MATCHES), set by wxt.config.ts at build time
  runAt: 'document_start',
  main(ctx) {
    document.documentElement.dataset.tsdContent = 'alive';
    // A send that fails because the extension went away (reloaded, updated, removed) stops this orphaned copy.
    const send = (payload: Req<'events/batch'>) =>
      sendMessage('events/batch', payload).catch((err: unknown) => {
        if (!ctx.isValid) ctx.abort();
        throw err;
      });
    // Breadcrumbs ride with the grouped events, go alone a few seconds after a click when nothing failed, or when
    // the page goes away; an export takes what the page still holds (utils/background/tab-breadcrumbs.ts).
    const crumbs = recordBreadcrumbs(window, ctx, (breadcrumbs) => send({ groups: [], requests: [], breadcrumbs }));
    startPageObserver(ctx, (batch) => send({ ...batch, breadcrumbs: crumbs.take() }), MIN_BUDGET_MS);
    ctx.onInvalidated(() => delete document.documentElement.dataset.tsdContent);
  },
});
