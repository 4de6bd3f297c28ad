/**
 * The one typed protocol for runtime messages between content script, background and extension pages.
 * Each message type maps to its payload and its answer; handlers are a typed map, so neither side can send
 * a payload or assume an answer the other side does not define. (The MAIN-world hook does not use runtime
 * messaging: it speaks to the content script through `utils/page-bridge.ts`.)
 *
 * It uses only what the native APIs (Chrome MV3, Firefox) and webextension-polyfill have in common: a promise
 * from `sendMessage`, and `sendResponse` + `return true` in the listener. So the same code runs on the polyfill in
 * the background and extension pages, and on the native API in content scripts, whose build resolves `wxt/browser`
 * to it (see wxt.config.ts): the polyfill stays out of every Seller Center page.
 */
import { type Browser, browser } from 'wxt/browser';
import type { ClearPlan } from './background/site-data/plan';
import type { Breadcrumb } from './breadcrumbs';
import type { BundleSection } from './bundle/types';
import type { BuiltBundle } from './bundle/wire';
import type { History } from './diagnosis/history';
import type { RecentDiagnosis } from './diagnosis/recent';
import type { ClearRecord, EventGroupDelta, RequestRecord, SessionAnswer, TroubleSession } from './model';
import { MESSAGE_NAMESPACE } from './product';
import type { Screenshot } from './screenshot/types';
import type { Recent } from './store/recent';

export interface Protocol {
  /** popup -> background: liveness and version, the typed round trip */
  ping: { req: { from: string }; res: { pong: true; version: string; at: number } };
  /** content -> background: grouped observations, batched */
  'events/batch': {
    req: { groups: EventGroupDelta[]; requests: RequestRecord[]; breadcrumbs?: Breadcrumb[] };
    res: { stored: number };
  };
  /** popup -> background: run every probe now */
  'probes/run': { req: { trigger: 'manual' }; res: { runId: string; outcomes: Record<string, number> } };
  /** popup -> background: clear the seller sites' data */
  'site-data/clear': { req: { includeCookies: boolean }; res: ClearRecord };
  /** popup -> background: reload open Seller Center tabs */
  'tabs/reload-seller': { req: Record<string, never>; res: { reloaded: number } };
  // The popup holds no database library: it asks the background, which owns the store (utils/store/).
  /** popup -> background: the first screen's read (the last day's events and probes, a walk left open) */
  'store/recent': { req: Record<string, never>; res: Recent };
  /**
   * popup -> background: the first screen, ranked: the last day's evidence (what `store/recent` reads) diagnosed in
   * the background with the open walk's answers. The popup ships neither the rules nor the code index, and receives
   * nine verdicts instead of the day's events.
   */
  'diagnosis/recent': { req: { answers: SessionAnswer[] }; res: RecentDiagnosis };
  /** popup -> background: the history view's read */
  'store/history': { req: Record<string, never>; res: History };
  /** popup -> background: save a guided walk's session (new without an id); answers its id */
  'sessions/save': { req: { session: TroubleSession }; res: { id: number } };
  /** popup -> background: what a clear would touch, for the confirmation */
  'site-data/plan': { req: Record<string, never>; res: ClearPlan };
  /** popup -> background: build the support bundle with these sections (all by default); the zip comes back */
  'bundle/build': { req: { sections?: BundleSection[]; screenshot?: Screenshot }; res: BuiltBundle };
  /** background -> extension pages: these tables changed (coalesced), so open views read again */
  'store/changed': { req: { tables: string[] }; res: { seen: true } };
}

export type MessageType = keyof Protocol;
export type Req<K extends MessageType> = Protocol[K]['req'];
export type Res<K extends MessageType> = Protocol[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  ns: typeof NAMESPACE;
  type: K;
  payload: Req<K>;
}

/** Who may send a message. Checked in the receiver from `sender`, never trusted from the payload. */
export type SenderKind = 'extension-page' | 'content-script';

export type Sender = Browser.runtime.MessageSender;

type Listener = (msg: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean;

/** What the protocol needs of `browser.runtime`: the polyfill and the native API both fit. */
export interface MessageRuntime {
  readonly id: string;
  sendMessage(message: unknown): Promise<unknown>;
  readonly onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

const NAMESPACE = MESSAGE_NAMESPACE;

/**
 * The receiver's payload check: any Standard Schema (https://standardschema.dev), so that this module needs no
 * schema library. The background passes the valibot schemas of utils/schemas/runtime.ts; the content script, whose
 * bundle has no room for a schema library, passes NO_PAYLOAD for its one message.
 */
export interface PayloadSchema {
  readonly '~standard': {
    validate(value: unknown): PayloadResult | Promise<PayloadResult>;
  };
}
type PayloadResult = { readonly value: unknown; readonly issues?: undefined } | { readonly issues: readonly unknown[] };

/** A message that carries nothing: an empty object, read as such. */
export const NO_PAYLOAD: PayloadSchema = {
  '~standard': {
    validate: (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0
        ? { value: {} }
        : { issues: ['expected an empty object'] },
  },
};

/** Result wrapper so that an error in a handler reaches the caller as a clear message, not a silent undefined. */
type Wire<T> = { ok: true; value: T } | { ok: false; error: string };

export function sendMessage<K extends MessageType>(
  type: K,
  payload: Req<K>,
  runtime: MessageRuntime = browser.runtime,
): Promise<Res<K>> {
  return request(type, payload, (envelope) => runtime.sendMessage(envelope));
}

async function request<K extends MessageType>(
  type: K,
  payload: Req<K>,
  send: (envelope: Envelope<K>) => Promise<unknown>,
): Promise<Res<K>> {
  const wire = (await send({ ns: NAMESPACE, type, payload })) as Wire<Res<K>> | undefined;
  if (!wire) throw new Error(`No handler answered "${type}"`);
  if (!wire.ok) throw new Error(wire.error);
  return wire.value;
}

export type Handler<K extends MessageType> = (payload: Req<K>, sender: Sender) => Promise<Res<K>> | Res<K>;

export type HandlerMap = { [K in MessageType]?: { from: SenderKind[]; accepts: PayloadSchema; handle: Handler<K> } };

/** Classify a sender: our own pages, or a content script in a tab. Anything else is rejected. */
export function senderKind(sender: Sender, ownId: string): SenderKind | undefined {
  if (sender.id !== ownId) return undefined;
  if (sender.tab && sender.tab.id !== undefined) {
    return sender.url?.startsWith(`chrome-extension://${ownId}/`) || sender.url?.startsWith('moz-extension://')
      ? 'extension-page'
      : 'content-script';
  }
  return 'extension-page';
}

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && (msg as { ns?: unknown }).ns === NAMESPACE;
}

/**
 * Register handlers. Returns the listener's removal. Unknown types and wrong senders are ignored (answered
 * by no one), so another context's listener for the same message can still answer.
 */
export function onMessages(handlers: HandlerMap, runtime: MessageRuntime = browser.runtime): () => void {
  const listener: Listener = (msg, sender, sendResponse) => {
    if (!isEnvelope(msg)) return false;
    const entry = handlers[msg.type] as
      | { from: SenderKind[]; accepts: PayloadSchema; handle: Handler<MessageType> }
      | undefined;
    if (!entry) return false;
    const kind = senderKind(sender, runtime.id);
    if (!kind || !entry.from.includes(kind)) return false;
    Promise.resolve()
      .then(() => entry.accepts['~standard'].validate(msg.payload))
      .then((checked) => {
        // the receiver checks the payload: a sender may be older, newer, or a compromised page's content script
        if (checked.issues) throw new Error(`Malformed payload for "${msg.type}"`);
        return entry.handle(checked.value as Req<MessageType>, sender);
      })
      .then(
        (value): Wire<unknown> => ({ ok: true, value }),
        (err: unknown): Wire<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      )
      .then(sendResponse)
      .catch(() => undefined); // the asker went away (tab closed, worker stopped): nobody to tell
    // keeps the channel open for the asynchronous answer (the one pattern native APIs and the polyfill share)
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
