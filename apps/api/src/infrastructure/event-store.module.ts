import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { openEventStore } from '@samverkan/event-store/open';
import type { SqliteDurability } from '@samverkan/event-store/sqlite';
import { eventStoreLocation } from '../config/stores.js';
import { Clock, IdGenerator } from './clock.js';
import { EventAppender } from './event-appender.js';

/**
 * The event log where EVENT_STORE_URL says (the embedded SQLite file in DATA_DIR by default, no
 * server to run; PostgreSQL or KurrentDB for several instances), and the one append path to it.
 */
@Global()
@Module({
  providers: [
    Clock,
    IdGenerator,
    EventAppender,
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService): Promise<EventStore> => {
        mkdirSync(config.getOrThrow<string>('DATA_DIR'), { recursive: true });
        const location = eventStoreLocation(config);
        if (location.engine === 'sqlite') mkdirSync(dirname(location.filename), { recursive: true });
        return openEventStore(location, { durability: config.getOrThrow<SqliteDurability>('STORE_DURABILITY') });
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
