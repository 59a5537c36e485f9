import type { QueryConfig } from 'pg';
import type { Position } from '../../event-store.port.js';
import type { StoredEventId } from '../../stored-event-ids.js';
import { NOTIFY_CHANNEL, type PostgresTables } from './postgres-schema.js';

/** The columns of one batch's rows, one array each, inserted with a single unnest. */
export interface InsertColumns {
  readonly position: string[];
  readonly streamId: string[];
  readonly revision: number[];
  readonly eventId: string[];
  readonly type: string[];
  readonly schemaVersion: number[];
  readonly data: string[];
  readonly metadata: string[];
  readonly prevHash: string[];
  readonly hash: string[];
}

const COLUMNS = 'position, stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash';

/**
 * Every statement has a name, so each pooled connection parses and plans it once. The names need
 * not carry the schema: each store has its own pool, so no connection serves two schemas.
 */
export function statements(tables: PostgresTables) {
  const named =
    (name: string, text: string) =>
    (values: unknown[]): QueryConfig => ({ name: `samverkan_${name}`, text, values });
  return {
    /** Sent as a simple query with BEGIN: waits for the log's head, then holds it until COMMIT. */
    beginAndLockHead: `BEGIN; SELECT position, hash FROM ${tables.head} FOR UPDATE`,
    /**
     * What a batch needs to know, in one statement after the lock: each of its streams' last
     * revision (`event_id` null), and where its event ids are already stored.
     */
    batchState: named(
      'batch_state',
      `SELECT s.id AS stream_id, (SELECT max(revision) FROM ${tables.events} WHERE stream_id = s.id) AS revision, NULL AS event_id, NULL AS position
         FROM unnest($1::text[]) AS s(id)
       UNION ALL
       SELECT stream_id, revision, event_id, position FROM ${tables.events} WHERE event_id = ANY($2::text[])`,
    ),
    // Data-modifying CTEs run once whether or not the outer query reads them; the NOTIFY is
    // delivered at commit, so a listener never hears of events it cannot read yet.
    insertBatch: (columns: InsertColumns, head: { position: string; hash: string }) =>
      named(
        'insert_batch',
        `WITH inserted AS (
           INSERT INTO ${tables.events} (${COLUMNS})
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[])
         ), moved AS (UPDATE ${tables.head} SET position = $11, hash = $12)
         SELECT pg_notify('${NOTIFY_CHANNEL}', $13)`,
      )([
        columns.position,
        columns.streamId,
        columns.revision,
        columns.eventId,
        columns.type,
        columns.schemaVersion,
        columns.data,
        columns.metadata,
        columns.prevHash,
        columns.hash,
        head.position,
        head.hash,
        tables.schema,
      ]),
    readStream: named('read_stream', `SELECT ${COLUMNS} FROM ${tables.events} WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`),
    readStreamBackwards: named(
      'read_stream_backwards',
      `SELECT ${COLUMNS} FROM ${tables.events} WHERE stream_id = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
    ),
    // LIMIT NULL means no limit.
    readAll: named('read_all', `SELECT ${COLUMNS} FROM ${tables.events} WHERE position > $1 ORDER BY position LIMIT $2`),
    highestPositionEverUsed: named('head_position', `SELECT position FROM ${tables.head}`),
    // Stream groups (StreamGroupReads): what a catch-up from zero reads agreement by agreement.
    lastPosition: named('last_position', `SELECT max(position)::text AS position FROM ${tables.events}`),
    readTypes: named('read_types', `SELECT ${COLUMNS} FROM ${tables.events} WHERE type = ANY($1::text[]) AND position <= $2 ORDER BY position`),
    streamIds: named('stream_ids', `SELECT stream_id FROM ${tables.events} GROUP BY stream_id HAVING min(position) <= $1`),
    // `position + 0`: the position index is kept out of it (ordered by it with a LIMIT, or as a
    // bitmap of the whole range, each group's few events cost a walk over the log); the streams'
    // index finds them, and they are sorted.
    readStreamGroup: named(
      'read_stream_group',
      `SELECT ${COLUMNS} FROM ${tables.events} WHERE stream_id = ANY($1::text[]) AND position + 0 > $2 AND position + 0 <= $3 ORDER BY position + 0 LIMIT $4`,
    ),
  };
}

export type Statements = ReturnType<typeof statements>;

/** A row of `batchState`: a stream's last revision (null: no stream) when `event_id` is null, else a stored event id. */
export interface BatchStateRow {
  readonly stream_id: string;
  readonly revision: string | null;
  readonly event_id: string | null;
  readonly position: string | null;
}

export function toStoredEventId(row: BatchStateRow & { event_id: string }): StoredEventId {
  return { eventId: row.event_id, streamId: row.stream_id, revision: Number(row.revision), position: row.position as Position };
}

/** Positions of this adapter are the decimal positions it assigned from 1; anything else did not come from it. */
