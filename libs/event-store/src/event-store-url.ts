/**
 * Where the event log lives, from one setting (`EVENT_STORE_URL`):
 * - `sqlite:<file>`: the embedded store (the default, `sqlite:<DATA_DIR>/events.sqlite`);
 * - `postgres://…` or `postgresql://…`: a PostgreSQL database (libpq's URL form, as `pg` takes it);
 * - `esdb://…`, `esdb+discover://…`, `kurrentdb://…` or `kurrentdb+discover://…`: a KurrentDB or
 *   EventStoreDB server, through `@eventstore/db-client` (which reads the `esdb` forms; a
 *   `kurrentdb` URL is handed to it as `esdb`).
 */
export type EventStoreLocation =
  | { readonly engine: 'sqlite'; readonly filename: string }
  | { readonly engine: 'postgres'; readonly url: string }
  | { readonly engine: 'kurrentdb'; readonly url: string };

export type EventStoreEngine = EventStoreLocation['engine'];

export class EventStoreUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventStoreUrlError';
  }
}

const FORMS = '`sqlite:<file>`, `postgres://user:password@host:5432/database` or `esdb://host:2113?tls=true` (also `kurrentdb://`)';

/** Parses the setting; a wrong one throws with a message saying which forms are understood. */
export function parseEventStoreUrl(url: string): EventStoreLocation {
  const text = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite': {
      const filename = text.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
      if (filename === '')
        throw new EventStoreUrlError(`An sqlite: event store URL needs a file, e.g. sqlite:./data/events.sqlite (got ${JSON.stringify(url)})`);
      return { engine: 'sqlite', filename };
    }
    case 'postgres':
    case 'postgresql': {
      const parsed = parseUrl(text);
      if (parsed.hostname === '' && !parsed.searchParams.has('host')) {
        throw new EventStoreUrlError(
          `A PostgreSQL event store URL needs a host, e.g. postgres://samverkan@db.example:5432/samverkan (got ${redact(text)})`,
        );
      }
      return { engine: 'postgres', url: text };
    }
    case 'esdb':
    case 'esdb+discover':
    case 'kurrentdb':
    case 'kurrentdb+discover': {
      const esdb = text.replace(/^kurrentdb/i, 'esdb');
      // Not a WHATWG URL: a cluster lists several hosts (esdb+discover://a:2113,b:2113).
      if (!/^esdb(\+discover)?:\/\/([^@/?]*@)?[^/?@]+/i.test(esdb))
        throw new EventStoreUrlError(`A KurrentDB event store URL needs a host, e.g. esdb://kurrent.example:2113?tls=true (got ${redact(text)})`);
      return { engine: 'kurrentdb', url: esdb };
    }
    default:
      throw new EventStoreUrlError(`EVENT_STORE_URL must be ${FORMS} (got ${redact(text)})`);
  }
}

/** The URL with its password replaced, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new EventStoreUrlError(`EVENT_STORE_URL is not a URL: ${redact(text)}; use ${FORMS}`);
  }
}
