export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store.js';
export type { VerifyOptions } from './postgres-verify.js';
