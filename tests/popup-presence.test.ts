import { describe, expect, it } from 'vitest';
import { isPopupOpen, POPUP_PORT, type PortRuntime, trackPopupPorts } from '@/utils/background/popup-presence';

function runtime() {
  let onConnect: Parameters<PortRuntime['onConnect']['addListener']>[0] = () => undefined;
  const rt: PortRuntime = {
    id: 'ext',
    getURL: (p) => `chrome-extension://ext${p}`,
    onConnect: { addListener: (l) => (onConnect = l) },
  };
  const connect = (name: string, sender: { id?: string; url?: string }) => {
    const listeners: (() => void)[] = [];
    onConnect({ name, sender, onDisconnect: { addListener: (l: () => void) => listeners.push(l) } } as never);
    return () => {
      for (const l of listeners) l();
    };
  };
  return { rt, connect };
}

describe('popup presence', () => {
  it('counts our own pages holding the popup port, until they disconnect', () => {
    const { rt, connect } = runtime();
    trackPopupPorts(rt);
    expect(isPopupOpen()).toBe(false);
    const a = connect(POPUP_PORT, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    const b = connect(POPUP_PORT, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    expect(isPopupOpen()).toBe(true);
    a();
    expect(isPopupOpen()).toBe(true);
    b();
    expect(isPopupOpen()).toBe(false);
  });

  it('ignores other ports, content scripts and other extensions', () => {
    const { rt, connect } = runtime();
    trackPopupPorts(rt);
    connect('other', { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    connect(POPUP_PORT, { id: 'ext', url: 'https://seller-us.tiktok.com/homepage' });
    connect(POPUP_PORT, { id: 'evil', url: 'chrome-extension://evil/popup.html' });
    expect(isPopupOpen()).toBe(false);
  });
});
