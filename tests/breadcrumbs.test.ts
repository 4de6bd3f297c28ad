import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readBreadcrumbs, takeBreadcrumbs } from '@/utils/background/breadcrumb-store';
import { pullTabBreadcrumbs, takeHeldBreadcrumbs } from '@/utils/background/tab-breadcrumbs';
import { type Breadcrumb, isBreadcrumb, TAKE_KEY } from '@/utils/breadcrumbs';
import { labelOf, recordBreadcrumbs } from '@/utils/content/breadcrumbs';

const NOW = Date.now();

function fakeWindow(html: string, path = '/homepage') {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const listeners = new Map<string, { fn: (e: Event) => void; opts: unknown }[]>();
  const timers: (() => void)[] = [];
  const win = {
    document,
    location: { pathname: path, host: 'seller-us.tiktok.com' },
    addEventListener(type: string, fn: (e: Event) => void, opts: unknown) {
      listeners.set(type, [...(listeners.get(type) ?? []), { fn, opts }]);
    },
  };
  const sent: Breadcrumb[][] = [];
  const ctx = { signal: new AbortController().signal, setTimeout: (fn: () => void) => timers.push(fn) };
  const crumbs = recordBreadcrumbs(win as unknown as Window, ctx, async (c) => sent.push(c));
  const click = (selector: string) => {
    const target = document.querySelector(selector);
    for (const l of listeners.get('click') ?? []) l.fn({ target } as unknown as Event);
  };
  return { win, crumbs, click, listeners, timers, sent };
}

describe('breadcrumbs in the content script', () => {
  it('records the page, then clicked labels (aria-label first, text capped at 40), never a field value', () => {
    const page = fakeWindow(`
      <input id="q" value="SENTINEL-typed-text"><textarea id="t">SENTINEL</textarea>
      <button id="go" aria-label="Search products"><span>🔍</span></button>
      <a id="orders" href="/order/list">  Orders   and returns, with a very long trailing label text </a>
      <input id="submit" type="submit" value="SENTINEL-submit">
      <div contenteditable="true"><button id="inside">Bold</button></div>`);
    page.click('#q');
    page.click('#t');
    page.click('#go span');
    page.click('#orders');
    page.click('#submit');
    page.click('#inside');
    const crumbs = page.crumbs.take();
    expect(crumbs.map((c) => c.label ?? c.path)).toEqual([
      '/homepage',
      'Search products',
      'Orders and returns, with a very long tra',
    ]);
    expect(JSON.stringify(crumbs)).not.toContain('SENTINEL');
    expect(crumbs.every(isBreadcrumb)).toBe(true);
    expect(page.crumbs.take()).toEqual([]);
  });

  it('listens to clicks only: passive, capture phase, and no keyboard or input listener', () => {
    const page = fakeWindow('<button>Save</button>');
    expect([...page.listeners.keys()].sort()).toEqual(['click', 'hashchange', 'pagehide', 'popstate']);
    expect(page.listeners.get('click')?.[0]?.opts).toMatchObject({ capture: true, passive: true });
  });

  it('records a navigation when the path changes, redacted, and sends alone when no batch takes them', async () => {
    const page = fakeWindow('<button>Save</button>');
    page.win.location.pathname = '/product/AbCdEf0123456789AbCdEf0123456789xyz/edit';
    page.click('button');
    expect(page.timers).toHaveLength(1);
    page.timers[0]?.();
    const [batch] = page.sent;
    expect(batch?.map((c) => c.kind)).toEqual(['navigation', 'navigation', 'click']);
    expect(batch?.[1]?.path).toBe('/product/[REDACTED]/edit');
  });

  it('a page only opened sends nothing on its own: its path waits for a click, a batch, the page leaving or an export', () => {
    const page = fakeWindow('<button>Save</button>');
    expect(page.timers).toHaveLength(0);
    // An export takes it through the isolated world's global (tab-breadcrumbs.ts runs this in the tab).
    const take = (page.win as unknown as Record<symbol, unknown>)[Symbol.for(TAKE_KEY)];
    expect(takeHeldBreadcrumbs(TAKE_KEY)).toEqual([]); // not this test's global: nothing there
    expect(typeof take).toBe('function');
    const held = (take as () => Breadcrumb[])();
    expect(held.map((c) => c.path)).toEqual(['/homepage']);
    expect(page.crumbs.take()).toEqual([]);
    expect(page.sent).toEqual([]);
  });

  it('takeHeldBreadcrumbs finds the take a content script left in the world it runs in', () => {
    const key = Symbol.for(TAKE_KEY);
    const g = globalThis as unknown as Record<symbol, unknown>;
    g[key] = () => [{ at: NOW, kind: 'navigation', host: 'seller-us.tiktok.com', path: '/x' }];
    try {
      expect(takeHeldBreadcrumbs(TAKE_KEY)).toEqual([
        { at: NOW, kind: 'navigation', host: 'seller-us.tiktok.com', path: '/x' },
      ]);
    } finally {
      delete g[key];
    }
  });

  it('sends what is left when the page goes away', () => {
    const page = fakeWindow('<a href="/order/list">Orders</a>');
    page.click('a');
    for (const l of page.listeners.get('pagehide') ?? []) l.fn({} as Event);
    expect(page.sent.flat().map((c) => c.label ?? c.path)).toEqual(['/homepage', 'Orders']);
    page.timers[0]?.();
    expect(page.sent).toHaveLength(1);
  });

  it('labels: redacted, whitespace collapsed', () => {
    const { document } = parseHTML('<button>Email jane.doe@example.com now</button>');
    expect(labelOf(document.querySelector('button') as unknown as Element)).toBe('Email [EMAIL] now');
  });
});

describe('breadcrumbs in the background', () => {
  function memory(initial: Breadcrumb[] = []) {
    let value = initial;
    return {
      getValue: async () => value,
      setValue: async (v: Breadcrumb[]) => {
        value = v;
      },
    };
  }

  it('re-validates, keeps 15 minutes, oldest first, and does not lose concurrent writes', async () => {
    const item = memory([{ at: NOW - 16 * 60_000, kind: 'click', host: 'h', label: 'old' }]);
    const a = takeBreadcrumbs([{ at: NOW - 2, kind: 'click', host: 'h', label: 'A' }], NOW, item);
    const b = takeBreadcrumbs(
      [
        { at: NOW - 1, kind: 'navigation', host: 'h', path: '/b' },
        { at: NOW, kind: 'click', host: 'h', label: 'x'.repeat(41) },
        { at: NOW, kind: 'keydown', host: 'h', label: 'typed' },
        { at: NOW, kind: 'click', host: 'h', label: 'ok', path: '/both' },
      ],
      NOW,
      item,
    );
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect((await readBreadcrumbs(NOW, item)).map((c) => c.label ?? c.path)).toEqual(['A', '/b']);
  });

  it('redacts labels again on intake: phone numbers and the rarer shapes are left to the background', async () => {
    const item = memory();
    await takeBreadcrumbs([{ at: NOW - 1, kind: 'click', host: 'h', label: 'Call +62 812-3456-7890' }], NOW, item);
    expect((await readBreadcrumbs(NOW, item))[0]?.label).toBe('Call [PHONE]');
  });

  it('ignores what is not a list', async () => {
    expect(await takeBreadcrumbs(undefined, NOW, memory())).toBe(0);
    expect(await takeBreadcrumbs('x', NOW, memory())).toBe(0);
  });
});

describe('breadcrumbs the open tabs still hold (an export)', () => {
  const crumb = (path: string): Breadcrumb => ({ at: NOW, kind: 'navigation', host: 'seller-us.tiktok.com', path });
  type Call = { target: { tabId: number }; func: (key: string) => unknown; args: [string] };

  it('takes every tab’s crumbs in one write, leaving out tabs that fail', async () => {
    const calls: Call[] = [];
    const scripting = {
      executeScript: async (c: Call) => {
        calls.push(c);
        if (c.target.tabId === 2) throw new Error('Cannot access contents of the page');
        if (c.target.tabId === 3) return [{ result: 'not a list' }];
        return [{ result: [crumb(`/tab-${c.target.tabId}`)] }];
      },
    };
    const written: unknown[] = [];
    const n = await pullTabBreadcrumbs(
      async () => [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }],
      scripting as never,
      async (c) => {
        written.push(c);
        return (c as unknown[]).length;
      },
    );
    expect(n).toBe(2);
    expect(written).toEqual([[crumb('/tab-1'), crumb('/tab-4')]]);
    expect(calls.map((c) => [c.target.tabId, c.args])).toEqual([
      [1, [TAKE_KEY]],
      [2, [TAKE_KEY]],
      [3, [TAKE_KEY]],
      [4, [TAKE_KEY]],
    ]);
    // what runs in the tab is the self-contained reader
    expect(calls[0]?.func).toBe(takeHeldBreadcrumbs);
  });

  it('does not hold the export back: a tab that never answers is given up after the timeout', async () => {
    const scripting = { executeScript: () => new Promise(() => undefined) };
    const t0 = Date.now();
    const n = await pullTabBreadcrumbs(
      async () => [{ id: 1 }],
      scripting as never,
      async () => 1,
      50,
    );
    expect(n).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  it('without the scripting API, or with no tab open, stores nothing', async () => {
    let writes = 0;
    const take = async (c: unknown) => {
      writes++;
      return (c as unknown[]).length;
    };
    expect(await pullTabBreadcrumbs(async () => [{ id: 1 }], undefined, take)).toBe(0);
    expect(await pullTabBreadcrumbs(async () => [], { executeScript: async () => [] } as never, take)).toBe(0);
    expect(writes).toBe(1);
  });
});
