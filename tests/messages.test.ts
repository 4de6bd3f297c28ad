import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages, senderKind } from '@/utils/messages';

const ownId = 'test-extension-id';
const page = { id: ownId, url: `chrome-extension://${ownId}/popup.html` };
const content = { id: ownId, url: 'https://seller-us.tiktok.com/homepage', tab: { id: 7 } as never };

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.id = ownId;
});

describe('senderKind', () => {
  it('tells our pages from content scripts and rejects other extensions', () => {
    expect(senderKind(page, ownId)).toBe('extension-page');
    expect(senderKind(content, ownId)).toBe('content-script');
    expect(senderKind({ ...content, id: 'someone-else' }, ownId)).toBeUndefined();
    expect(senderKind({}, ownId)).toBeUndefined();
  });

  it('counts our own page opened in a tab as an extension page', () => {
    expect(senderKind({ ...page, tab: { id: 3 } as never }, ownId)).toBe('extension-page');
  });
});

describe('onMessages', () => {
  const ping = { ns: 'tsd/1', type: 'ping', payload: { from: 'test' } };

  it('answers a typed message from an allowed sender, wrapped', async () => {
    onMessages({ ping: { from: ['extension-page'], handle: () => ({ pong: true, version: '1.0.0', at: 1 }) } });
    const answers = await fakeBrowser.runtime.onMessage.trigger(ping, page);
    expect(answers.find(Boolean)).toEqual({ ok: true, value: { pong: true, version: '1.0.0', at: 1 } });
  });

  it('ignores the message from a sender kind the handler does not accept', async () => {
    onMessages({ ping: { from: ['extension-page'], handle: () => ({ pong: true, version: '1', at: 1 }) } });
    const answers = await fakeBrowser.runtime.onMessage.trigger(ping, content);
    expect(answers.find(Boolean)).toBeUndefined();
  });

  it('ignores foreign messages and reports handler errors as a clear message', async () => {
    onMessages({
      ping: {
        from: ['extension-page'],
        handle: () => {
          throw new Error('database is closed');
        },
      },
    });
    expect((await fakeBrowser.runtime.onMessage.trigger({ type: 'ping' }, page)).find(Boolean)).toBeUndefined();
    expect((await fakeBrowser.runtime.onMessage.trigger(ping, page)).find(Boolean)).toEqual({
      ok: false,
      error: 'database is closed',
    });
  });
});
