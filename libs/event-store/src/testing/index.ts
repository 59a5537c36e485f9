export { describeEventStoreContract } from './event-store.contract.js';
export {
  anEvent,
  events,
  waitFor,
  type ContractCapabilities,
  type CreateEventStoreFixture,
  type EventStoreFixture,
  type OtherProcesses,
  type RemoteAppendOutcome,
  type RemoteAppendRequest,
  type RemoteAppender,
  type TamperHooks,
} from './contract/fixture.js';
export { freePort, postgresBinDir, startPostgresCluster, type PostgresCluster, type PostgresClusterOptions } from './postgres-cluster.js';
export { AppenderProcess } from './appender/remote-appender.js';
