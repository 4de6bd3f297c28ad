/**
 * Schemas of the rows the background writes from what content scripts send: event group deltas and request
 * records. The page is untrusted and so is the content script's copy of what the page said, so every row is parsed
 * here before it reaches the database (utils/background/event-intake.ts): what does not match is dropped, unknown
 * fields are stripped. Nothing is coerced.
 */
import * as v from 'valibot';
import {
  METHOD_CHARS,
  REQUEST_ID_CHARS,
  REQUEST_IDS_PER_DELTA,
  SCREENSHOT_CHARS,
  SHORT_TEXT_CHARS,
  TEXT_CHARS,
  URL_CHARS,
} from '../limits';
import { API_KINDS, CAUSE_IDS, EVENT_KINDS } from '../model';

const finite = v.pipe(v.number(), v.finite());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optText = (max: number) => v.optional(text(max));
const source = v.picklist(['page', 'webrequest', 'dom']);

export const ObservedEventSchema = v.object({
  kind: v.picklist(EVENT_KINDS),
  at: finite,
  source,
  pageHost: text(255),
  url: optText(URL_CHARS),
  method: optText(METHOD_CHARS),
  status: v.optional(finite),
  code: v.optional(finite),
  message: optText(TEXT_CHARS),
  requestId: optText(REQUEST_ID_CHARS),
  durationMs: v.optional(finite),
  netError: optText(SHORT_TEXT_CHARS),
  // the webRequest resource type is the browser's label: capped, not enumerated
  apiKind: v.optional(v.picklist(API_KINDS)),
  resourceType: optText(32),
  neutral: v.optional(v.literal(true)),
});

export const EventGroupDeltaSchema = v.pipe(
  v.object({
    fingerprint: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1)),
    firstAt: finite,
    lastAt: finite,
    sample: ObservedEventSchema,
    requestIds: v.pipe(v.array(text(REQUEST_ID_CHARS)), v.maxLength(REQUEST_IDS_PER_DELTA)),
  }),
  v.check((d) => d.firstAt <= d.lastAt),
);

export const RequestRecordSchema = v.object({
  at: finite,
  method: text(METHOD_CHARS),
  url: text(URL_CHARS),
  status: finite,
  durationMs: finite,
  pageHost: v.string(),
  netError: optText(SHORT_TEXT_CHARS),
  code: v.optional(finite),
  message: optText(TEXT_CHARS),
  requestId: optText(REQUEST_ID_CHARS),
  mimeType: optText(SHORT_TEXT_CHARS),
  source,
});

/**
 * A guided walk's session as an extension page saves it (`sessions/save`): our own page sent it, but a malformed
 * row must not land in history, so the fields every reader relies on are checked.
 */
/** One answer of a guided walk, as a session holds it and as the popup asks the ranking with it. */
export const SessionAnswerSchema = v.object({
  questionId: text(SHORT_TEXT_CHARS),
  answer: text(SHORT_TEXT_CHARS),
  at: finite,
});

export const TroubleSessionSchema = v.object({
  id: v.optional(finite),
  startedAt: finite,
  updatedAt: finite,
  endedAt: v.optional(finite),
  topCause: v.optional(v.picklist(CAUSE_IDS)),
  causeId: v.optional(v.picklist(CAUSE_IDS)),
  answers: v.array(SessionAnswerSchema),
  steps: v.array(v.object({ stepId: text(SHORT_TEXT_CHARS), at: finite, note: optText(TEXT_CHARS) })),
  outcome: v.picklist(['open', 'fixed', 'escalated', 'abandoned']),
  recoveryMs: v.optional(finite),
});

/** The screenshot an extension page took for the bundle (utils/screenshot/types.ts): an image data URL, bounded. */
export const ScreenshotSchema = v.object({
  dataUrl: v.pipe(v.string(), v.regex(/^data:image\/(?:png|jpeg);base64,/), v.maxLength(SCREENSHOT_CHARS)),
  capturedAt: finite,
  url: text(URL_CHARS),
  width: finite,
  height: finite,
  method: v.picklist(['tab-capture', 'page-render']),
});
