import Database from 'better-sqlite3';

/**
 * Read models live in their own file, beside the log. Positions are the log's row ids.
 * rm_stream_agreements is the runner's stream → agreement index; `position` is where the mapping
 * was made, so an event is only enriched by mappings from earlier in the log (a replay from zero
 * sees exactly what the first run saw). A snapshot keeps the board document's id and agreement, so
 * a past plan finds the focus areas of its time even if their documents were deleted since.
 */
/**
 * The query indexes a catch-up from zero builds at its end rather than entry by entry: sorting
 * once is cheaper than inserting a million entries at random places in B-trees that grow with the
 * log, and each batch's commit rewrote the pages it had touched (see `catchingUp` in the store).
 * Each is dropped only while its table is empty, and made again (IF NOT EXISTS) on every open, so
 * a runner killed meanwhile leaves nothing missing.
 */
export const BULK_LOADED_INDEXES = [
  {
    table: 'rm_log_rows',
    // The ids too: a catch-up by agreement writes the entries out of log order, so their ids at random places.
    names: ['rm_log_rows_id', 'rm_log_rows_by_agreement', 'rm_log_rows_by_focus_area'],
    sql: `
  CREATE UNIQUE INDEX IF NOT EXISTS rm_log_rows_id ON rm_log_rows (projection, id);
  CREATE INDEX IF NOT EXISTS rm_log_rows_by_agreement ON rm_log_rows (projection, agreement, occurred_at, party, kind);
  CREATE INDEX IF NOT EXISTS rm_log_rows_by_focus_area ON rm_log_rows (projection, focus_area, occurred_at, party, kind);`,
  },
  {
    table: 'rm_focus_area_snapshots',
    names: ['rm_focus_area_snapshots_by_agreement'],
    // Which focus areas an agreement had at a moment, and each one's latest snapshot by then, from the index alone.
    sql: `
  CREATE INDEX IF NOT EXISTS rm_focus_area_snapshots_by_agreement
    ON rm_focus_area_snapshots (agreement_id, focus_area_id, occurred_at, revision);`,
  },
] as const;

export type BulkLoadedIndexes = (typeof BULK_LOADED_INDEXES)[number];

/**
 * SQLite sorts an index's entries in runs of about the page cache's size; with helper threads, each
 * full run is sorted and written by a helper while the main thread reads on. With the catch-up's
 * 64 MB cache, a million audit entries fit one run, sorted by the main thread alone; in runs of
 * 8 MB on two threads the audit entries' two indexes took 1.2 s rather than 2.5 s at a million rows.
 */
const SORT_THREADS = 2;
const SORT_RUN_KIB = 8 * 1024;

export const createBulkLoadedIndexes = (db: Database.Database, indexes: BulkLoadedIndexes): void => {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`threads = ${SORT_THREADS}`);
  db.pragma(`cache_size = -${SORT_RUN_KIB}`);
  try {
    db.exec(indexes.sql);
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`threads = ${threads}`);
  }
};

export const dropBulkLoadedIndexes = (db: Database.Database, indexes: BulkLoadedIndexes): void => {
  for (const name of indexes.names) db.exec(`DROP INDEX IF EXISTS ${name}`);
};

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
    changed_at TEXT, -- when the last event that changed it happened; NULL if stored before this column
    doc TEXT NOT NULL,
    PRIMARY KEY (projection, id)
  );
  -- Every query names an agreement or a focus area (a user reads one agreement at a time), so two
  -- indexes serve them all; party and kind ride along in the entries, so those filters and the
  -- page counts are answered from the index. Each index costs every write: the audit history
  -- writes a row per event, and five indexes made a rebuild twice as slow.
  DROP INDEX IF EXISTS rm_documents_agreement;
  DROP INDEX IF EXISTS rm_documents_focus_area;
  DROP INDEX IF EXISTS rm_documents_party;
  DROP INDEX IF EXISTS rm_documents_kind;
  DROP INDEX IF EXISTS rm_documents_occurred;
  CREATE INDEX IF NOT EXISTS rm_documents_by_agreement ON rm_documents (projection, agreement_id, occurred_at, party_id, kind);
  CREATE INDEX IF NOT EXISTS rm_documents_by_focus_area ON rm_documents (projection, focus_area_id, occurred_at, party_id, kind);
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
  DROP INDEX IF EXISTS rm_focus_area_snapshots_time;
  DROP INDEX IF EXISTS rm_focus_area_snapshots_agreement;
  -- An insert-only projection's documents are a function of their event alone (an audit row), so
  -- they are not copied here: a row is an index entry pointing at its event in the log (stream and
  -- revision), and a query reads the events of its page back through the event store's port. Every
  -- text an entry filters by is interned in rm_keys, so an entry and its index entries stay small:
  -- copied, the audit history made the read store three times the size of the log.
  CREATE TABLE IF NOT EXISTS rm_keys (
    key INTEGER PRIMARY KEY,
    value TEXT NOT NULL UNIQUE
  );
  CREATE TABLE IF NOT EXISTS rm_log_rows (
    projection INTEGER NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    stream INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    event_agreement INTEGER, -- the agreement the runner gave the event: its replay gets the same
    agreement INTEGER,
    focus_area INTEGER,
    party INTEGER,
    kind INTEGER,
    occurred_at TEXT
  );
${BULK_LOADED_INDEXES.map((indexes) => indexes.sql).join('\n')}
`;

export interface ReadStoreConnectionOptions {
  /** How long to wait for another connection's write lock. */
  readonly busyTimeoutMs: number;
}

/** Columns added after a store may have been made: SQLite adds a nullable column without rewriting rows. */
function addMissingColumns(db: Database.Database): void {
  const columns = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('rm_documents')")
      .all()
      .map((c) => c.name),
  );
  if (!columns.has('changed_at')) db.exec('ALTER TABLE rm_documents ADD COLUMN changed_at TEXT');
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
    addMissingColumns(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
