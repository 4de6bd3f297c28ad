/**
 * One schema per runtime message payload, checked by the receiver (utils/messages.ts) before a handler sees it:
 * a payload that does not match is answered with an error, never handled. The payload of `events/batch` is checked
 * as two lists here and row by row at intake (rows.ts), so that one bad row costs that row, not the batch.
 * Extension contexts only: the content script receives no message (valibot alone would take the page-code budget's
 * headroom); messages.ts's NO_PAYLOAD is the schema-free check for an empty payload.
 */
import * as v from 'valibot';
import { BUNDLE_SECTIONS } from '../bundle/types';
import type { MessageType } from '../messages';
import { ScreenshotSchema, SessionAnswerSchema, TroubleSessionSchema } from './rows';

const empty = v.object({});

export const REQUEST_SCHEMAS = {
  ping: v.object({ from: v.string() }),
  // Breadcrumbs are checked one by one where they are kept (utils/background/breadcrumb-store.ts).
  'events/batch': v.object({
    groups: v.array(v.unknown()),
    requests: v.array(v.unknown()),
    breadcrumbs: v.optional(v.array(v.unknown())),
  }),
  'probes/run': v.object({ trigger: v.literal('manual') }),
  'site-data/clear': v.object({ includeCookies: v.boolean() }),
  'tabs/reload-seller': empty,
  'store/recent': empty,
  'store/history': empty,
  // A walk has a few dozen answers at most; the bound keeps a runaway page from making the worker rank for long.
  'diagnosis/recent': v.object({ answers: v.pipe(v.array(SessionAnswerSchema), v.maxLength(200)) }),
  'sessions/save': v.object({ session: TroubleSessionSchema }),
  'site-data/plan': empty,
  'bundle/build': v.object({
    sections: v.optional(v.array(v.picklist(BUNDLE_SECTIONS))),
    screenshot: v.optional(ScreenshotSchema),
  }),
  'store/changed': v.object({ tables: v.array(v.pipe(v.string(), v.maxLength(40))) }),
} as const satisfies { [K in MessageType]: v.GenericSchema };
