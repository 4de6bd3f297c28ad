/**
 * The API doctor in another language explains a code in that language: its meaning and its own fix steps come from
 * the shipped phrasebook (i18n/codes/<locale>.json), TikTok's message stays as TikTok wrote it. The expected texts
 * are read from utils/facts/code-texts/<locale>.json at test time, so the test holds for any translation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { RID } from '../tests/helpers/api-pastes';
import { lookupCode } from '../utils/facts/error-catalog';
import { textId } from '../utils/i18n/text-id';
import { expect, test } from './fixtures';
import { ROOT } from './sim/browser.mjs';

const LOCALE = 'fr';
/** A code with steps of its own before its family's; this message selects its general meaning. */
const CODE = 105005;
const MESSAGE = 'you should apply auth pkg for this api';

const book = JSON.parse(readFileSync(join(ROOT, 'utils', 'facts', 'code-texts', `${LOCALE}.json`), 'utf8')) as Record<
  string,
  string
>;

/** The phrasebook's text for an English one, as the page shows it (code spans lose their backticks). */
function translated(english: string): string {
  const text = book[textId(english)];
  expect(text, `${LOCALE} phrasebook: ${english}`).toBeTruthy();
  return (text ?? '').replaceAll('`', '');
}

/** The seller's language choice (what Settings > Language stores); the page reads it at start-up. */
async function chooseLanguage(page: Page, locale: string): Promise<void> {
  await page.evaluate(async (language) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
    };
    await chrome.storage.local.set({ language });
  }, locale);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('[data-api-doctor]')).toBeVisible();
}

test('explains a code with its meaning and own steps in the reader’s language', async ({ context, extensionId }) => {
  const entry = lookupCode(CODE, MESSAGE);
  const own = entry ? entry.fix.slice(0, entry.fix.length - entry.familySteps) : [];
  expect(entry?.variant).toBeUndefined();
  expect(own.length).toBeGreaterThan(0);
  const meaning = translated(entry?.meaning ?? '');
  const firstStep = translated(own[0] ?? '');

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/api-doctor.html`);
  await chooseLanguage(page, LOCALE);
  try {
    const envelope = JSON.stringify({ code: CODE, message: MESSAGE, request_id: RID, data: null });
    await page.locator('[data-input="response"]').fill(envelope);
    await page.locator('[data-action="response-submit"]').click();

    const result = page.locator('[data-section="explain"] [data-explanation]');
    await expect(result).toHaveAttribute('data-explanation', 'explained');
    await expect(result).toHaveAttribute('data-code', String(CODE));
    await expect(result.locator('h3')).toContainText(meaning);
    await expect(result.locator('[data-fix] li').first()).toHaveText(firstStep);
    // TikTok's own message, as TikTok wrote it, marked English for screen readers.
    await expect(result.locator('q[lang="en"]')).toHaveText(MESSAGE);
  } finally {
    await chooseLanguage(page, '').catch(() => undefined);
    await page.close();
  }
});
