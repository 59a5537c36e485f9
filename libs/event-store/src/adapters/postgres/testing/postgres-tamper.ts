import pg from 'pg';
import type { Position } from '../../../event-store.port.js';
import type { TamperHooks } from '../../../testing/index.js';
import type { PostgresEventStore } from '../postgres-event-store.js';
import { tablesIn } from '../postgres-schema.js';

/**
 * Edits the tables behind the store's back through a raw connection: what a database
 * administrator (or a buggy migration) could do.
 */
export function postgresTamperHooks(url: string, schema: string, store: PostgresEventStore): TamperHooks {
  const { events } = tablesIn(schema);
  const withRaw = async (edit: (client: pg.Client) => Promise<unknown>): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await edit(client);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  };
  return {
    verify: () => store.verify({ batchSize: 3 }), // small batches, so breaks are found across them
    editData: (position: Position, data: unknown) =>
      withRaw((client) => client.query(`UPDATE ${events} SET data = $1 WHERE position = $2`, [JSON.stringify(data), position])),
    deleteEvent: (position: Position) => withRaw((client) => client.query(`DELETE FROM ${events} WHERE position = $1`, [position])),
    swapEvents: (a: Position, b: Position) =>
      withRaw(async (client) => {
        const move = (from: string, to: string) => client.query(`UPDATE ${events} SET position = $2 WHERE position = $1`, [from, to]);
        await move(a, '-1');
        await move(b, a);
        await move('-1', b);
      }),
  };
}
