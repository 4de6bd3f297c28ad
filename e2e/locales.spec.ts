/**
 * The popup in each of the twelve languages, chosen the way a seller does (the language select of Settings):
 * `<html lang>` follows, the words change, and no view overflows sideways at the popup's narrowest (360 px) and
 * widest (420 px) widths. Screenshots at 360 px go to the test's output folder, or to docs/screenshots/locales
 * with UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LOCALES } from '../utils/i18n/locales';
import { expect, SCENARIOS, test } from './fixtures';
import type { PopupPage } from './pages/popup';

const WIDTHS = [360, 420] as const;
const VIEWS = ['causes', 'history', 'help', 'settings'] as const;

/** Texts that must change with the language: the tabs and the summary's title. */
async function visibleWords(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('nav [data-view], [data-summary], [data-action="run-checks"]')]
      .map((el) => el.textContent?.trim() ?? '')
      .join(' | '),
  );
}

/** How far the page scrolls sideways (0 = fits). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function chooseLanguage(popup: PopupPage, locale: string): Promise<void> {
  const page = popup.page;
  await popup.openSettings();
  // The choice is stored and the popup reloads itself in the new language.
  await Promise.all([page.waitForEvent('load'), page.locator('[data-option="language"]').selectOption(locale)]);
  await popup.root.waitFor();
  await popup.waitReady();
}

/** Every view at every width: what overflows, as "view@width: +N px". */
async function overflows(popup: PopupPage): Promise<string[]> {
  const page = popup.page;
  const found: string[] = [];
  for (const view of VIEWS) {
    if (view === 'settings') await popup.openSettings();
    else if (view === 'history') await popup.openHistory();
    else await page.locator(`[data-view="${view}"]`).click();
    if (view === 'help') {
      await page.locator('[data-help="privacy"] summary').click();
      await page.locator('[data-help="privacy"] [data-privacy="text"]').waitFor();
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 600 });
      const over = await overflow(page);
      if (over > 0) found.push(`${view}@${width}: +${over} px`);
    }
  }
  await page.locator('[data-view="causes"]').click();
  // The two dialogs, at the narrow width: their content must wrap inside them too.
  await page.setViewportSize({ width: 360, height: 600 });
  await popup.openClearDialog();
  await popup.page.locator('#csd-what ul').waitFor();
  const clear = await dialogOverflow(page);
  if (clear > 0) found.push(`clear dialog@360: +${clear} px`);
  await popup.action('cancel-clear').click();
  await popup.action('preview-bundle').click();
  await page.locator('.exb-sections').waitFor();
  const preview = await dialogOverflow(page);
  if (preview > 0) found.push(`export preview@360: +${preview} px`);
  await popup.action('close-preview').click();
  return found;
}

async function dialogOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const d = document.querySelector('dialog[open]');
    const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    return Math.max(d ? d.scrollWidth - d.clientWidth : 0, sideways);
  });
}

test.describe('languages', () => {
  test.use({ scenario: 'platform-5xx' });

  test('each locale renders in its language without sideways overflow', async ({ sellerTab, popup }, testInfo) => {
    test.setTimeout(180_000);
    const out = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots/locales' : testInfo.outputPath('locales');
    mkdirSync(out, { recursive: true });
    // Problems found: the summary then carries counts (plurals) and the longest texts.
    await sellerTab.goto(SCENARIOS['platform-5xx'].page).catch(() => null);
    await sellerTab.waitSimReady(10_000);
    await popup.open();
    await popup.runChecks();
    await expect.poll(async () => (await popup.causes())[0]?.status, { timeout: 15_000 }).toBe('likely');
    await chooseLanguage(popup, 'en');
    const english = await visibleWords(popup.page);
    expect(english).toContain('History');

    for (const locale of LOCALES) {
      await chooseLanguage(popup, locale);
      const page = popup.page;
      expect.soft(await page.evaluate(() => document.documentElement.lang), `${locale}: <html lang>`).toBe(locale);
      const words = await visibleWords(page);
      if (locale === 'en') expect.soft(words, 'en: English words').toBe(english);
      else expect.soft(words, `${locale}: words differ from English`).not.toBe(english);
      expect.soft(await overflows(popup), `${locale}: overflow`).toEqual([]);

      await page.setViewportSize({ width: 360, height: 600 });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 360, height });
      await page.screenshot({ path: `${out}/${locale}.png` });
      await page.setViewportSize({ width: 400, height: 600 });
    }
    // Back to the browser's language, as a seller who never chose would have it.
    await chooseLanguage(popup, '');
    expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
