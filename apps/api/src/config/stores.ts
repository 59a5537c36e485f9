import type { ConfigService } from '@nestjs/config';
import { join } from 'node:path';
import { type EventStoreLocation, EventStoreUrlError, parseEventStoreUrl, redact } from '@samverkan/event-store';

/** Where accounts, sessions and sign-in limits live: a SQLite file, or a PostgreSQL database. */
export type AccountsLocation = Extract<EventStoreLocation, { engine: 'sqlite' | 'postgres' }>;

export function parseAccountsUrl(url: string): AccountsLocation {
  const refused = () => new EventStoreUrlError(`ACCOUNTS_URL must be sqlite:<file> or postgres://user:password@host:5432/database (got ${redact(url)})`);
  if (!/^(sqlite|postgres|postgresql):/i.test(url.trim())) throw refused();
  const location = parseEventStoreUrl(url);
  if (location.engine === 'kurrentdb') throw refused();
  return location;
}

/** The event log's location: EVENT_STORE_URL, else the embedded file in DATA_DIR. */
export function eventStoreLocation(config: ConfigService): EventStoreLocation {
  const url = config.get<string>('EVENT_STORE_URL');
  return url ? parseEventStoreUrl(url) : { engine: 'sqlite', filename: join(config.getOrThrow<string>('DATA_DIR'), 'events.sqlite') };
}

/**
 * The accounts' location: ACCOUNTS_URL; else the event log's PostgreSQL database when the log is
 * there (several instances then share accounts and sessions with no second setting); else the
 * embedded file in DATA_DIR (one instance; with KurrentDB and several instances, set ACCOUNTS_URL).
 */
export function accountsLocation(config: ConfigService): AccountsLocation {
  const url = config.get<string>('ACCOUNTS_URL');
  return accountsLocationOf({
    accounts: url ? parseAccountsUrl(url) : undefined,
    events: eventStoreLocation(config),
    dataDir: config.getOrThrow<string>('DATA_DIR'),
  });
}

/** The same rule from settings already parsed (the CLI's options). */
export function accountsLocationOf(settings: { accounts?: AccountsLocation; events?: EventStoreLocation; dataDir: string }): AccountsLocation {
  if (settings.accounts) return settings.accounts;
  if (settings.events?.engine === 'postgres') return settings.events;
  return { engine: 'sqlite', filename: join(settings.dataDir, 'accounts.sqlite') };
}
