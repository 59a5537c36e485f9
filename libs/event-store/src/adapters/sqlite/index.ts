export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.js';
export type { SqliteDurability } from './sqlite-schema.js';
export type { VerifyOptions } from './sqlite-verify.js';
