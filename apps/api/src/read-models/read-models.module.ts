import { Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import {
  ALL_PROJECTIONS,
  agreementDirectoryProjection,
  focusAreaBoardProjection,
  PLAN_HISTORY,
  PROJECTION_RUNNER,
  READ_MODEL_STORE,
  type ProjectionRunner,
} from '@samverkan/read-models';
import { SqlitePlanHistory, SqliteProjectionRunner, SqliteReadModelStore } from '@samverkan/read-models/sqlite';
import { ReadModelConsistency } from './consistency.js';
import { ReadAccess } from './read-access.js';
import { ReadModels } from './read-models.service.js';

/**
 * The read models, projected in-process from the embedded store into DATA_DIR/read-models.sqlite.
 * The runner follows the log from its checkpoint, so a restart picks up where it stopped; the same
 * runner can run as its own process against a shared store.
 */
@Global()
@Module({
  providers: [
    {
      provide: READ_MODEL_STORE,
      inject: [ConfigService, EVENT_STORE],
      // The audit history is kept as entries over the log: its rows are read back through the event store.
      useFactory: (config: ConfigService, eventStore: EventStore) =>
        new SqliteReadModelStore({
          filename: join(config.getOrThrow<string>('DATA_DIR'), 'read-models.sqlite'),
          log: { eventStore, projections: ALL_PROJECTIONS },
        }),
    },
    {
      provide: PROJECTION_RUNNER,
      inject: [EVENT_STORE, READ_MODEL_STORE, ConfigService],
      useFactory: (eventStore: EventStore, readStore: SqliteReadModelStore, config: ConfigService) =>
        new SqliteProjectionRunner({
          eventStore,
          readStore,
          projections: ALL_PROJECTIONS,
          snapshotEvery: config.getOrThrow<number>('PLAN_SNAPSHOT_EVERY'),
          onError: (error) => new Logger('Projections').error(error instanceof Error ? error.stack : String(error)),
        }),
    },
    {
      provide: PLAN_HISTORY,
      inject: [EVENT_STORE, READ_MODEL_STORE],
      useFactory: (eventStore: EventStore, readStore: SqliteReadModelStore) =>
        new SqlitePlanHistory({
          eventStore,
          readStore,
          boardProjection: focusAreaBoardProjection,
          agreementProjection: agreementDirectoryProjection,
        }),
    },
    ReadModelConsistency,
    ReadModels,
    ReadAccess,
  ],
  exports: [READ_MODEL_STORE, PROJECTION_RUNNER, PLAN_HISTORY, ReadModelConsistency, ReadModels, ReadAccess],
})
export class ReadModelsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(READ_MODEL_STORE) private readonly readStore: SqliteReadModelStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop().catch(() => undefined);
    await this.readStore.close();
  }
}
