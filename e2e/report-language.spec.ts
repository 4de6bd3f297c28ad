/**
 * Issue 15: the bundle's report in the seller's language. The seller picks German in Settings
 * (`[data-option="language"]`), exports: report.html is German (`<html lang="de">`), report.en.html beside it is
 * English for support, both self-contained and free of secrets; diagnosis.json stays language-neutral and records
 * `environment.reportLanguage`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { type Schema, validate } from '../tests/helpers/json-schema';
import { expect, type PopupPage, SECRET_MARK, SIM_EMAIL, SIM_PHONE, SIM_TOKEN, test } from './fixtures';
import { ROOT } from './sim/browser.mjs';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'diagnosis.schema.json'), 'utf8')) as Schema;

async function unzip(download: Download): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The language select of Settings, as a seller uses it; the popup reloads in the new language. */
async function chooseLanguage(popup: PopupPage, locale: string) {
  await popup.action('open-settings').first().click();
  const select = popup.page.locator('[data-option="language"]');
  await expect(select).toBeEnabled();
  const reloaded = popup.page.waitForEvent('load');
  await select.selectOption(locale);
  await reloaded;
  await popup.root.waitFor();
}

/** Opens a report offline: no request at all, and its headings. */
async function render(popup: PopupPage, html: string) {
  const page = await popup.page.context().newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  expect(requests).toEqual([]);
  const shown = {
    lang: await page.locator('html').getAttribute('lang'),
    h1: (await page.locator('h1').textContent()) ?? '',
    summary: (await page.locator('#summary h2').textContent()) ?? '',
    causes: await page.locator('#causes li.cause').count(),
  };
  await page.close();
  return shown;
}

test.describe('report language', () => {
  test.use({ scenario: 'platform-5xx' });

  test('German chosen in settings: report.html in German, report.en.html in English', async ({ sellerTab, popup }) => {
    await sellerTab.open(undefined, { waitForSim: true });
    await popup.open();
    await chooseLanguage(popup, 'de');
    const files = await unzip(await popup.exportBundle(30_000));
    expect(Object.keys(files).sort()).toEqual(['diagnosis.json', 'network.har', 'report.en.html', 'report.html']);

    const de = await render(popup, files['report.html'] ?? '');
    expect(de).toMatchObject({ lang: 'de', summary: 'Zusammenfassung', causes: 9 });
    expect(de.h1).toContain('Diagnosebericht');
    const en = await render(popup, files['report.en.html'] ?? '');
    expect(en).toMatchObject({ lang: 'en', summary: 'Summary', causes: 9 });
    expect(en.h1).toContain('diagnostic report');

    const diagnosis = JSON.parse(files['diagnosis.json'] ?? '');
    expect(validate(diagnosis, schema)).toEqual([]);
    expect(diagnosis.environment.reportLanguage).toBe('de');
    expect(files['diagnosis.json']).not.toContain('Zusammenfassung');

    for (const [name, text] of Object.entries(files)) {
      expect(text, name).not.toMatch(/<script/i);
      for (const secret of [SECRET_MARK, SIM_TOKEN, SIM_EMAIL, SIM_PHONE]) {
        expect(text.includes(secret), `${name} holds ${secret}`).toBe(false);
      }
    }
  });
});
