/**
 * The popup end to end: after each simulated fault the right cause ranks first as `likely`, a healthy shop has
 * nothing flagged, and a guided walk is recorded and still in History after the browser restarts.
 * POPUP_SCREENSHOTS=<dir> also saves the README's screenshots (light and dark) there.
 */
import type { Page } from '@playwright/test';
import type { CauseId } from '../utils/model';
import { expect, SCENARIOS, type ScenarioName, type SellerTab, test } from './fixtures';
import { writeRows } from './pages/db';

const FAULTS: { scenario: ScenarioName; cause: CauseId }[] = [
  { scenario: 'dns-failure', cause: 'connectivity' },
  { scenario: 'platform-5xx', cause: 'platform' },
  { scenario: 'account-deactivated', cause: 'account' },
  { scenario: 'listing-codes', cause: 'listing' },
  { scenario: 'chunk-load', cause: 'cache' },
  { scenario: 'geo-451', cause: 'geo' },
];

/** Open the scenario's Seller Center page and let its calls settle; pages that cannot load just fail. */
async function visit(sellerTab: SellerTab, scenario: ScenarioName): Promise<void> {
  const response = await sellerTab.goto(SCENARIOS[scenario].page).catch(() => null);
  if (!response || response.status() >= 400) return; // DNS failure, 451 page: nothing more will load
  await sellerTab.waitSimReady(10_000);
}

for (const { scenario, cause } of FAULTS) {
  test.describe(scenario, () => {
    // A 451 page is seen as such by webRequest only ("record network failures"); the page's words alone say possible.
    test.use({ scenario, networkRecording: scenario === 'geo-451' });

    test(`ranks ${cause} first as likely`, async ({ sellerTab, popup }) => {
      await visit(sellerTab, scenario);
      await popup.open();
      await popup.runChecks();
      // Events reach the history in batches; the popup follows them live.
      await expect
        .poll(async () => (await popup.causes())[0], { timeout: 15_000 })
        .toEqual({ id: cause, status: 'likely' });
      await expect(popup.page.locator('[data-summary]')).toHaveAttribute('data-summary', 'problems');
      // The why carries the evidence's numbers: a count ("4 endpoints", or "once" for a single event) or a status.
      await expect(popup.page.locator(`#why-${cause}`)).toHaveText(/\d|\bonce\b/);
    });
  });
}

test.describe('a healthy shop', () => {
  test.use({ scenario: 'healthy' });

  test('shows nothing likely or possible, and says so', async ({ sellerTab, popup }) => {
    await sellerTab.open(SCENARIOS.healthy.page, { waitForSim: true });
    await popup.open();
    const ranked = await popup.runChecks();
    expect(ranked).toHaveLength(9);
    expect(await popup.causesWith('likely', 'possible')).toEqual([]);
    await expect(popup.page.locator('[data-summary]')).toHaveAttribute('data-summary', 'healthy');
    // The probes checked these and found them fine.
    expect(await popup.statusOf('connectivity')).toBe('clear');
    expect(await popup.statusOf('platform')).toBe('clear');
  });
});

test.describe('a guided walk', () => {
  test.use({ scenario: 'chunk-load' });

  test('skips what the evidence settled, ends fixed, and is in History after a restart', async ({
    sellerTab,
    popup,
    relaunch,
  }) => {
    await visit(sellerTab, 'chunk-load');
    await popup.open();
    await expect.poll(async () => popup.statusOf('cache'), { timeout: 15_000 }).toBe('likely');

    const walk = await popup.openWalk('cache');
    // The chunk-load errors point straight at stale files: no question asked first.
    await expect(walk).toHaveAttribute('data-walk', 'fix');
    await expect(walk.locator('[data-subcause]')).toHaveAttribute('data-subcause', 'cache.stale-files');
    await expect(walk.locator('.known')).toContainText('Stale files');
    await popup.checkResult(true);
    await expect(walk).toHaveAttribute('data-walk', 'done');
    await expect(walk.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'fixed');
    await walk.locator('[data-action="walk-done"]').click();
    await expect(popup.cause('cache').locator('button')).toBeFocused();

    await relaunch();
    await popup.open();
    await popup.showHistory();
    const row = popup.sessions().first();
    await expect(row).toHaveAttribute('data-outcome', 'fixed');
    await expect(row).toContainText('Cache and site data');
    await expect(row).toContainText(/fixed in \d+ (s|min)/);
  });
});

test.describe('a walk by questions', () => {
  test.use({ scenario: 'healthy' });

  test('records answers, escalates with the bundle, and lists the session', async ({ popup }) => {
    await popup.open();
    await popup.waitReady();
    const walk = await popup.openWalk('policy');
    await expect(walk.locator('[data-question]')).toHaveAttribute('data-question', 'policy.notice');
    await expect(walk.locator('[data-question] h3')).toBeFocused();
    await popup.answer('yes');
    await popup.answer('ip');
    await expect(walk.locator('[data-subcause]')).toHaveAttribute('data-subcause', 'policy.ip');
    await popup.checkResult(false);
    await expect(walk).toHaveAttribute('data-walk', 'escalate');
    await expect(walk).toContainText('Export the bundle');
    await walk.locator('[data-action="finish-escalated"]').click();
    await expect(walk.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'escalated');
    await walk.locator('[data-action="walk-done"]').click();

    await popup.showHistory();
    const row = popup.sessions().first();
    await expect(row).toHaveAttribute('data-outcome', 'escalated');
    await expect(row).toContainText('Policy violation');
  });
});

test.describe('first screen budget', () => {
  test.use({ scenario: 'healthy' });

  test('is ranked quickly with 10,000 events and 1,000 sessions stored', async ({ popup }) => {
    test.slow();
    const page = await popup.open();
    await popup.waitReady();
    const empty = await page.evaluate(() => performance.getEntriesByName('tsd:popup-ready')[0]?.startTime ?? 0);
    // Fill the extension's own database (same origin as the popup) through the e2e helper, then reopen.
    const now = Date.now();
    await writeRows(
      page,
      'eventGroups',
      Array.from({ length: 10_000 }, (_, i) => {
        const at = now - (i % 720) * 120_000;
        const sample = {
          kind: 'http-error',
          at,
          source: 'page',
          pageHost: 'seller-us.tiktok.com',
          status: 500 + (i % 4),
          url: `https://seller-us.tiktok.com/api/v1/e${i % 50}`,
        } as const;
        return {
          fingerprint: `bench-${i}`,
          kind: 'http-error',
          count: 1 + (i % 9),
          firstAt: at - 5_000,
          lastAt: at,
          requestIds: [],
          sample,
        };
      }),
    );
    await writeRows(
      page,
      'sessions',
      Array.from({ length: 1_000 }, (_, i) => {
        const at = now - i * 3_600_000;
        return {
          startedAt: at - 60_000,
          updatedAt: at,
          causeId: 'platform',
          answers: [],
          steps: [],
          outcome: 'fixed',
          recoveryMs: 60_000,
        } as const;
      }),
    );
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await popup.open();
      await popup.waitReady();
      times.push(
        await page.evaluate(() => performance.getEntriesByName('tsd:popup-ready')[0]?.startTime ?? Number.NaN),
      );
    }
    times.sort((a, b) => a - b);
    console.log(
      `popup ready after ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${times[2]?.toFixed(0)}; empty history: ${empty.toFixed(0)} ms)`,
    );
    expect(await popup.statusOf('platform')).toBe('likely');
    // The best of five: what the popup costs without the scheduling noise of a shared machine. The budget is
    // the benchmark's (npm run bench, on a quiet machine); here a loaded CI box gets three times the slack unless
    // E2E_STRICT_BUDGETS=1.
    const budget = process.env.E2E_STRICT_BUDGETS === '1' ? 150 : 450;
    expect(times[0]).toBeLessThanOrEqual(budget);
  });
});

test.describe('screenshots', () => {
  // Saved to the test's output folder; POPUP_SCREENSHOTS=docs/screenshots refreshes the README's.
  const dir = process.env.POPUP_SCREENSHOTS;
  test.use({ scenario: 'platform-5xx' });

  // The whole popup at 400 px: the viewport grows to the content's height, so no scrollbar narrows the layout.
  const shoot = async (page: Page, out: string, name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 400, height });
      await page.screenshot({ path: `${out}/${name}${scheme === 'dark' ? '-dark' : ''}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 400, height: 600 });
  };

  test('popup, walk and history', async ({ sellerTab, popup }, testInfo) => {
    const out = dir ?? testInfo.outputPath();
    await visit(sellerTab, 'platform-5xx');
    await popup.open();
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await popup.runChecks();
    await expect.poll(async () => (await popup.causes())[0]?.id, { timeout: 15_000 }).toBe('platform');
    await shoot(popup.page, out, 'popup');

    // A walk the evidence already settled (outage), then one by questions, for the history.
    await expect(await popup.openWalk('platform')).toHaveAttribute('data-walk', 'fix');
    await shoot(popup.page, out, 'popup-walk');
    await popup.checkResult(true);
    await popup.walk.locator('[data-action="walk-done"]').click();
    await popup.openWalk('connectivity');
    await popup.walk.locator('[data-answer]').first().click();
    await popup.walk.locator('[data-action="back-to-causes"]').click();

    await popup.showHistory();
    await shoot(popup.page, out, 'popup-history');
  });
});
