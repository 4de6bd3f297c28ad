/**
 * Accessibility: axe-core (WCAG 2.x A and AA rules) over every popup view (diagnosis, walk, history, help,
 * settings), its two dialogs (clear site data, export preview) and the API doctor page, in light and dark colour
 * schemes. Zero violations; a failure names the rule, its impact and the offending nodes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('every popup view and dialog has no axe violations', async ({ popup }) => {
      const page = await popup.open();
      await page.emulateMedia({ colorScheme });
      await popup.waitReady();
      expect(await violations(page), 'diagnosis').toEqual([]);

      await popup.openWalk('connectivity');
      expect(await violations(page), 'walk').toEqual([]);

      await popup.openHistory();
      expect(await violations(page), 'history').toEqual([]);

      await page.locator('[data-view="help"]').click();
      await page.locator('.help-view').waitFor();
      await page.locator('[data-help="privacy"] summary').click();
      // The policy is fetched when opened: check it once it is there.
      await page.locator('[data-help="privacy"] [data-privacy="text"]').waitFor();
      expect(await violations(page), 'help').toEqual([]);

      await popup.openSettings();
      expect(await violations(page), 'settings').toEqual([]);

      await page.locator('[data-view="causes"]').click();
      await popup.openClearDialog();
      expect(await violations(page, 'dialog[open]'), 'clear dialog').toEqual([]);
      await popup.action('cancel-clear').click();

      await popup.action('preview-bundle').click();
      await popup.action('close-preview').waitFor();
      expect(await violations(page, 'dialog[open]'), 'export preview').toEqual([]);
    });

    test('the API doctor page has no axe violations', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/api-doctor.html`);
      await page.locator('[data-section]').first().waitFor();
      expect(await violations(page)).toEqual([]);
    });
  });
}
