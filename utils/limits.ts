/**
 * Every cap and limit, once. Plain constants only (no imports, no code): the MAIN-world hook and the content script
 * import from here too, and a bundler keeps only the numbers they use. A module that needs a bound imports it from
 * here under this name; tests assert against these names, never against a copied number.
 */

/** Characters of one observed message (error text, envelope message, toast) kept anywhere. */
export const MESSAGE_CHARS = 1_000;
/** Characters of a toast's text read as a toast: longer texts are page content, not a toast. */
export const TOAST_CHARS = 500;
/** Characters of a URL kept anywhere (events, request records, bundle). */
export const URL_CHARS = 2_048;
/** Characters of a free text accepted into the database and written to the bundle. */
export const TEXT_CHARS = 2_000;
/** Characters of a request id (TikTok `request_id`, `x-tt-logid`). */
/** Distinct per-item error codes one batch response reports (`data.errors[]`, `fail_packages[]`). */
export const ITEM_CODES = 16;
export const REQUEST_ID_CHARS = 128;
/** Characters of an HTTP method. */
export const METHOD_CHARS = 16;
/** Characters of a MIME type, a network error name. */
export const SHORT_TEXT_CHARS = 128;
/** Request ids kept per event group (the newest). */
export const REQUEST_IDS_PER_GROUP = 5;
/** Request ids an event group delta may carry on intake. */
export const REQUEST_IDS_PER_DELTA = 20;

// The page's limits are flat constants: a bundler inlines a constant where it is used but keeps a whole object
// literal, and the code in the page has a size budget. The objects below name the same numbers for everyone else.

/** The page hook: how often it flushes. */
export const HOOK_FLUSH_MS = 500;
/** distinct keys the hook counts between two flushes; beyond, one overflow sample per kind */
export const HOOK_MAX_KEYS = 256;
/** failed or slow fetch calls waiting for the page to read their body */
export const HOOK_MAX_PENDING = 256;
/** longest body text searched for the TikTok envelope; longer texts are data, not errors */
export const HOOK_BODY_CHARS = 64 * 1024;
/** characters of request headers and bodies one batch may carry (the bridge refuses batches over 512 KB) */
export const HOOK_RAW_CHARS = 128 * 1024;
/** characters kept of one request header value */
export const HOOK_HEADER_CHARS = 4_000;

/** What the content script accepts from the page per bridge event, and how often. */
export const BRIDGE_DETAIL_CHARS = 512 * 1024;
export const BRIDGE_ITEMS = 600;
export const BRIDGE_MAX_COUNT = 10_000_000;
export const BRIDGE_PER_SECOND = 10;
export const BRIDGE_BURST = 20;
/** request headers and body of a failed call, read for secrets to remember and then dropped */
export const BRIDGE_HEADERS = 32;
export const BRIDGE_BODY_CHARS = 8_192;

/** The collectors (content script, webRequest observer) and the background's intake per message. */
/** groups and request records per runtime message; the background reads no more */
export const BATCH_PER_MESSAGE = 200;
/** distinct groups per flush; beyond, one overflow group per kind */
export const BATCH_GROUPS = 500;
/** request records per flush */
export const BATCH_REQUESTS = 50;
export const BATCH_FLUSH_MS = 1_000;

/** The page hook: what it keeps between two flushes, and how often it flushes. */
export const HOOK_LIMITS = {
  flushMs: HOOK_FLUSH_MS,
  maxKeys: HOOK_MAX_KEYS,
  maxPending: HOOK_MAX_PENDING,
  bodyChars: HOOK_BODY_CHARS,
  rawChars: HOOK_RAW_CHARS,
  headerChars: HOOK_HEADER_CHARS,
} as const;

/** What the content script accepts from the page per bridge event, and how often. */
export const BRIDGE_LIMITS = {
  detailChars: BRIDGE_DETAIL_CHARS,
  items: BRIDGE_ITEMS,
  maxCount: BRIDGE_MAX_COUNT,
  perSecond: BRIDGE_PER_SECOND,
  burst: BRIDGE_BURST,
  headers: BRIDGE_HEADERS,
  bodyChars: BRIDGE_BODY_CHARS,
} as const;

/** The collectors (content script, webRequest observer) and the background's intake per message. */
export const BATCH_LIMITS = {
  perMessage: BATCH_PER_MESSAGE,
  groups: BATCH_GROUPS,
  requests: BATCH_REQUESTS,
  flushMs: BATCH_FLUSH_MS,
} as const;

/** What the popup's first screen reads. */
export const LOAD_LIMITS = { events: 500, probes: 300 } as const;

/** What the history view reads. */
export const HISTORY_LIMITS = { sessions: 50, clears: 20, events: 60 } as const;

/** Size bounds of the bundle: row caps per table, so a typical bundle stays under 2 MB. */
export const BUNDLE_LIMITS = {
  events: 5_000,
  requests: 1_000,
  probes: 1_000,
  probeRuns: 100,
  sessions: 200,
  clears: 50,
  /** evidence lines per cause */
  evidence: 50,
  /** rows of the report's timeline and network table (the files hold everything) */
  reportTimeline: 300,
  reportNetwork: 200,
} as const;

/** Cookie bytes per host: servers refuse headers above 8 KB (431); warn from 6 KB. */
export const COOKIE_LIMITS = { warnBytes: 6 * 1024, failBytes: 8 * 1024 } as const;
/** Share of the storage quota a Seller Center origin uses. */
export const STORAGE_LIMITS = { warnRatio: 0.8, failRatio: 0.95 } as const;
/** Seller origins whose storage one probe run measures (one open tab each). */
export const STORAGE_PROBE_ORIGINS = 3;
/** Origins one clear-site-data call names. */
export const CLEAR_ORIGINS = 24;
/** A probe run older than this no longer colours the badge. */
export const BADGE_RUN_MAX_AGE_MS = 60 * 60_000;

/** Characters of a screenshot's data URL the background accepts for the bundle (about 15 MB of image). */
export const SCREENSHOT_CHARS = 20 * 1024 * 1024;
