import { escalation } from '../shared/escalation';
import type { CauseFixes } from '../shared/types';

/** What fixes it: the sub-causes with their steps and check, and how to escalate. Loaded past the first screen. */
export const fixes: CauseFixes = {
  summary: 'cause.app-version.summary',
  subCauses: [
    {
      id: 'app-version.browser',
      title: 'cause.app-version.sub.browser.title',
      about: 'cause.app-version.sub.browser.about',
      detectedBy: ['browser-outdated', 'old-engine-errors', 'update-browser-message'],
      fixes: [
        {
          id: 'app-version.browser.update',
          title: 'cause.app-version.fix.browser.update.title',
          steps: [
            'cause.app-version.fix.browser.update.step1',
            'cause.app-version.fix.browser.update.step2',
            'cause.app-version.fix.browser.update.step3',
            'cause.app-version.fix.browser.update.step4',
          ],
        },
      ],
      check: 'cause.app-version.sub.browser.check',
    },
    {
      id: 'app-version.app',
      title: 'cause.app-version.sub.app.title',
      about: 'cause.app-version.sub.app.about',
      fixes: [
        {
          id: 'app-version.app.update',
          title: 'cause.app-version.fix.app.update.title',
          steps: [
            'cause.app-version.fix.app.update.step1',
            'cause.app-version.fix.app.update.step2',
            'cause.app-version.fix.app.update.step3',
          ],
        },
      ],
      check: 'cause.app-version.sub.app.check',
    },
    {
      id: 'app-version.integration',
      title: 'cause.app-version.sub.integration.title',
      about: 'cause.app-version.sub.integration.about',
      detectedBy: ['api-version'],
      fixes: [
        {
          id: 'app-version.integration.update',
          title: 'cause.app-version.fix.integration.update.title',
          steps: [
            'cause.app-version.fix.integration.update.step1',
            'cause.app-version.fix.integration.update.step2',
            'cause.app-version.fix.integration.update.step3',
          ],
        },
      ],
      check: 'cause.app-version.sub.integration.check',
    },
    {
      id: 'app-version.extension',
      title: 'cause.app-version.sub.extension.title',
      about: 'cause.app-version.sub.extension.about',
      fixes: [
        {
          id: 'app-version.extension.update',
          title: 'cause.app-version.fix.extension.update.title',
          steps: ['cause.app-version.fix.extension.update.step1', 'cause.app-version.fix.extension.update.step2'],
        },
      ],
      check: 'cause.app-version.sub.extension.check',
    },
  ],
  escalation: escalation('escalation.topic.browser-compatibility'),
};
