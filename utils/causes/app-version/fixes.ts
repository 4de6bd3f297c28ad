import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'The browser, the TikTok app or an extension is older than Seller Center supports.',
  subCauses: [
    {
      id: 'app-version.browser',
      title: 'Outdated browser',
      about:
        'Seller Center needs a recent Chrome, Edge, Firefox or Safari; older ones fail with script errors or blank pages.',
      detectedBy: ['browser-outdated', 'old-engine-errors', 'update-browser-message'],
      fixes: [
        {
          id: 'app-version.browser.update',
          title: 'Update the browser',
          steps: [
            'Chrome: menu ⋮ → Help → About Google Chrome; let it update, then click Relaunch.',
            'Edge: menu … → Help and feedback → About Microsoft Edge.',
            'Firefox: menu ☰ → Help → About Firefox.',
            'If the computer is too old for current browsers, use another one for Seller Center.',
          ],
        },
      ],
      check: 'Press Run checks: "Outdated browser or app" shows clear, and Seller Center loads.',
    },
    {
      id: 'app-version.app',
      title: 'Outdated TikTok app',
      about: 'The phone app is behind and fails to upload, list or manage orders.',
      fixes: [
        {
          id: 'app-version.app.update',
          title: 'Update the app',
          steps: [
            'Open the App Store or Google Play, find TikTok Shop Seller Center (or TikTok) and tap Update.',
            'Turn on automatic updates for it.',
            'If it still fails, restart the phone and sign in again.',
          ],
        },
      ],
      check: 'The app runs its latest version and the failing action works.',
    },
    {
      id: 'app-version.integration',
      title: 'Outdated connector or API version',
      about:
        'A connected app or store system calls an API path or version TikTok no longer serves (36009009: invalid path, 36009014: invalid version). Legacy /api/ paths were switched off during 2025.',
      detectedBy: ['api-version'],
      fixes: [
        {
          id: 'app-version.integration.update',
          title: 'Update the connector',
          steps: [
            'Update the connector or plugin in your store system to its latest version.',
            'If you maintain it: move every call to the current paths (/{category}/{version}/{resource}, version 202309 or later) on open-api.tiktokglobalshop.com.',
            'Check a failing request with the API connection doctor (link below): it flags wrong hosts, paths and versions.',
          ],
        },
      ],
      check: 'The app’s next sync succeeds without 36009009 or 36009014 errors.',
    },
    {
      id: 'app-version.extension',
      title: 'Outdated or conflicting extension',
      about: 'An old extension (this one included) or one that rewrites pages breaks Seller Center.',
      fixes: [
        {
          id: 'app-version.extension.update',
          title: 'Update and isolate extensions',
          steps: [
            'Open chrome://extensions, turn on Developer mode and click Update.',
            'Turn off extensions that touch TikTok (coupon, scraper, ad blockers) one at a time, reloading Seller Center each time.',
          ],
        },
      ],
      check: 'Seller Center works with every extension you need turned on.',
    },
  ],
  escalation: escalation('Technical issue / Browser compatibility'),
};
