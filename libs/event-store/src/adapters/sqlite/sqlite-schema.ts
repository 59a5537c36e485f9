import Database from 'better-sqlite3';

/**
 * How hard a commit tries to reach the disk before the append is acknowledged.
 * - `full`: WAL with synchronous=FULL; the WAL is fsynced on every commit, so an acknowledged
 *   append survives a power cut.
 * - `fast-may-lose-recent-commits-on-power-loss`: WAL with synchronous=NORMAL; the database stays
 *   consistent, but the last commits before a power cut (not a process crash) can be lost.
 */
export type SqliteDurability = 'full' | 'fast-may-lose-recent-commits-on-power-loss';

export interface SqliteConnectionOptions {
  readonly durability: SqliteDurability;
  /** How long to wait for another connection's write lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
}

// Positions are the AUTOINCREMENT row ids: never reused, so sqlite_sequence remembers the highest
// position ever written, which lets verification notice a truncated tail.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    metadata TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (stream_id, revision)
  );
`;

export function openSqliteDatabase(filename: string, options: SqliteConnectionOptions): Database.Database {
  const db = new Database(filename);
  try {
    // First, so that switching to WAL and creating the schema wait for a busy peer process.
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    db.exec(SCHEMA);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
