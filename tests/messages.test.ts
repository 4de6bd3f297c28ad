import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type MessageRuntime, NO_PAYLOAD, onMessages, type Sender, senderKind, sendMessage } from '@/utils/messages';
import { REQUEST_SCHEMAS } from '@/utils/schemas/runtime';

const ownId = 'test-extension-id';
const page = { id: ownId, url: `chrome-extension://${ownId}/popup.html` };
const content = { id: ownId, url: 'https://seller-us.tiktok.com/homepage', tab: { id: 7 } as never };

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.id = ownId;
});

/**
 * Deliver a message the way browsers do: each listener returns `true` to keep the channel open and answers through
 * `sendResponse`. Resolves to the first answer, or undefined when no listener kept the channel open.
 */
async function deliver(msg: unknown, sender: Sender): Promise<unknown> {
  let answer: (value: unknown) => void = () => {};
  const answered = new Promise((resolve) => {
    answer = resolve;
  });
  // fakeBrowser types the listener after the polyfill's promise form; it passes every argument on all the same
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (
    ...args: [unknown, Sender, (value: unknown) => void]
  ) => Promise<unknown[]>;
  const kept = await trigger(msg, sender, answer);
  return kept.includes(true) ? answered : undefined;
}

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
    onMessages({
      ping: {
        from: ['extension-page'],
        accepts: REQUEST_SCHEMAS.ping,
        handle: () => ({ pong: true, version: '1.0.0', at: 1 }),
      },
    });
    expect(await deliver(ping, page)).toEqual({ ok: true, value: { pong: true, version: '1.0.0', at: 1 } });
  });

  it('ignores the message from a sender kind the handler does not accept', async () => {
    onMessages({
      ping: {
        from: ['extension-page'],
        accepts: REQUEST_SCHEMAS.ping,
        handle: () => ({ pong: true, version: '1', at: 1 }),
      },
    });
    expect(await deliver(ping, content)).toBeUndefined();
  });

  it('ignores foreign messages and reports handler errors as a clear message', async () => {
    onMessages({
      ping: {
        from: ['extension-page'],
        accepts: REQUEST_SCHEMAS.ping,
        handle: () => {
          throw new Error('database is closed');
        },
      },
    });
    expect(await deliver({ type: 'ping' }, page)).toBeUndefined();
    expect(await deliver(ping, page)).toEqual({ ok: false, error: 'database is closed' });
  });

  it('answers a payload that does not match its schema with an error, never handling it', async () => {
    let handled = 0;
    onMessages({
      ping: {
        from: ['extension-page'],
        accepts: REQUEST_SCHEMAS.ping,
        handle: () => {
          handled++;
          return { pong: true, version: '1', at: 1 };
        },
      },
    });
    for (const payload of [{ from: 5 }, undefined, 'ping']) {
      expect(await deliver({ ...ping, payload }, page)).toEqual({ ok: false, error: 'Malformed payload for "ping"' });
    }
    expect(handled).toBe(0);
  });

  it('NO_PAYLOAD admits only an empty object', async () => {
    const reload = (payload: unknown) => ({ ns: 'tsd/1', type: 'tabs/reload-seller', payload });
    onMessages({
      'tabs/reload-seller': { from: ['extension-page'], accepts: NO_PAYLOAD, handle: () => ({ reloaded: 2 }) },
    });
    expect(await deliver(reload({}), page)).toEqual({ ok: true, value: { reloaded: 2 } });
    for (const payload of [{ x: 1 }, [], null, 'x']) {
      expect(await deliver(reload(payload), page)).toMatchObject({ ok: false });
    }
  });

  it('stops answering once removed', async () => {
    const off = onMessages({
      ping: {
        from: ['extension-page'],
        accepts: REQUEST_SCHEMAS.ping,
        handle: () => ({ pong: true, version: '1', at: 1 }),
      },
    });
    off();
    expect(await deliver(ping, page)).toBeUndefined();
  });
});

describe('sendMessage', () => {
  /** A runtime as content scripts have it (the native API): the answer comes back as the wire object. */
  const runtime = (answer: unknown): MessageRuntime & { sent: unknown[] } => {
    const sent: unknown[] = [];
    return {
      id: ownId,
      sent,
      sendMessage: async (msg) => {
        sent.push(msg);
        return answer;
      },
      onMessage: { addListener: () => {}, removeListener: () => {} },
    };
  };

  it('sends the envelope and unwraps the typed answer', async () => {
    const rt = runtime({ ok: true, value: { stored: 3 } });
    await expect(sendMessage('events/batch', { groups: [], requests: [] }, rt)).resolves.toEqual({ stored: 3 });
    expect(rt.sent).toEqual([{ ns: 'tsd/1', type: 'events/batch', payload: { groups: [], requests: [] } }]);
  });

  it('turns an error answer or no answer into a clear error', async () => {
    await expect(sendMessage('ping', { from: 't' }, runtime({ ok: false, error: 'boom' }))).rejects.toThrow('boom');
    await expect(sendMessage('ping', { from: 't' }, runtime(undefined))).rejects.toThrow('No handler answered "ping"');
  });

  it('round-trips between the two sides through the same protocol', async () => {
    onMessages({
      ping: {
        from: ['extension-page'],
        accepts: REQUEST_SCHEMAS.ping,
        handle: ({ from }) => ({ pong: true, version: from, at: 2 }),
      },
    });
    const viaListeners: MessageRuntime = { ...runtime(undefined), sendMessage: (msg) => deliver(msg, page) };
    await expect(sendMessage('ping', { from: '9.9' }, viaListeners)).resolves.toEqual({
      pong: true,
      version: '9.9',
      at: 2,
    });
  });
});
