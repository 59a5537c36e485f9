import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { SqliteEventStore, type SqliteDurability } from '@samverkan/event-store/sqlite';
import { Clock, IdGenerator } from './clock.js';
import { EventAppender } from './event-appender.js';

/** The embedded store by default: one SQLite file in DATA_DIR, no server to run; and the one append path to it. */
@Global()
@Module({
  providers: [
    Clock,
    IdGenerator,
    EventAppender,
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService): EventStore => {
        const dataDir = config.getOrThrow<string>('DATA_DIR');
        mkdirSync(dataDir, { recursive: true });
        return new SqliteEventStore({
          filename: join(dataDir, 'events.sqlite'),
          durability: config.getOrThrow<SqliteDurability>('STORE_DURABILITY'),
        });
      },
    },
  ],
  exports: [EVENT_STORE, Clock, IdGenerator, EventAppender],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
