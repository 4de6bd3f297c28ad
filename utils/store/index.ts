/**
 * The store: the only module that imports Dexie. Schema and migrations, named queries, writes with retention and
 * quota pruning. It runs where the database is written: the background (and the API doctor page's reads).
 * Extension pages that must stay light (the popup) ask the background over utils/messages.ts instead
 * (utils/store/client.ts).
 */
export { readBundleData } from './bundle-data';
export * from './queries';
export { LOAD_LIMITS, type LoadLimits, RESUME_MS, type Recent } from './recent';
export { enforceRetention, isQuotaError, pruneOldest, RETENTION, withQuotaRetry } from './retention';
export { DB_NAME, DoctorDb, db, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
export * from './writes';
