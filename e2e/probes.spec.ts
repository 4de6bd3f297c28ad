/**
 * Background probes in a real Chromium against the simulator: the right connectivity verdict for each network
 * fault, the clock and cookie checks, no false alarm when healthy, and a run that survives its worker being stopped.
 * Runs are triggered the way the popup does (a typed 'probes/run' message from an extension page); results are
 * read back from the extension's IndexedDB.
 */
import type { Page } from '@playwright/test';
import type { ProbeResult, ProbeRun } from '../utils/model';
import { type ExtensionSession, expect, type PopupPage, test } from './fixtures';
import { readTable } from './pages/db';

type RunAnswer = { runId: string; outcomes: Record<string, number> };

/** An extension page to talk from (popup.html; the popup UI itself is not needed here). */
async function extensionPage(popup: PopupPage, session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(popup.url);
  return page;
}

function sendRun(page: Page): Promise<{ ok: boolean; value?: RunAnswer; error?: string }> {
  return page.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ ns: 'tsd/1', type: 'probes/run', payload: { trigger: 'manual' } });
  }) as Promise<{ ok: boolean; value?: RunAnswer; error?: string }>;
}

async function runProbes(page: Page): Promise<RunAnswer & { ms: number }> {
  const t0 = Date.now();
  const answer = await sendRun(page);
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return { ...(answer.value as RunAnswer), ms: Date.now() - t0 };
}

/** Rows of a store of the extension's database, read with plain IndexedDB from an extension page. */
function readStore<T>(page: Page, store: 'probes' | 'probeRuns'): Promise<T[]> {
  return readTable(page, store) as Promise<T[]>;
}

async function resultsOf(page: Page, runId: string): Promise<ProbeResult[]> {
  return (await readStore<ProbeResult>(page, 'probes')).filter((r) => r.runId === runId);
}

const one = (rows: ProbeResult[], probe: string, target?: string): ProbeResult => {
  const row = rows.find((r) => r.probe === probe && (target === undefined || r.target === target));
  if (!row) throw new Error(`no ${probe}${target ? ` for ${target}` : ''} result in ${JSON.stringify(rows, null, 1)}`);
  return row;
};

const badgeText = async (session: ExtensionSession) =>
  (await session.worker()).evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

const SELLER = 'seller-us.tiktok.com';
const API = 'open-api.tiktokglobalshop.com';

test.describe('healthy', () => {
  test('a healthy run: every host answers, no probe fails, no badge', async ({ popup, session, sellerTab }) => {
    await sellerTab.open(undefined, { waitForSim: true });
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const rows = await resultsOf(page, run.runId);
    console.log(`healthy run: ${run.ms} ms`, run.outcomes);

    expect(one(rows, 'connectivity-verdict').metrics).toEqual({
      verdict: 'ok',
      failingTikTokHosts: 0,
      controlOk: true,
    });
    for (const host of [SELLER, API, 'auth.tiktok-shops.com', 'www.gstatic.com', 'cp.cloudflare.com'])
      expect(one(rows, 'reach', host)).toMatchObject({ outcome: 'pass' });
    expect(one(rows, 'reach', 'www.gstatic.com').metrics).toMatchObject({ status: 204, okSamples: 4 });
    expect(one(rows, 'clock')).toMatchObject({ outcome: 'pass', metrics: { outsideWindow: false } });
    expect(one(rows, 'cookies', SELLER).outcome).toBe('pass');
    // measured in the seller tab by the content script
    expect(one(rows, 'storage', `https://${SELLER}`)).toMatchObject({ outcome: 'pass' });
    expect(one(rows, 'storage', `https://${SELLER}`).metrics.quota).toBeGreaterThan(0);
    expect(one(rows, 'browser').metrics).toMatchObject({
      name: expect.any(String),
      extensionVersion: expect.any(String),
    });
    // no `proxy` probe: the permission is not asked for (docs/permissions.md)
    expect(rows.map((r) => r.probe as string)).not.toContain('proxy');
    expect(run.outcomes.fail).toBe(0);
    expect(rows.filter((r) => r.outcome === 'fail')).toEqual([]);
    expect(run.ms).toBeLessThan(3000);
    expect(await badgeText(session)).toBe('');

    const runs = await readStore<ProbeRun>(page, 'probeRuns');
    expect(runs.find((r) => r.runId === run.runId)?.finishedAt).toBeGreaterThan(0);
  });
});

test.describe('DNS failure of TikTok hosts', () => {
  // failure kinds (DNS, refused...) come from webRequest: "record network failures" on
  test.use({ scenario: 'dns-failure', networkRecording: true });
  test('tiktok-unreachable, by DNS, while the control host answers', async ({ popup, session }) => {
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const rows = await resultsOf(page, run.runId);
    expect(one(rows, 'connectivity-verdict')).toMatchObject({
      outcome: 'fail',
      metrics: { verdict: 'tiktok-unreachable', controlOk: true, failingTikTokHosts: 3 },
    });
    expect(one(rows, 'reach', SELLER).metrics).toMatchObject({
      failure: 'dns',
      netError: 'net::ERR_NAME_NOT_RESOLVED',
    });
    expect(one(rows, 'reach', 'www.gstatic.com').outcome).toBe('pass');
    expect(one(rows, 'clock').outcome).toBe('skip');
    // the badge says so
    expect(await badgeText(session)).not.toBe('');
  });
});

test.describe('everything offline', () => {
  // failure kinds (DNS, refused...) come from webRequest: "record network failures" on
  test.use({ scenario: 'offline', networkRecording: true });
  test('offline: the control hosts fail too', async ({ popup, session }) => {
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const rows = await resultsOf(page, run.runId);
    expect(one(rows, 'connectivity-verdict').metrics).toMatchObject({ verdict: 'offline', controlOk: false });
    expect(one(rows, 'reach', 'cp.cloudflare.com').metrics).toMatchObject({ failure: 'dns', okSamples: 0 });
  });
});

test.describe('connections refused', () => {
  // failure kinds (DNS, refused...) come from webRequest: "record network failures" on
  test.use({ scenario: 'refused', networkRecording: true });
  test('tiktok-unreachable, refused, while the control host answers', async ({ popup, session }) => {
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const rows = await resultsOf(page, run.runId);
    expect(one(rows, 'connectivity-verdict').metrics).toMatchObject({ verdict: 'tiktok-unreachable', controlOk: true });
    expect(one(rows, 'reach', API).metrics).toMatchObject({
      failure: 'refused',
      netError: 'net::ERR_CONNECTION_REFUSED',
    });
  });
});

test.describe('TikTok times out', () => {
  test.use({ scenario: 'timeout' });
  test('platform: TikTok hosts time out while the control host answers, within the run bound', async ({
    popup,
    session,
  }) => {
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const rows = await resultsOf(page, run.runId);
    console.log(`timeout run: ${run.ms} ms`);
    expect(one(rows, 'connectivity-verdict').metrics).toMatchObject({ verdict: 'platform', controlOk: true });
    expect(one(rows, 'reach', SELLER).metrics).toMatchObject({ failure: 'timeout', status: null });
    expect(run.ms).toBeLessThan(6000);
  });
});

test.describe('every host times out', () => {
  test('offline, and the run stays within 6 s', async ({ popup, session, sim }) => {
    sim.set({ host: '*', dest: 'empty', hang: true });
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    console.log(`all-timeout run: ${run.ms} ms`);
    const rows = await resultsOf(page, run.runId);
    expect(one(rows, 'connectivity-verdict').metrics).toMatchObject({ verdict: 'offline' });
    expect(run.ms).toBeLessThan(6000);
  });
});

test.describe('TikTok answers 5xx', () => {
  // failure kinds (DNS, refused...) come from webRequest: "record network failures" on
  test.use({ scenario: 'platform-5xx', networkRecording: true });
  test('platform: HTTP 503 from TikTok while the control host answers', async ({ popup, session }) => {
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const rows = await resultsOf(page, run.runId);
    expect(one(rows, 'connectivity-verdict').metrics).toMatchObject({
      verdict: 'platform',
      controlOk: true,
      failingTikTokHosts: 3,
    });
    expect(one(rows, 'reach', SELLER).metrics).toMatchObject({ status: 503, failure: 'http' });
  });

  test("repeated runs stay platform: the browser's backoff after 5xx is not taken for a block", async ({
    popup,
    session,
  }) => {
    const page = await extensionPage(popup, session);
    for (let i = 0; i < 4; i++) {
      const run = await runProbes(page);
      const verdict = one(await resultsOf(page, run.runId), 'connectivity-verdict');
      expect(verdict.metrics, `run ${i + 1}`).toMatchObject({ verdict: 'platform', controlOk: true });
    }
  });
});

test.describe('toolbar badge', () => {
  test('shows failing checks, and clears when a healthy run follows', async ({ popup, session, sim }) => {
    sim.set({ host: 'tiktok', dest: 'empty', status: 503 });
    const page = await extensionPage(popup, session);
    await runProbes(page);
    expect(await badgeText(session)).toBe('1');
    const title = await (await session.worker()).evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }
      ).chrome.action.getTitle({}),
    );
    expect(title).toContain('connection: platform');

    sim.reset();
    await runProbes(page);
    expect(await badgeText(session)).toBe('');
  });
});

test.describe('toolbar badge after a browser restart', () => {
  test('shows the stored evidence again when the browser starts', async ({ popup, session, sim, relaunch }) => {
    sim.set({ host: 'tiktok', dest: 'empty', status: 503 });
    await runProbes(await extensionPage(popup, session));
    expect(await badgeText(session)).toBe('1');

    await relaunch();
    await expect.poll(() => badgeText(session), { timeout: 10_000 }).toBe('1');
  });
});

test.describe('clock skewed by 11 minutes', () => {
  test.use({ scenario: 'clock-skew' });
  test("the clock is flagged, about 660 s behind TikTok's", async ({ popup, session }) => {
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const clock = one(await resultsOf(page, run.runId), 'clock');
    expect(clock).toMatchObject({ outcome: 'fail', metrics: { outsideWindow: true } });
    expect(Math.abs((clock.metrics.skewSeconds as number) + 660)).toBeLessThanOrEqual(2);
    expect(clock.message.key).toBe('probe.clock.behindOutside');
  });
});

test.describe('12 KB of cookies', () => {
  test.use({ scenario: 'big-cookies' });
  test('the cookie probe fails for the seller host', async ({ popup, session, sellerTab }) => {
    await sellerTab.open();
    const page = await extensionPage(popup, session);
    const run = await runProbes(page);
    const cookies = one(await resultsOf(page, run.runId), 'cookies', SELLER);
    expect(cookies.outcome).toBe('fail');
    expect(cookies.metrics.bytes as number).toBeGreaterThan(12 * 1024);
  });
});

test.describe('a worker stopped mid-run', () => {
  test('keeps what was measured, and the next run completes', async ({ popup, session, sim }) => {
    // One slow host keeps the run going for a few seconds.
    sim.set({ host: 'auth.tiktok-shops.com', dest: 'empty', delayMs: 2500 });
    const page = await extensionPage(popup, session);
    const first = sendRun(page).catch((err: Error) => ({ ok: false, error: err.message }));

    // Wait until the run has written some results but not finished.
    let runId = '';
    await expect
      .poll(
        async () => {
          const runs = await readStore<ProbeRun>(page, 'probeRuns');
          runId = runs[0]?.runId ?? '';
          return runId ? (await resultsOf(page, runId)).length : 0;
        },
        { timeout: 5000, intervals: [100] },
      )
      .toBeGreaterThanOrEqual(3);
    const before = await resultsOf(page, runId);
    expect(before.some((r) => r.probe === 'connectivity-verdict')).toBe(false);

    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The stopped worker's channel usually closes at once (the send rejects); when Chrome leaves the page's send
    // pending instead, no answer within a few seconds is the same outcome: the run did not complete.
    const noAnswer = new Promise<{ ok: false; error: string }>((resolve) =>
      setTimeout(() => resolve({ ok: false, error: 'no answer from the stopped worker' }), 5000),
    );
    const answer = await Promise.race([first, noAnswer]);
    expect(answer.ok).toBe(false);

    const runs = await readStore<ProbeRun>(page, 'probeRuns');
    expect(runs.find((r) => r.runId === runId)?.finishedAt).toBeUndefined();
    const kept = await resultsOf(page, runId);
    expect(kept.map((r) => r.id)).toEqual(expect.arrayContaining(before.map((r) => r.id)));

    sim.reset();
    const next = await runProbes(page);
    expect(next.runId).not.toBe(runId);
    const rows = await resultsOf(page, next.runId);
    expect(one(rows, 'connectivity-verdict').metrics).toMatchObject({ verdict: 'ok' });
    const after = await readStore<ProbeRun>(page, 'probeRuns');
    expect(after.find((r) => r.runId === next.runId)?.finishedAt).toBeGreaterThan(0);
    expect((await resultsOf(page, runId)).length).toBe(kept.length);
  });
});
