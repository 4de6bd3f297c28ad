/**
 * The popup in a DOM: the first screen, run checks, and a walk saved as a session. The popup asks the background
 * over the protocol; here the protocol is a direct line to the background's real store handlers and change
 * announcer, on a fake-indexeddb database.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/App';
import { rankHandlers } from '@/utils/background/rank';
import { CAUSES } from '@/utils/causes/registry';
import { diagnose } from '@/utils/diagnosis';
import type { EventGroup, ProbeResult } from '@/utils/model';
import { DoctorDb, mergeEventGroups, onStoreWrite } from '@/utils/store';
import { announceStoreChanges } from '@/utils/store/changes';
import { storeHandlers } from '@/utils/store/serve';
import { click, eventually, installDom, mount, until } from './popup-dom';

// The popup loads the browser API after its first screen (components/popup/usePresence.ts, a dynamic import). Here
// that module chain (WXT's mock browser) is heavy: loaded once up front, so that no test file ends with the import
// still on its way (Vitest then reports an EnvironmentTeardownError, seen once in CI).
await import('wxt/browser');

type Handle = (payload: unknown, sender: unknown) => unknown;
const sent = vi.hoisted(() => ({
  calls: [] as string[],
  onRun: async () => {},
  background: {} as Record<string, { handle: Handle } | undefined>,
  pages: [] as Handle[],
}));
vi.mock('@/utils/messages', () => ({
  sendMessage: async (type: string, payload: unknown) => {
    sent.calls.push(type);
    if (type === 'probes/run') {
      await sent.onRun();
      return { runId: 'r', outcomes: {} };
    }
    const entry = sent.background[type];
    if (!entry) throw new Error(`No handler answered "${type}"`);
    return entry.handle(payload, { id: 'ext' });
  },
  onMessages: (map: Record<string, { handle: Handle }>) => {
    const page = map['store/changed']?.handle;
    if (page) sent.pages.push(page);
    return () => {
      sent.pages = sent.pages.filter((h) => h !== page);
    };
  },
}));

let n = 0;
let database: DoctorDb;
let dom: ReturnType<typeof installDom>;
const now = Date.now();

const group = (fingerprint: string, sample: Partial<EventGroup['sample']>, count = 1): EventGroup => ({
  fingerprint,
  kind: sample.kind ?? 'http-error',
  count,
  firstAt: now - 120_000,
  lastAt: now - 60_000,
  requestIds: [],
  sample: { kind: 'http-error', at: now - 60_000, source: 'page', pageHost: 'seller-us.tiktok.com', ...sample },
});

const $ = (sel: string) => dom.container.querySelector(sel);
const $$ = (sel: string) => [...dom.container.querySelectorAll(sel)];
const root = () => $('[data-diagnosis]');

beforeEach(() => {
  database = new DoctorDb(`popup-test-${++n}`);
  dom = installDom();
  sent.calls = [];
  sent.onRun = async () => {};
  sent.background = { ...storeHandlers(() => database), ...rankHandlers(() => database) } as typeof sent.background;
  announceStoreChanges(async (tables) => Promise.all(sent.pages.map((page) => page({ tables }, {}))), 10);
});
afterEach(() => {
  dom.cleanup();
  onStoreWrite(undefined);
});

describe('the first screen', () => {
  it('says healthy and lists all nine causes when nothing was recorded', async () => {
    mount(<App />, dom.container);
    expect($$('[data-cause]')).toHaveLength(9);
    await until(() => root()?.getAttribute('data-diagnosis') === 'ready', 3000, 'ready');
    expect($('[data-summary]')?.getAttribute('data-summary')).toBe('healthy');
    expect($$('[data-cause][data-status="likely"], [data-cause][data-status="possible"]')).toHaveLength(0);
  });

  it('ranks the causes from stored events, most likely first, with the why', async () => {
    const events = [
      group('a', { kind: 'api-error', url: 'https://seller-us.tiktok.com/api/v1/x', status: 401, code: 36009044 }),
      group('b', { url: 'https://seller-us.tiktok.com/api/v1/y', status: 503 }),
    ];
    await database.eventGroups.bulkPut(events);
    mount(<App />, dom.container);
    await until(() => root()?.getAttribute('data-diagnosis') === 'ready', 3000, 'ready');
    await until(() => $('[data-cause]')?.getAttribute('data-cause') === 'account', 3000, 'account first');
    const expected = diagnose(CAUSES, events, [], [], Date.now()).causes.map((c) => `${c.id}:${c.status}`);
    const shown = $$('[data-cause]').map((el) => `${el.getAttribute('data-cause')}:${el.getAttribute('data-status')}`);
    expect(shown).toEqual(expected);
    expect($('[data-summary]')?.getAttribute('data-summary')).toBe('problems');
    expect($('#why-account')?.textContent).toContain('36009044');
  });

  it('follows new events live', async () => {
    mount(<App />, dom.container);
    await until(() => root()?.getAttribute('data-diagnosis') === 'ready', 3000, 'ready');
    // Written the way the background's intake writes, which announces the change to open pages.
    const { fingerprint, sample, count, firstAt, lastAt, requestIds } = group('c', {
      kind: 'http-error',
      url: 'https://seller-us.tiktok.com/',
      status: 451,
    });
    await mergeEventGroups(database, [{ fingerprint, sample, count, firstAt, lastAt, requestIds }]);
    await until(() => $('[data-cause]')?.getAttribute('data-status') === 'likely', 3000, 'a likely cause');
    expect($('[data-cause]')?.getAttribute('data-cause')).toBe('geo');
  });
});

describe('run checks', () => {
  it('goes running, then ready with the results read back', async () => {
    let release: () => void = () => {};
    sent.onRun = async () => {
      await new Promise<void>((r) => {
        release = r;
      });
      const probe: ProbeResult = {
        runId: 'r',
        at: Date.now(),
        probe: 'browser',
        outcome: 'fail',
        message: { key: 'probe.legacy' },
        metrics: { name: 'Chrome', major: 90, minimum: 110, extensionVersion: '0.1.0' },
      };
      await database.probes.add(probe);
    };
    mount(<App />, dom.container);
    await until(() => root()?.getAttribute('data-diagnosis') === 'ready', 3000, 'ready');
    click($('[data-action="run-checks"]'));
    await until(() => root()?.getAttribute('data-diagnosis') === 'running', 3000, 'running');
    release();
    await until(() => root()?.getAttribute('data-diagnosis') === 'ready', 3000, 'ready again');
    expect(sent.calls.filter((c) => !c.startsWith('store/') && c !== 'diagnosis/recent')).toEqual(['probes/run']);
    expect($('[data-cause]')?.getAttribute('data-cause')).toBe('app-version');
    expect($('[data-cause]')?.getAttribute('data-status')).toBe('likely');
  });
});

describe('a guided walk', () => {
  it('starts at the detected sub-cause, saves each step and ends fixed with time to recovery', async () => {
    await database.eventGroups.put(
      group('d', { kind: 'js-error', message: 'ChunkLoadError: Loading chunk 7 failed.' }),
    );
    mount(<App />, dom.container);
    await until(() => $('[data-cause]')?.getAttribute('data-cause') === 'cache', 3000, 'cache first');
    click($('[data-open-cause="cache"]'));
    await until(() => $('[data-walk]') !== null, 3000, 'the walk');
    expect($('[data-walk]')?.getAttribute('data-walk')).toBe('fix');
    expect($('[data-subcause]')?.getAttribute('data-subcause')).toBe('cache.stale-files');
    click($('[data-check="fixed"]'));
    await until(() => $('[data-walk]')?.getAttribute('data-walk') === 'done', 3000, 'done');
    const sessions = await eventually(
      () => database.sessions.toArray(),
      (rows) => rows[0]?.outcome === 'fixed',
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ outcome: 'fixed', causeId: 'cache', topCause: 'cache' });
    expect(sessions[0]?.recoveryMs).toBeGreaterThanOrEqual(0);
    expect(sessions[0]?.steps.map((s) => s.stepId)).toContain('check:cache.stale-files:fixed');
  });

  it('records answers, and leaving marks the walk abandoned', async () => {
    mount(<App />, dom.container);
    await until(() => root()?.getAttribute('data-diagnosis') === 'ready', 3000, 'ready');
    click($('[data-open-cause="policy"]'));
    await until(() => $('[data-question]') !== null, 3000, 'a question');
    click($('[data-answer="yes"]'));
    await until(() => $('[data-question]')?.getAttribute('data-question') === 'policy.kind', 3000, 'next question');
    // The answer already counts in the live diagnosis.
    await until(() => $('[data-cause="policy"]')?.getAttribute('data-status') === 'likely', 3000, 'policy likely');
    click($('[data-action="back-to-causes"]'));
    await until(() => $('[data-walk]') === null, 3000, 'back');
    await until(() => $('[data-cause="policy"]')?.getAttribute('data-status') === 'unknown', 3000, 'answers dropped');
    const s = await eventually(
      async () => (await database.sessions.toArray())[0],
      (row) => row?.outcome === 'abandoned',
    );
    expect(s).toMatchObject({ outcome: 'abandoned', causeId: 'policy' });
    expect(s?.answers).toEqual([{ questionId: 'policy.notice', answer: 'yes', at: expect.any(Number) }]);
  });

  it('offers to continue a walk left open, and continues it in the same session', async () => {
    const startedAt = Date.now() - 5 * 60_000;
    const id = await database.sessions.add({
      startedAt,
      updatedAt: startedAt + 1_000,
      causeId: 'cache',
      topCause: 'cache',
      answers: [],
      steps: [
        { stepId: 'start:cache', at: startedAt },
        { stepId: 'fix:cache.stale-files', at: startedAt + 1_000 },
      ],
      outcome: 'open',
    });
    mount(<App />, dom.container);
    await until(() => $('[data-action="resume-walk"]') !== null, 3000, 'the offer');
    click($('[data-action="resume-walk"]'));
    await until(() => $('[data-subcause]') !== null, 3000, 'the fix');
    expect($('[data-subcause]')?.getAttribute('data-subcause')).toBe('cache.stale-files');
    click($('[data-check="fixed"]'));
    const rows = await eventually(
      () => database.sessions.toArray(),
      (r) => r[0]?.outcome === 'fixed',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, outcome: 'fixed', startedAt });
    expect(rows[0]?.recoveryMs).toBeGreaterThanOrEqual(5 * 60_000);
  });
});
