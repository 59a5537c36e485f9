import Database from 'better-sqlite3';

/**
 * Read models live in their own file, beside the log. Positions are the log's row ids.
 * rm_stream_agreements is the runner's stream → agreement index; `position` is where the mapping
 * was made, so an event is only enriched by mappings from earlier in the log (a replay from zero
 * sees exactly what the first run saw). A snapshot keeps the board document's id and agreement, so
 * a past plan finds the focus areas of its time even if their documents were deleted since.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rm_checkpoints (
    projection TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    position INTEGER
  );
  CREATE TABLE IF NOT EXISTS rm_documents (
    projection TEXT NOT NULL,
    id TEXT NOT NULL,
    agreement_id TEXT,
    focus_area_id TEXT,
    party_id TEXT,
    kind TEXT,
    occurred_at TEXT,
    position INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (projection, id)
  );
  CREATE INDEX IF NOT EXISTS rm_documents_agreement ON rm_documents (projection, agreement_id, occurred_at);
  CREATE INDEX IF NOT EXISTS rm_documents_focus_area ON rm_documents (projection, focus_area_id);
  CREATE INDEX IF NOT EXISTS rm_documents_party ON rm_documents (projection, party_id);
  CREATE INDEX IF NOT EXISTS rm_documents_kind ON rm_documents (projection, kind);
  CREATE INDEX IF NOT EXISTS rm_documents_occurred ON rm_documents (projection, occurred_at);
  CREATE TABLE IF NOT EXISTS rm_stream_agreements (
    stream_id TEXT PRIMARY KEY,
    agreement_id TEXT NOT NULL,
    position INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS rm_stream_agreements_agreement ON rm_stream_agreements (agreement_id);
  CREATE TABLE IF NOT EXISTS rm_focus_area_snapshots (
    focus_area_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    agreement_id TEXT,
    stream_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    occurred_at TEXT NOT NULL,
    doc TEXT, -- NULL: the document was deleted by this event
    PRIMARY KEY (focus_area_id, revision)
  );
  CREATE INDEX IF NOT EXISTS rm_focus_area_snapshots_time ON rm_focus_area_snapshots (focus_area_id, occurred_at);
  CREATE INDEX IF NOT EXISTS rm_focus_area_snapshots_agreement ON rm_focus_area_snapshots (agreement_id, occurred_at);
`;

export interface ReadStoreConnectionOptions {
  /** How long to wait for another connection's write lock. */
  readonly busyTimeoutMs: number;
}

export function openReadModelDatabase(filename: string, options: ReadStoreConnectionOptions): Database.Database {
  const db = new Database(filename);
  try {
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`);
    db.pragma('journal_mode = WAL');
    // NORMAL, not FULL: a power cut may lose the last batches, but WAL keeps the file consistent
    // and each batch commits with its checkpoint, so the runner just re-applies them from the log.
    // Read models are a cache of the log; the log itself is the one that must be FULL.
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
