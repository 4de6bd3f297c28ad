/**
 * The content scripts' extension API (utils/content/lazy-browser.ts, aliased to `wxt/browser` in their builds):
 * nothing is looked up when the module loads, the runtime comes from `browser` (Firefox) or `chrome` (Chrome) when
 * first used, and the content-script code uses nothing but `browser.runtime`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceFiles } from './helpers/source-scan';

const ROOT = resolve(__dirname, '..');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the lazy extension API of content scripts', () => {
  it('reads no global when loaded, and the right runtime when used', async () => {
    let reads = 0;
    const chromeRuntime = { id: 'ext' };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', {
      get runtime() {
        reads++;
        return chromeRuntime;
      },
    });
    const { browser } = await import('@/utils/content/lazy-browser');
    expect(reads).toBe(0);
    expect(browser.runtime).toBe(chromeRuntime);
    expect(reads).toBe(1);
  });

  it('prefers `browser` where it is the extension API (Firefox)', async () => {
    const firefox = { runtime: { id: 'ext' } };
    vi.stubGlobal('browser', firefox);
    vi.stubGlobal('chrome', { runtime: { id: 'other' } });
    const { browser } = await import('@/utils/content/lazy-browser');
    expect(browser.runtime).toBe(firefox.runtime);
  });

  it('gives no runtime, without throwing, once the extension is gone', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    const { browser } = await import('@/utils/content/lazy-browser');
    expect(browser.runtime?.id).toBeUndefined();
  });

  it('is all the content scripts use of the API: browser.runtime', () => {
    const files = [
      join(ROOT, 'entrypoints/content.ts'),
      join(ROOT, 'utils/messages.ts'),
      ...sourceFiles(join(ROOT, 'utils/content')).filter((f) => !f.endsWith('lazy-browser.ts')),
    ];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bbrowser\.(\w+)/g))
        expect(m[1], `${f}: browser.${m[1]}`).toBe('runtime');
    }
  });
});
