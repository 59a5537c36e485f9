export { SqliteReadModelStore, type SqliteReadModelStoreOptions } from './sqlite-read-model-store.js';
export { DEFAULT_SNAPSHOT_EVERY, SqliteProjectionRunner, type SqliteProjectionRunnerOptions } from './sqlite-projection-runner.js';
export { SqlitePlanHistory, type SqlitePlanHistoryOptions, type PlanAsOf } from './sqlite-plan-history.js';
export type { FocusAreaSnapshot, StreamAgreement } from './read-model-writer.js';
export { agreementRegisteredBy, isSnapshotRevision } from './runner-rules.js';
