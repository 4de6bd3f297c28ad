/**
 * Each scenario does to the page what its description says (the simulator's side only; what the extension
 * concludes from it is tested by the diagnosis specs).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { ScenarioName } from './scenarios.mjs';
import { SCENARIOS } from './scenarios.mjs';

type Check = (o: {
  failures: number | null;
  navError: string;
  status: number | null;
  toasts: string[];
  slowestMs: number | null;
}) => void;

const CHECKS: Record<ScenarioName, Check> = {
  healthy: (o) => expect([o.status, o.failures, o.toasts]).toEqual([200, 0, []]),
  'dns-failure': (o) => expect(o.navError).toContain('net::ERR_NAME_NOT_RESOLVED'),
  offline: (o) => expect(o.navError).toContain('net::ERR_NAME_NOT_RESOLVED'),
  refused: (o) => expect(o.navError).toContain('net::ERR_CONNECTION_REFUSED'),
  timeout: (o) => expect([o.status, o.failures]).toEqual([200, null]),
  'platform-5xx': (o) => expect(o.failures).toBe(5),
  'account-deactivated': (o) => expect(o.toasts[0]).toContain('(36009044)'),
  'listing-codes': (o) => expect(o.toasts.join()).toMatch(/12052023.*12052931|12052931.*12052023/),
  policy: (o) => expect(o.toasts.join()).toMatch(/violates.*12052220|12052220.*violates/),
  'chunk-load': (o) => expect([o.status, o.failures]).toEqual([200, 0]),
  'geo-451': (o) => expect(o.status).toBe(451),
  'clock-skew': (o) => expect([o.status, o.failures]).toEqual([200, 0]),
  'big-cookies': (o) => expect([o.status, o.failures]).toEqual([200, 5]),
  'slow-checkout': (o) => expect(o.slowestMs).toBeGreaterThanOrEqual(1400),
  toasts: (o) =>
    expect(o.toasts).toEqual([expect.stringContaining('Pembayaran gagal'), expect.stringContaining('Gagal')]),
  'csp-strict': (o) => expect([o.status, o.failures]).toEqual([200, 0]),
  maintenance: (o) => expect(o.status).toBe(503),
};

async function visit(page: Page, name: ScenarioName): Promise<Parameters<Check>[0]> {
  let navError = '';
  const response = await page.goto(SCENARIOS[name].page).catch((err: Error) => {
    navError = err.message;
    return null;
  });
  if (navError) return { navError, status: null, failures: null, slowestMs: null, toasts: [] };
  await page
    .locator('html[data-sim-ready="done"], [data-sim-notice]')
    .first()
    .waitFor({ state: 'attached', timeout: name === 'timeout' ? 1_500 : 10_000 })
    .catch(() => undefined);
  const attr = (n: string) =>
    page
      .locator('html')
      .getAttribute(n)
      .then((v) => (v === null ? null : Number(v)));
  return {
    navError,
    status: response?.status() ?? null,
    failures: await attr('data-sim-failures'),
    slowestMs: await attr('data-sim-slowest-ms'),
    toasts: await page.locator('[role="alert"] .sim-toast').allTextContents(),
  };
}

const names = Object.keys(SCENARIOS) as ScenarioName[];
const byNetwork = names.filter((n) => SCENARIOS[n].network.notFound || SCENARIOS[n].network.refused);

// Scenarios made of simulator faults alone share one browser: a fresh tab and no cookies for each.
test('every fault scenario does to its page what it says', async ({ sim, context }) => {
  for (const name of names.filter((n) => !byNetwork.includes(n))) {
    await test.step(name, async () => {
      sim.useScenario(name);
      await context.clearCookies();
      const page = await context.newPage();
      CHECKS[name](await visit(page, name));
      await page.close();
    });
  }
});

for (const name of byNetwork) {
  test.describe(name, () => {
    test.use({ scenario: name });
    test(`${name} does to its page what it says`, async ({ context }) => {
      CHECKS[name](await visit(await context.newPage(), name));
    });
  });
}
