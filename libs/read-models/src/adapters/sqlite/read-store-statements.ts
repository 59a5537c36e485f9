import type Database from 'better-sqlite3';
import { DOCUMENT_COLUMNS, LOG_ROW_COLUMNS, LOG_ROW_TEXTS } from './document-query.js';

export interface DocumentRow {
  readonly id: string;
  readonly agreement_id: string | null;
  readonly focus_area_id: string | null;
  readonly party_id: string | null;
  readonly kind: string | null;
  readonly occurred_at: string | null;
  readonly position: number;
  readonly changed_at: string | null;
  readonly doc: string;
}

export interface CheckpointRow {
  readonly projection: string;
  readonly version: number;
  /** Null until the projection has applied its first event. */
  readonly position: number | null;
}

export interface SnapshotRow {
  readonly focus_area_id: string;
  readonly revision: number;
  readonly doc_id: string;
  readonly agreement_id: string | null;
  readonly stream_id: string;
  readonly position: number;
  readonly occurred_at: string;
  readonly doc: string | null;
}

/** A log row as a query reads it: where its event is in the log, with the interned texts spelled out. */
export interface LogRowRecord {
  readonly id: string;
  readonly position: number;
  readonly stream_id: string;
  readonly revision: number;
  readonly event_agreement_id: string | null;
  readonly projection_name: string;
}

type Text = string | null;
type Key = number | null;
/**
 * Audit rows are inserted this many to a statement: one statement per row cost about a third more
 * at a million rows, mostly in binding and stepping each statement.
 */
export const LOG_ROWS_PER_INSERT = 32;
const PUT_LOG_ROWS =
  'INSERT OR IGNORE INTO rm_log_rows (projection, id, position, stream, revision, event_agreement, agreement, focus_area, party, kind, occurred_at) VALUES';
const LOG_ROW_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

export type PutLogRow = [
  projection: number,
  id: string,
  position: number,
  stream: number,
  revision: number,
  eventAgreement: Key,
  agreement: Key,
  focusArea: Key,
  party: Key,
  kind: Key,
  occurredAt: Text,
];
type PutDocument = [
  projection: string,
  id: string,
  agreementId: Text,
  focusAreaId: Text,
  partyId: Text,
  kind: Text,
  occurredAt: Text,
  position: number,
  changedAt: string,
  doc: string,
];
const SNAPSHOT_COLUMNS = 'focus_area_id, revision, doc_id, agreement_id, stream_id, position, occurred_at, doc';

/** Prepared once per connection; the runner calls most of them once per document per batch. */
export function prepareReadStoreStatements(db: Database.Database) {
  return {
    getDocument: db.prepare<[string, string], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM rm_documents WHERE projection = ? AND id = ?`),
    putDocument: db.prepare<PutDocument>(
      // An upsert, not INSERT OR REPLACE: REPLACE deletes the row and inserts it anew, rewriting
      // every index entry; an update in place touches only the indexes whose columns changed
      // (a board document's agreement and focus area never do).
      `INSERT INTO rm_documents (projection, ${DOCUMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (projection, id) DO UPDATE SET agreement_id = excluded.agreement_id, focus_area_id = excluded.focus_area_id,
          party_id = excluded.party_id, kind = excluded.kind, occurred_at = excluded.occurred_at, position = excluded.position,
          changed_at = excluded.changed_at, doc = excluded.doc`,
    ),
    deleteDocument: db.prepare<[string, string]>('DELETE FROM rm_documents WHERE projection = ? AND id = ?'),
    dropDocuments: db.prepare<[string]>('DELETE FROM rm_documents WHERE projection = ?'),
    holdsDocuments: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM rm_documents WHERE projection = ? LIMIT 1'),
    checkpoints: db.prepare<[], CheckpointRow>('SELECT projection, version, position FROM rm_checkpoints ORDER BY projection'),
    setCheckpoint: db.prepare<[string, number, number | null]>('INSERT OR REPLACE INTO rm_checkpoints (projection, version, position) VALUES (?, ?, ?)'),
    deleteCheckpoint: db.prepare<[string]>('DELETE FROM rm_checkpoints WHERE projection = ?'),
    streamAgreement: db.prepare<[string], { agreement_id: string; position: number }>(
      'SELECT agreement_id, position FROM rm_stream_agreements WHERE stream_id = ?',
    ),
    // First mapping wins: the log decides, and replaying it registers the same stream again.
    registerStream: db.prepare<[string, string, number]>(
      'INSERT OR IGNORE INTO rm_stream_agreements (stream_id, agreement_id, position) VALUES (?, ?, ?)',
    ),
    dropStreamIndex: db.prepare('DELETE FROM rm_stream_agreements'),
    putSnapshot: db.prepare<[string, number, string, string | null, string, number, string, string | null]>(
      `INSERT OR REPLACE INTO rm_focus_area_snapshots (${SNAPSHOT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    dropSnapshots: db.prepare('DELETE FROM rm_focus_area_snapshots'),
    // Per focus area of the agreement, its latest snapshot by the instant and the next one's revision:
    // the latest are found in rm_focus_area_snapshots_by_agreement alone, then read by primary key.
    agreementSnapshotsAsOfTime: db.prepare<[string, string], SnapshotRow & { readonly next_revision: number | null }>(
      `SELECT ${SNAPSHOT_COLUMNS.split(', ')
        .map((column) => `s.${column}`)
        .join(', ')},
          (SELECT MIN(n.revision) FROM rm_focus_area_snapshots n WHERE n.focus_area_id = s.focus_area_id AND n.revision > s.revision) AS next_revision
        FROM (SELECT focus_area_id, MAX(revision) AS revision FROM rm_focus_area_snapshots
                WHERE agreement_id = ? AND occurred_at <= ? GROUP BY focus_area_id) latest
        JOIN rm_focus_area_snapshots s ON s.focus_area_id = latest.focus_area_id AND s.revision = latest.revision
        ORDER BY s.focus_area_id`,
    ),
    snapshotAsOfRevision: db.prepare<[string, number], SnapshotRow>(
      `SELECT ${SNAPSHOT_COLUMNS} FROM rm_focus_area_snapshots WHERE focus_area_id = ? AND revision <= ?
        ORDER BY revision DESC LIMIT 1`,
    ),
    keyOf: db.prepare<[string], { key: number }>('SELECT key FROM rm_keys WHERE value = ?'),
    addKey: db.prepare<[string]>('INSERT INTO rm_keys (value) VALUES (?)'),
    putLogRow: db.prepare<PutLogRow>(`${PUT_LOG_ROWS} ${LOG_ROW_VALUES}`),
    /** LOG_ROWS_PER_INSERT rows in one statement: their values one after the other, in column order. */
    putLogRows: db.prepare<[PutLogRow[number][]]>(`${PUT_LOG_ROWS} ${Array(LOG_ROWS_PER_INSERT).fill(LOG_ROW_VALUES).join(', ')}`),
    getLogRow: db.prepare<[string, string], LogRowRecord>(
      `SELECT ${LOG_ROW_COLUMNS} FROM rm_log_rows r ${LOG_ROW_TEXTS} WHERE r.projection = (SELECT key FROM rm_keys WHERE value = ?) AND r.id = ?`,
    ),
    hasLogRows: db.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM rm_log_rows WHERE projection = (SELECT key FROM rm_keys WHERE value = ?) LIMIT 1',
    ),
    dropLogRows: db.prepare<[string]>('DELETE FROM rm_log_rows WHERE projection = (SELECT key FROM rm_keys WHERE value = ?)'),
    nextSnapshotRevision: db.prepare<[string, number], { revision: number | null }>(
      'SELECT MIN(revision) AS revision FROM rm_focus_area_snapshots WHERE focus_area_id = ? AND revision > ?',
    ),
  };
}

export type ReadStoreStatements = ReturnType<typeof prepareReadStoreStatements>;
