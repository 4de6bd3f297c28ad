/**
 * Whether the seller has the popup open (the toolbar popup or popup.html in a tab): each open popup holds a
 * `runtime.connect` port named POPUP_PORT. In memory only: a stopped worker drops the ports, and the popup
 * connects again (components/popup/usePresence.ts), which wakes the worker and counts it again.
 */
import type { Browser } from 'wxt/browser';

export const POPUP_PORT = 'tsd-popup';

let open = 0;

type Port = Pick<Browser.runtime.Port, 'name' | 'sender' | 'onDisconnect'>;

export interface PortRuntime {
  readonly id: string;
  getURL(path: string): string;
  readonly onConnect: { addListener(listener: (port: Port) => void): void };
}

export function trackPopupPorts(runtime: PortRuntime): void {
  const ownPages = runtime.getURL('/');
  runtime.onConnect.addListener((port) => {
    if (port.name !== POPUP_PORT || port.sender?.id !== runtime.id || !port.sender.url?.startsWith(ownPages)) return;
    open++;
    port.onDisconnect.addListener(() => {
      open = Math.max(0, open - 1);
    });
  });
}

export function isPopupOpen(): boolean {
  return open > 0;
}
