import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary:
    'TikTok’s own servers are failing: an outage, a bug after a release, or maintenance. Nothing on your side fixes it; waiting and reporting does.',
  subCauses: [
    {
      id: 'platform.outage',
      title: 'Outage',
      about:
        'Many TikTok endpoints answer with server errors (5xx) or time out while other sites work. TikTok has no public status page, so this is inferred from what failed.',
      detectedBy: ['server-errors', 'platform-verdict', 'platform-code'],
      fixes: [
        {
          id: 'platform.outage.wait',
          title: 'Wait it out, safely',
          steps: [
            'Do not change settings or clear site data: it will not help and may sign you out.',
            'Retry in 10 to 15 minutes; press Run checks to see whether TikTok answers again.',
            'Look for news in Seller Center announcements and the seller community.',
            'Hold time-critical changes (launches, big price changes) until it is back.',
          ],
        },
      ],
      check: 'Press Run checks: "TikTok platform problem" shows clear, and Seller Center pages load data.',
    },
    {
      id: 'platform.release-bug',
      title: 'Bug after a release',
      about: 'One page or feature fails after an update while the rest works.',
      detectedBy: ['page-errors'],
      fixes: [
        {
          id: 'platform.release-bug.refresh',
          title: 'Rule out your side, then report',
          steps: [
            'Hard-refresh the page: Ctrl+Shift+R (Cmd+Shift+R on a Mac).',
            'Try the same action in a private window; if it works there, follow "Cache and site data".',
            'Report it with the bundle: support asks for the page, the time and the error, and the bundle has them.',
          ],
        },
      ],
      check: 'The feature works after a hard refresh, or support confirms a fix.',
    },
    {
      id: 'platform.maintenance',
      title: 'Maintenance',
      about: 'Seller Center shows a maintenance or "system busy" page.',
      detectedBy: ['maintenance'],
      fixes: [
        {
          id: 'platform.maintenance.wait',
          title: 'Plan around it',
          steps: [
            'Wait for the window to end; the notice usually gives the end time.',
            'Move promotions that start during the window.',
          ],
        },
      ],
      check: 'The maintenance page is gone and pages load.',
    },
    {
      id: 'platform.rate-limit',
      title: 'Rate limited',
      about: 'TikTok throttles a connected app that sends too many requests (HTTP 429, code 36009002).',
      detectedBy: ['rate-limited'],
      fixes: [
        {
          id: 'platform.rate-limit.back-off',
          title: 'Slow the app down',
          steps: [
            'Ask the app’s developer to retry with growing, randomized waits and to honor the Retry-After header.',
            'Spread bulk syncs out instead of running them every minute.',
          ],
        },
      ],
      check: 'The app syncs without 429 errors.',
    },
  ],
  escalation: escalation('Technical issue / System bug', [
    'Support asks for screenshots and the date and time of a system bug: the bundle holds both the times and the failing requests.',
  ]),
};
