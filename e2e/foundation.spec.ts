import { CAUSE_IDS } from '../utils/model';
import { expect, test } from './fixtures';

test('the popup shows all nine causes', async ({ popup }) => {
  await popup.open();
  const ids = (await popup.causes()).map((c) => c.id);
  expect([...ids].sort()).toEqual([...CAUSE_IDS].sort());
  for (const id of CAUSE_IDS)
    await expect(popup.cause(id)).toHaveAttribute('data-status', /^(likely|possible|clear|unknown)$/);
});

test('the content script is alive on the simulated Seller Center', async ({ sellerTab, sim }) => {
  const page = await sellerTab.open('https://seller-us.tiktok.com/');
  await expect(page.locator('html')).toHaveAttribute('data-tsd-content', 'alive');
  await sellerTab.waitSimReady();
  // The page's own APIs were served by the simulator, by both fetch and XHR.
  expect(sim.requestsTo('seller-us.tiktok.com', '/api/v1/*').length).toBeGreaterThanOrEqual(5);
});

test('a typed ping round trip from the popup to the background', async ({ popup }) => {
  await popup.open();
  const answer = await popup.send('ping', { from: 'e2e' });
  expect(answer).toMatchObject({ ok: true, value: { pong: true, version: expect.any(String) } });
});

test.describe('DNS failure rules', () => {
  test.use({ network: { notFound: ['seller-us.tiktok.com'] } });

  test('make navigation fail while other hosts still load', async ({ context, serviceWorker }) => {
    const failing = await context.newPage();
    const failed = await failing.goto('https://seller-us.tiktok.com/homepage').then(
      () => '',
      (err: Error) => err.message,
    );
    expect(failed).toContain('net::ERR_NAME_NOT_RESOLVED');

    const other = await context.newPage();
    const ok = await other.goto('https://seller-mx.tiktok.com/homepage');
    expect(ok?.status()).toBe(200);

    // From the background too: the control host answers, the failing name does not resolve.
    const statuses = await serviceWorker.evaluate(async () => {
      const status = (url: string) =>
        fetch(url, { cache: 'no-store' }).then(
          (r) => r.status,
          () => 'failed',
        );
      return [await status('https://www.gstatic.com/generate_204'), await status('https://seller-us.tiktok.com/')];
    });
    expect(statuses).toEqual([204, 'failed']);
  });
});

/** `chrome` inside an evaluated function (the extension's worker), without ambient types. */
interface ChromeStorage {
  chrome: { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<object> } } };
}

test('relaunch() restarts the browser on the same profile', async ({ serviceWorker, relaunch, session, popup }) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ e2eMark: 'kept' }),
  );
  const before = session.extensionId;
  await relaunch();
  expect(session.extensionId).toBe(before);
  const kept = await session.serviceWorker.evaluate(() =>
    (globalThis as unknown as ChromeStorage).chrome.storage.local.get('e2eMark'),
  );
  expect(kept).toEqual({ e2eMark: 'kept' });
  await popup.open();
  await expect(popup.root).toBeVisible();
});
