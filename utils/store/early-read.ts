/**
 * The popup's first read, sent as early as the page allows: `entrypoints/popup-wake.ts`, a plain script in
 * popup.html's head, runs while the popup's modules are still loading and sends it (a stopped worker starts that
 * much sooner); `entrypoints/popup/main.tsx` takes the pending answer over, or asks itself when there is none.
 */
import type { RecentDiagnosis } from '../diagnosis/recent';
import { askDiagnosis } from './client';

const KEY = Symbol.for('tsd.popup.first-read');
type Slot = Record<symbol, Promise<RecentDiagnosis> | undefined>;

/** Send the first read (no walk is open yet: no answers) and leave it for the popup's module. */
export function startEarlyRead(): void {
  const pending = askDiagnosis([]);
  // Taken over in a moment; until then a failure must not surface as an unhandled rejection.
  pending.catch(() => undefined);
  (globalThis as unknown as Slot)[KEY] = pending;
}

/** The early read, once (the next asker sends its own), or undefined when the early script did not run. */
export function takeEarlyRead(): Promise<RecentDiagnosis> | undefined {
  const slot = globalThis as unknown as Slot;
  const pending = slot[KEY];
  slot[KEY] = undefined;
  return pending;
}
