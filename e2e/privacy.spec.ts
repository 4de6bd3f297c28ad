/**
 * The privacy policy in the popup's Help: fetched from the extension's files when opened, in the reader's language
 * when a translation is shipped (docs/privacy/<locale>.md), with the English text, the authoritative one, a click
 * away; English with a translated summary when no translation is shipped yet. Not part of the popup's script.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the privacy policy in German: the translation if shipped, English one click away', async ({ popup }) => {
  const page = await popup.open();
  await popup.openSettings();
  await Promise.all([page.waitForEvent('load'), page.locator('[data-option="language"]').selectOption('de')]);
  await popup.root.waitFor();
  // A file the build does not hold fails to fetch (it is not a 404) in Chrome.
  const shipped = await page.evaluate(() =>
    fetch('/privacy/de.md').then(
      (r) => r.ok,
      () => false,
    ),
  );
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  for (const src of scripts) {
    const code = await page.evaluate(async (u) => (await fetch(u)).text(), src);
    expect(code, `${src} holds no policy text`).not.toContain('not affiliated with or endorsed by TikTok');
  }

  await page.locator('[data-view="help"]').click();
  const policy = page.locator('[data-help="privacy"]');
  await policy.locator('summary').click();
  const text = policy.locator('[data-privacy="text"]');
  await text.waitFor();
  if (shipped) {
    await expect(text).toHaveAttribute('lang', 'de');
    await expect(policy.locator('[data-privacy="authoritative"]')).toContainText('Maßgeblich ist der englische Text');
    const toggle = policy.locator('[data-action="privacy-english"]');
    await expect(toggle).toHaveText('Englischen Text anzeigen');
    const axe = await new AxeBuilder({ page }).withTags(TAGS).include('[data-help="privacy"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await toggle.click();
    await expect(text).toHaveAttribute('lang', 'en');
    await expect(text).toContainText('Where it goes');
    await expect(toggle).toHaveText('Übersetzung anzeigen');
  } else {
    await expect(text).toHaveAttribute('lang', 'en');
    await expect(policy.locator('[data-privacy="summary"]')).toBeVisible();
    await expect(policy.locator('[data-action="privacy-english"]')).toHaveCount(0);
  }
});
