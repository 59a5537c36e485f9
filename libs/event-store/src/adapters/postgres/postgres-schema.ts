import pg from 'pg';
import { GENESIS_LINK } from '../../hash-chain.js';

/** Where the store's tables live: one schema of one database, quoted once for every statement. */
export interface PostgresTables {
  readonly schema: string;
  /** `"schema".events` */
  readonly events: string;
  /** `"schema".log_head` */
  readonly head: string;
}

export function tablesIn(schema: string): PostgresTables {
  const quoted = pg.escapeIdentifier(schema);
  return { schema, events: `${quoted}.events`, head: `${quoted}.log_head` };
}

/** Every store in a database announces its commits on this channel, with its schema as the payload. */
export const NOTIFY_CHANNEL = 'samverkan_event_log';

// Any constant: it only has to be the same in every instance that may create the schema at once.
const SCHEMA_LOCK_KEY = 0x5a3e_7c01;

/**
 * Data and metadata are TEXT holding the canonical JSON the hash chain covers (jsonb would reorder
 * keys and drop the bytes the hash was taken over). `log_head` is one row: the highest position
 * ever used and its hash. Appenders lock it FOR UPDATE until they commit, which is what makes
 * positions gapless and commits visible in position order; and since a deleted tail does not move
 * it back, verification notices one.
 */
function ddl({ schema, events, head }: PostgresTables): string {
  return `
    CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)};
    CREATE TABLE IF NOT EXISTS ${events} (
      position bigint PRIMARY KEY,
      stream_id text NOT NULL,
      revision bigint NOT NULL,
      event_id text NOT NULL UNIQUE,
      type text NOT NULL,
      schema_version integer NOT NULL,
      data text NOT NULL,
      metadata text NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      UNIQUE (stream_id, revision)
    );
    CREATE TABLE IF NOT EXISTS ${head} (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      position bigint NOT NULL,
      hash text NOT NULL
    );
    INSERT INTO ${head} (position, hash) VALUES (${GENESIS_LINK.position}, '${GENESIS_LINK.hash}') ON CONFLICT DO NOTHING;`;
}

/**
 * Creates the schema when it is missing. Several instances may start at once: `IF NOT EXISTS` alone
 * races in PostgreSQL's catalogue (two creators, one unique violation), so creation is serialised
 * by a transaction-level advisory lock.
 */
export async function ensureSchema(client: pg.ClientBase, tables: PostgresTables): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await client.query(ddl(tables));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
