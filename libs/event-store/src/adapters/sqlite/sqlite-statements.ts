import type Database from 'better-sqlite3';
import type { EventRow as SharedEventRow } from '../event-rows.js';

/** Its rows are the SQL stores' shared shape; SQLite hands integers over as numbers. */
export type EventRow = SharedEventRow & { readonly position: number; readonly revision: number };

/** What an append needs to know, read in one indexed query inside the write transaction. */
export interface HeadRow {
  /** The highest position ever used (sqlite_sequence); null before the first append. */
  readonly seq: number | null;
  readonly last_position: number | null;
  readonly last_hash: string | null;
  /** The stream's last revision; null when the stream does not exist. */
  readonly revision: number | null;
}

export type InsertParams = [
  position: number,
  streamId: string,
  revision: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  prevHash: string,
  hash: string,
];

const COLUMNS = 'position, stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash';

/** The columns a stream group's read returns, in this order, as raw rows (see `groupRowToEvent`). */
export const GROUP_READ_COLUMNS = ['position', 'stream_id', 'revision', 'event_id', 'type', 'schema_version', 'data', 'metadata'] as const;

export type GroupReadRow = Pick<EventRow, (typeof GROUP_READ_COLUMNS)[number]>;

/**
 * A page of a group of streams: its events after a position and up to a head, in log order. The
 * positions are found and sorted in the streams' index alone (`+position` keeps the planner off a
 * scan of the whole range), then the rows read in log order.
 */
export const READ_STREAMS_SQL = `SELECT ${GROUP_READ_COLUMNS.join(', ')} FROM events WHERE position IN (
  SELECT position FROM events WHERE stream_id IN (SELECT value FROM json_each(?)) AND +position > ? AND +position <= ? ORDER BY position LIMIT ?
) ORDER BY position`;

/**
 * Prepared once per connection: preparing is a large share of a one-row append's cost. A stream id
 * is bound as `(SELECT ?)`, not a bare `?`: SQLite 3.54 (better-sqlite3 13), built with STAT4,
 * compiles a statement again whenever a bare parameter compared with an indexed column is bound
 * anew, which made the append's head query five times slower (see the README's benchmark notes).
 */
export function prepareStatements(db: Database.Database) {
  return {
    head: db.prepare<[string], HeadRow>(
      `SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'events') AS seq,
              last.position AS last_position, last.hash AS last_hash,
              (SELECT MAX(revision) FROM events WHERE stream_id = (SELECT ?)) AS revision
         FROM (SELECT 1) LEFT JOIN (SELECT position, hash FROM events ORDER BY position DESC LIMIT 1) AS last`,
    ),
    streamRevision: db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream_id = (SELECT ?)'),
    insert: db.prepare<InsertParams>(`INSERT INTO events (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    readStream: db.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = (SELECT ?) AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
    readStreamBackwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = (SELECT ?) AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    ),
    // LIMIT -1 means no limit in SQLite.
    readAll: db.prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
    // Stream groups (StreamGroupReads); the worker reads them with the same query (see READ_STREAMS_SQL).
    headPosition: db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
    readTypes: db.prepare<[string, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE type IN (SELECT value FROM json_each(?)) AND position <= ? ORDER BY position`,
    ),
    streamIds: db.prepare<[number], { stream_id: string }>('SELECT stream_id FROM events GROUP BY stream_id HAVING MIN(position) <= ?'),
    readStreams: db.prepare<[string, number, number, number], unknown[]>(READ_STREAMS_SQL).raw(true),
    storedEventIds: db.prepare<[string], { event_id: string; stream_id: string; revision: number; position: number }>(
      'SELECT event_id, stream_id, revision, position FROM events WHERE event_id IN (SELECT value FROM json_each(?))',
    ),
    highestPositionEverUsed: db.prepare<[], { seq: number | null }>(`SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'events') AS seq`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
