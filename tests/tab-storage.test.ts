/**
 * The tab's storage, measured by injecting utils/content/site-storage.ts's function into the tab
 * (utils/background/site-data/tab-storage.ts): the function must stand alone, since executeScript sends its source only.
 */
import { describe, expect, it } from 'vitest';
import { measureTabStorage } from '@/utils/background/site-data/tab-storage';
import { measureSiteStorage } from '@/utils/content/site-storage';

const globals = {
  origin: 'https://seller-us.tiktok.com',
  navigator: { storage: { estimate: async () => ({ usage: 5, quota: 100 }) } },
  caches: { keys: async () => ['a', 'b'] },
  localStorage: () => ({ length: 3 }),
};

describe('measureTabStorage', () => {
  it('runs the measurement in the tab and returns its report', async () => {
    const calls: unknown[] = [];
    const scripting = {
      executeScript: async (o: { target: { tabId: number }; func: unknown }) => {
        calls.push(o);
        return [{ result: await measureSiteStorage(globals, 7), frameId: 0, documentId: 'd' }];
      },
    };
    const report = await measureTabStorage(4, scripting as never);
    expect(calls).toEqual([{ target: { tabId: 4 }, func: measureSiteStorage }]);
    expect(report).toMatchObject({ origin: globals.origin, usage: 5, quota: 100, cacheNames: 2, localStorageKeys: 3 });
  });

  it('rejects when the tab gives no report, or cannot be scripted', async () => {
    await expect(measureTabStorage(4, { executeScript: async () => [] } as never)).rejects.toThrow(/no storage report/);
    await expect(
      measureTabStorage(4, { executeScript: async () => [{ result: 'x', frameId: 0 }] } as never),
    ).rejects.toThrow(/no storage report/);
    await expect(
      measureTabStorage(4, { executeScript: () => Promise.reject(new Error('Cannot access contents')) } as never),
    ).rejects.toThrow(/Cannot access/);
  });

  it('the injected function stands alone: rebuilt from its source, with nothing of its module in scope', async () => {
    const alone = new Function(`return ${measureSiteStorage.toString()}`)() as typeof measureSiteStorage;
    const report = await alone(globals, 9);
    expect(report).toEqual({
      origin: globals.origin,
      at: 9,
      usage: 5,
      quota: 100,
      cacheNames: 2,
      indexedDbs: null,
      serviceWorkers: null,
      localStorageKeys: 3,
    });
  });
});
