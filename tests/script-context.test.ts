import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/utils/content/script-context';
import { sourceFiles } from './helpers/source-scan';

const ROOT = resolve(__dirname, '..');

describe('the lean content-script context', () => {
  // the page's document: only its events are used
  vi.stubGlobal('document', new EventTarget());

  it('touches neither the page nor the extension API when it starts (it runs in every Seller Center load)', () => {
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const listen = vi.spyOn(document, 'addEventListener');
    const ctx = new ContentScriptContext();
    expect(dispatch).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('aborts, and runs what waits for it, when the extension context is gone', () => {
    const ctx = new ContentScriptContext();
    const gone = vi.fn();
    ctx.onInvalidated(gone);
    expect(ctx.isValid).toBe(true);
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      expect(ctx.isValid).toBe(false);
    } finally {
      runtime.id = id;
    }
    expect(ctx.signal.aborted).toBe(true);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('drops a timeout after invalidation', async () => {
    const ctx = new ContentScriptContext();
    const fired = vi.fn();
    ctx.setTimeout(fired, 1);
    ctx.abort();
    await new Promise((r) => setTimeout(r, 10));
    expect(fired).not.toHaveBeenCalled();
  });

  it('lets go of a timer that fired (no listener left behind per timer)', async () => {
    const ctx = new ContentScriptContext();
    const add = vi.spyOn(ctx.signal, 'addEventListener');
    const remove = vi.spyOn(ctx.signal, 'removeEventListener');
    const fired = vi.fn();
    for (let i = 0; i < 20; i++) ctx.setTimeout(fired, 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toHaveBeenCalledTimes(20);
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
  });

  it('is all the page code asks of its context', () => {
    const lean = new Set(['signal', 'onInvalidated', 'setTimeout', 'isValid', 'isInvalid', 'abort']);
    const files = [join(ROOT, 'entrypoints/content.ts'), ...sourceFiles(join(ROOT, 'utils/content'))];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bctx\.(\w+)/g))
        expect(lean, `${f}: ctx.${m[1]}`).toContain(m[1]);
    }
  });

  it('fires a timer without asking the runtime (that question builds its bindings in every page)', async () => {
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined; // an orphaned copy: its timer runs once more, its send will fail and stop it
    try {
      const ctx = new ContentScriptContext();
      const fired = vi.fn();
      ctx.setTimeout(fired, 1);
      await new Promise((r) => setTimeout(r, 10));
      expect(fired).toHaveBeenCalledTimes(1);
      expect(ctx.signal.aborted).toBe(false);
    } finally {
      runtime.id = id;
    }
  });
});
