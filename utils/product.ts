/**
 * The product's names, once: what the seller reads, the database, and the namespace of every message and event the
 * extension sends. Renaming the product is a change here (the database name stays: it holds the seller's history).
 * Plain constants: the MAIN-world hook imports the namespace too.
 */

/** The name a seller reads (toolbar title, reports, the bundle). */
export const PRODUCT_NAME = 'Shop Doctor';
/** The IndexedDB database of the extension's history. Never rename: a new name would lose the history. */
export const DB_NAME = 'tiktok-shop-doctor';
/** Prefix of every page event, DOM mark and alarm name. */
export const NS = 'tsd';
/** Runtime message envelopes carry this; a change of the envelope's shape bumps it. */
export const MESSAGE_NAMESPACE = `${NS}/1`;
/** Page events between the hook and the content script (`tsd:<name>/1`). */
export const pageEvent = (name: string) => `${NS}:${name}/1`;
