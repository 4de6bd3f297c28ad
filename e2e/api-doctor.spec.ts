/**
 * The API connection doctor page (issue 8), driven in Chromium against the simulator: explain a response, check
 * a bad request, the live clock check against a skewed Date header, the token reminder, and the contingency plan.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { failPackages, RID } from '../tests/helpers/api-pastes';
import { expect, test } from './fixtures';
import { writeRows } from './pages/db';

const TOKEN = 'ROW_e2eTokenValueThatMustNeverBeStored0123456789';
const SCREENSHOT = process.env.API_DOCTOR_SCREENSHOT ?? 'docs/screenshots/api-doctor.png';

async function openDoctor(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/api-doctor.html`);
  await expect(page.locator('[data-api-doctor]')).toBeVisible();
}

const section = (page: Page, name: string) => page.locator(`[data-section="${name}"]`);

async function submit(page: Page, name: string, text: string): Promise<void> {
  await page.locator(`[data-input="${name}"]`).fill(text);
  await page.locator(`[data-action="${name}-submit"]`).click();
}

/** Everything the extension keeps in chrome.storage.local, as one string. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
    };
    return JSON.stringify(await chrome.storage.local.get(null));
  });
}

test('explains pasted responses, codes and bad input', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);
  const result = section(page, 'explain').locator('[data-explanation]');

  await submit(
    page,
    'response',
    JSON.stringify({
      code: 105002,
      message: 'access token is expired, please refresh it',
      request_id: RID,
      data: null,
    }),
  );
  await expect(result).toHaveAttribute('data-explanation', 'explained');
  await expect(result).toHaveAttribute('data-code', '105002');
  await expect(result).toContainText('Access token expired');
  await expect(result).toContainText(RID);
  await expect(result.locator('[data-fix] li').first()).toBeVisible();
  // The result heading takes the focus, so a screen reader reads the answer.
  await expect(result.locator('h3')).toBeFocused();

  // 36009004 told apart by its message; Ctrl+Enter submits too.
  await page
    .locator('[data-input="response"]')
    .fill(
      '{"code":36009004,"message":"Invalid timestamp. The value of the `timestamp` query parameter must not exceed',
    );
  await page.locator('[data-input="response"]').press('Control+Enter');
  await expect(result).toContainText('Invalid timestamp');
  await expect(result.locator('[data-area]')).toContainText('clock');
  await expect(result).toContainText('incomplete or malformed');

  await submit(page, 'response', '10002');
  await expect(result).toHaveAttribute('data-explanation', 'not-real');
  await submit(page, 'response', '403');
  await expect(result).toContainText('HTTP 403');
  await submit(page, 'response', '{"code": 39999999, "message": "new"}');
  await expect(result).toHaveAttribute('data-explanation', 'unknown');
  await submit(page, 'response', 'ничего полезного 🙃');
  await expect(result).toHaveAttribute('data-explanation', 'invalid');
  await page.locator('[data-input="response"]').fill('x'.repeat(300_000));
  await expect(section(page, 'explain')).toContainText('too large');
  await page.locator('[data-action="response-submit"]').click();
  await expect(result).toContainText('at most 200 KB');
});

test('lists the per-item errors of a batch response whose top-level code is 0', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);

  await submit(page, 'response', `HTTP/2 200\ncontent-type: application/json\n\n${JSON.stringify(failPackages)}`);
  const list = section(page, 'explain').locator('[data-explanations]');
  await expect(list).toHaveAttribute('data-explanations', '2');
  await expect(list.locator('h3')).toContainText('2 errors found (2 per-item)');
  await expect(list.locator('h3')).toBeFocused();
  const items = list.locator('[data-explanation]');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAttribute('data-code', '21008099');
  await expect(items.nth(0)).toHaveAttribute('data-item', 'package_id 1153');
  await expect(items.nth(1)).toHaveAttribute('data-code', '21011044');
  await expect(section(page, 'explain')).not.toContainText('Success: code 0');
});

test('flags a bad request and masks its token', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);
  const old = Math.floor(Date.now() / 1000) - 3_600;
  await submit(
    page,
    'request',
    `curl -X POST 'https://api.tiktokshop.com/api/orders/search?app_key=6abc&timestamp=${old}&access_token=${TOKEN}&sign=abc' -d '{"page_size":20}'`,
  );
  const findings = section(page, 'request').locator('[data-findings="request"]');
  for (const id of ['host', 'path', 'token-in-query', 'timestamp', 'param-sign', 'token-header']) {
    await expect(findings.locator(`[data-finding="${id}"]`)).toHaveAttribute('data-level', 'fail');
  }
  await expect(findings.locator('[data-finding="content-type"]')).toHaveAttribute('data-level', 'warn');
  await expect(section(page, 'request')).not.toContainText(TOKEN);

  // A good request passes; the missing shop_cipher is the only problem of the next one.
  const now = Math.floor(Date.now() / 1000);
  const sign = 'a'.repeat(64);
  const good = `https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=6abc&timestamp=${now}&sign=${sign}&shop_cipher=ROW_c`;
  await submit(
    page,
    'request',
    `curl -X POST '${good}' -H 'x-tts-access-token: ${TOKEN}' -H 'content-type: application/json' -d '{}'`,
  );
  await expect(section(page, 'request').locator('[data-request-result]')).toHaveAttribute('data-request-result', 'ok');
  await submit(page, 'request', good.replace('&shop_cipher=ROW_c', ''));
  await expect(findings.locator('[data-level="fail"]')).toHaveCount(1);
  await expect(findings.locator('[data-finding="shop_cipher"]')).toHaveAttribute('data-level', 'fail');
  expect(await storedText(page)).not.toContain(TOKEN);
});

test('checks the clock against the API host, skewed and not', async ({ context, extensionId, sim }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);
  const clock = section(page, 'clock');

  sim.set({ host: 'api', dateOffsetMs: 11 * 60_000 }); // TikTok 11 min ahead: this computer is behind
  await clock.locator('[data-action="clock-check"]').click();
  const result = clock.locator('[data-clock-result]');
  await expect(result).toHaveAttribute('data-clock-result', 'fail');
  const skew = Number(await result.getAttribute('data-skew'));
  expect(skew).toBeGreaterThanOrEqual(-662);
  expect(skew).toBeLessThanOrEqual(-658);
  await expect(result).toContainText('behind');
  expect(sim.requestsTo('open-api.tiktokglobalshop.com', '/').length).toBeGreaterThanOrEqual(1);

  // The request checker now judges timestamps against TikTok's clock: TikTok-now passes.
  const tiktokNow = Math.floor(Date.now() / 1000) + 660;
  await submit(
    page,
    'request',
    `https://open-api.tiktokglobalshop.com/order/202309/orders/search?app_key=1&timestamp=${tiktokNow}&sign=${'b'.repeat(64)}&shop_cipher=c`,
  );
  await expect(section(page, 'request').locator('[data-finding="timestamp"]')).toHaveAttribute('data-level', 'pass');

  sim.set([]);
  await clock.locator('[data-action="clock-check"]').click();
  await expect(result).toHaveAttribute('data-clock-result', 'pass');
});

test('reads token dates and keeps a reminder without the token', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);
  const s = Math.floor(Date.now() / 1000);
  await submit(
    page,
    'token',
    JSON.stringify({
      code: 0,
      message: 'success',
      request_id: RID,
      data: {
        access_token: TOKEN,
        access_token_expire_in: s + 3 * 3600,
        refresh_token: `${TOKEN}_refresh`,
        refresh_token_expire_in: s + 200 * 86_400,
        open_id: '7010736057180325637',
        seller_name: 'E2E Shop',
        seller_base_region: 'US',
      },
    }),
  );
  const token = section(page, 'token');
  await expect(token.locator('[data-token-result]')).toHaveAttribute('data-token-result', 'warn');
  await expect(token.locator('[data-finding="access_token_expire_in"]')).toHaveAttribute('data-level', 'warn');
  await expect(token.locator('[data-finding="refresh_token_expire_in"]')).toHaveAttribute('data-level', 'pass');
  await token.locator('[data-action="token-remember"]').click();
  await expect(token.locator('[role="status"]')).toContainText('Reminder saved');

  await page.reload();
  await expect(section(page, 'token').locator('[data-reminder]')).toContainText('E2E Shop');
  await expect(section(page, 'token').locator('[data-reminder] [data-level="warn"]')).toHaveCount(1);
  await expect(page.locator('[data-input="token"]')).toHaveValue('');
  const stored = await storedText(page);
  expect(stored).toContain('tokenReminder');
  expect(stored).not.toContain(TOKEN);
});

test('shows latency budgets with no data on a fresh profile', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);
  const table = page.locator('[data-latency]');
  await expect(table.locator('[data-kind="checkout"]')).toContainText('< 500 ms');
  await expect(table.locator('[data-kind="inventory"]')).toContainText('400–700 ms');
  await expect(table.locator('[data-kind="orders"]')).toContainText('600–900 ms');
  await expect(table.locator('[data-kind="orders"]')).toContainText('no data');

  // Two slow order calls in history (as the background stores them): p50 / p95 appear, over budget.
  const url = 'https://open-api.tiktokglobalshop.com/order/202309/orders/search';
  const row = { method: 'POST', url, status: 200, pageHost: 'seller-us.tiktok.com', source: 'page' } as const;
  await writeRows(page, 'requests', [
    { ...row, at: Date.now() - 2_000, durationMs: 800 },
    { ...row, at: Date.now() - 1_000, durationMs: 1_400 },
  ]);
  await page.reload();
  const orders = page.locator('[data-latency] [data-kind="orders"]');
  await expect(orders).toHaveAttribute('data-over', 'true');
  await expect(orders).toContainText('800 ms');
  await expect(orders).toContainText('1400 ms (over budget)');
});

test('edits, saves and exports the contingency plan', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDoctor(page, extensionId);
  const plan = section(page, 'plan');
  await plan.locator('[data-plan-field="team"]').fill(`- Incident lead: Ana\n- Developer: Bo (token ${TOKEN})`);
  await expect(plan.locator('[data-plan-status]')).toHaveAttribute('data-plan-status', 'unsaved');
  await plan.locator('[data-action="plan-save"]').click();
  await expect(plan.locator('[data-plan-status]')).toHaveAttribute('data-plan-status', 'saved');
  await expect(plan.locator('[data-plan-status]')).toContainText('1 secret was removed');
  expect(await storedText(page)).not.toContain(TOKEN);

  await page.reload();
  await expect(page.locator('[data-plan-field="team"]')).toHaveValue(/Incident lead: Ana/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="plan-export"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^contingency-plan-\d{4}-\d{2}-\d{2}\.md$/);
  const md = readFileSync((await download.path()) as string, 'utf8');
  expect(md).toContain('## 3. Response team');
  expect(md).toContain('Incident lead: Ana');
  expect(md).toContain('## 7. Recovery time objectives');
  expect(md).not.toContain(TOKEN);
});

test('screenshot of the page with results', async ({ context, extensionId, sim }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 1500 });
  await openDoctor(page, extensionId);
  await submit(
    page,
    'response',
    JSON.stringify({
      code: 36009004,
      message:
        'Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes before the current time.',
      request_id: RID,
      data: null,
    }),
  );
  const old = Math.floor(Date.now() / 1000) - 420;
  await submit(
    page,
    'request',
    `https://open-api.tiktokglobalshop.com/api/orders/search?app_key=6abc123&timestamp=${old}&access_token=ROW_exampleAccessTokenFromYourLogs&sign=${'c'.repeat(64)}`,
  );
  sim.set({ host: 'api', dateOffsetMs: 7 * 60_000 });
  await section(page, 'clock').locator('[data-action="clock-check"]').click();
  await expect(section(page, 'clock').locator('[data-clock-result]')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: SCREENSHOT });
  // One picture per section, for looking at what a person sees (e2e/.tmp is not committed).
  for (const name of ['explain', 'request', 'clock', 'token', 'latency', 'plan']) {
    await section(page, name).screenshot({ path: `e2e/.tmp/api-doctor-${name}.png` });
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'e2e/.tmp/api-doctor-dark.png' });
});
