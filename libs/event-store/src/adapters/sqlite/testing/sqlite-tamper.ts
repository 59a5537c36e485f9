import Database from 'better-sqlite3';
import type { Position } from '../../../event-store.port.js';
import type { TamperHooks } from '../../../testing/index.js';
import type { SqliteEventStore } from '../sqlite-event-store.js';

/**
 * Edits the file behind the store's back through a second, raw connection: what someone with
 * access to the file (or a buggy migration) could do.
 */
export function sqliteTamperHooks(filename: string, store: SqliteEventStore): TamperHooks {
  const withRaw = async (edit: (db: Database.Database) => void): Promise<void> => {
    const db = new Database(filename);
    try {
      db.transaction(() => edit(db))();
    } finally {
      db.close();
    }
  };
  return {
    verify: () => store.verify({ batchSize: 3 }), // small batches, so breaks are found across them
    editData: (position: Position, data: unknown) =>
      withRaw((db) => {
        db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), Number(position));
      }),
    deleteEvent: (position: Position) =>
      withRaw((db) => {
        db.prepare('DELETE FROM events WHERE position = ?').run(Number(position));
      }),
    swapEvents: (a: Position, b: Position) =>
      withRaw((db) => {
        const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
        move.run(-1, Number(a));
        move.run(Number(a), Number(b));
        move.run(Number(b), -1);
      }),
  };
}
