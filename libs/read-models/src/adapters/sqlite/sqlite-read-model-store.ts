import type Database from 'better-sqlite3';
import type { DocumentPage, DocumentQuery, ReadModelStore, StoredDocument } from '../../read-store.port.js';
import { documentSql, logRowSql } from './document-query.js';
import { documentsFromLog, type LogRowSource } from './log-rows.js';
import { toPosition } from './positions.js';
import { ReadModelWriter, type FocusAreaSnapshot, type StreamAgreement } from './read-model-writer.js';
import { BULK_LOADED_INDEXES, createBulkLoadedIndexes, dropBulkLoadedIndexes, openReadModelDatabase } from './read-store-schema.js';
import {
  prepareReadStoreStatements,
  type CheckpointRow,
  type DocumentRow,
  type LogRowRecord,
  type ReadStoreStatements,
  type SnapshotRow,
} from './read-store-statements.js';

export interface SqliteReadModelStoreOptions {
  /** A file path, e.g. `${DATA_DIR}/read-models.sqlite` (or ':memory:'). */
  readonly filename: string;
  /** How long a write waits for another connection's lock. Defaults to 5000 ms. */
  readonly busyTimeoutMs?: number;
  /**
   * The log and the projections, so that an insert-only projection's documents (the audit
   * history), kept as entries pointing at their events, can be read back. Without it, such a
   * projection cannot be queried (it throws), though the store can still be written.
   */
  readonly log?: LogRowSource;
}

export interface SnapshotAsOfTime {
  readonly focusAreaId: string;
  /** The revision of the focus area's next snapshot, if any: a replay need not go past it. */
  readonly nextRevision: number | undefined;
  readonly snapshot: () => FocusAreaSnapshot;
}

/** A catch-up's page cache, in KiB: room for the B-trees a batch writes into, at a few million events. */
const CATCH_UP_CACHE_KIB = 64 * 1024;

/**
 * While catching up, the WAL is copied into the file once per 40 MB written rather than once per
 * 4 MB (SQLite's default): the small index pages each batch touches again (interned keys, the
 * stream index, the snapshots' key) are then copied once per 40 MB, not once per batch, and the
 * file is synced a tenth as often. Read models are rebuilt from the log, so a longer WAL risks nothing.
 */
const CATCH_UP_WAL_PAGES = 10_000;

/** Read models in one SQLite file: queries for the API, and the transaction the runner writes in. */
export class SqliteReadModelStore implements ReadModelStore {
  private readonly db: Database.Database;
  private readonly statements: ReadStoreStatements;
  private readonly writer: ReadModelWriter;
  /** Query shapes are few (which filters are set), so each is prepared once. */
  private readonly prepared = new Map<string, Database.Statement<unknown[], unknown>>();
  private readonly log: LogRowSource | undefined;
  private readonly defaultCacheSize: number;
  private readonly defaultWalPages: number;

  constructor(options: SqliteReadModelStoreOptions) {
    this.log = options.log;
    this.db = openReadModelDatabase(options.filename, { busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
    this.statements = prepareReadStoreStatements(this.db);
    this.defaultCacheSize = this.db.pragma('cache_size', { simple: true }) as number;
    this.defaultWalPages = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    this.writer = new ReadModelWriter(this.statements);
  }

  async get<TDoc>(projection: string, id: string): Promise<StoredDocument<TDoc> | undefined> {
    const log = this.logOf(projection);
    if (log) {
      const row = this.statements.getLogRow.get(projection, id);
      return row && (await documentsFromLog<TDoc>(log, [row]))[0];
    }
    const row = this.statements.getDocument.get(projection, id);
    return row && toStoredDocument<TDoc>(row);
  }

  async find<TDoc>(projection: string, query: DocumentQuery): Promise<DocumentPage<TDoc>> {
    const log = this.logOf(projection);
    if (log) {
      const sql = logRowSql(projection, query);
      const { rows, total } = this.db.transaction(() => ({
        rows: this.prepare(sql.page).all(...sql.pageParams) as LogRowRecord[],
        total: (this.prepare(sql.count).get(...sql.params) as { total: number }).total,
      }))();
      // The events never change, so reading them after the transaction cannot disagree with the page.
      return { items: await documentsFromLog<TDoc>(log, rows), total };
    }
    const sql = documentSql(projection, query);
    // One read transaction, so the page and its total agree while the runner writes.
    return this.db.transaction(() => {
      const rows = this.prepare(sql.page).all(...sql.pageParams) as DocumentRow[];
      const { total } = this.prepare(sql.count).get(...sql.params) as { total: number };
      return { items: rows.map((row) => toStoredDocument<TDoc>(row)), total };
    })();
  }

  /**
   * Runs `work` in one IMMEDIATE transaction (the write lock is taken up front, so a second
   * writer waits instead of failing halfway). Everything `work` writes commits or none of it.
   */
  transaction<T>(work: (writer: ReadModelWriter) => T): T {
    try {
      return this.db
        .transaction(() => {
          const result = work(this.writer);
          this.writer.flushLogRows();
          return result;
        })
        .immediate();
    } catch (error) {
      this.writer.forgetUncommitted();
      throw error;
    }
  }

  /** The log to read an insert-only projection's rows from; undefined for a projection kept as documents. */
  private logOf(projection: string): LogRowSource | undefined {
    if (this.log?.projections.some((p) => p.name === projection && p.insertOnly)) return this.log;
    if (this.statements.hasLogRows.get(projection)) {
      throw new Error(`${projection} is kept as entries over the log: open the read store with the log (options.log) to read it`);
    }
    return undefined;
  }

  /**
   * Runs a catch-up's `work` with a larger page cache (the indexes being written stay in memory)
   * and, for each table still empty (a catch-up from zero), without its query indexes, made at
   * the end in one sorted pass (see `BULK_LOADED_INDEXES`): entry by entry, their random inserts
   * made the cost per event grow with the log.
   */
  async catchingUp<T>(work: () => Promise<T>): Promise<T> {
    const deferred = BULK_LOADED_INDEXES.filter(({ table }) => this.db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined);
    if (deferred.length > 0) this.db.transaction(() => deferred.forEach((indexes) => dropBulkLoadedIndexes(this.db, indexes))).immediate();
    this.db.pragma(`cache_size = -${CATCH_UP_CACHE_KIB}`);
    this.db.pragma(`wal_autocheckpoint = ${CATCH_UP_WAL_PAGES}`);
    try {
      return await work();
    } finally {
      try {
        for (const indexes of deferred) createBulkLoadedIndexes(this.db, indexes);
      } finally {
        this.db.pragma(`cache_size = ${this.defaultCacheSize}`);
        this.db.pragma(`wal_autocheckpoint = ${this.defaultWalPages}`);
      }
    }
  }

  /** Whether the projection has documents in rm_documents (an insert-only one has them only from before its rows were kept over the log). */
  holdsDocuments(projection: string): boolean {
    return this.statements.holdsDocuments.get(projection) !== undefined;
  }

  checkpoints(): CheckpointRow[] {
    return this.statements.checkpoints.all();
  }

  streamAgreement(streamId: string): StreamAgreement | undefined {
    return this.writer.streamAgreement(streamId);
  }

  /**
   * The focus areas of the agreement that had been snapshotted by the instant `at` (every focus
   * area is, at its first event), each with its latest snapshot by then (its document parsed only
   * when asked for) and the revision of the snapshot after it.
   */
  agreementSnapshotsAsOfTime(agreementId: string, at: string): SnapshotAsOfTime[] {
    return this.statements.agreementSnapshotsAsOfTime.all(agreementId, at).map((row) => ({
      focusAreaId: row.focus_area_id,
      nextRevision: row.next_revision ?? undefined,
      snapshot: () => toSnapshot(row)!,
    }));
  }

  /** The latest snapshot taken at or before the stream revision. */
  snapshotAsOfRevision(focusAreaId: string, revision: number): FocusAreaSnapshot | undefined {
    return toSnapshot(this.statements.snapshotAsOfRevision.get(focusAreaId, revision));
  }

  /** The revision of the first snapshot after `revision`: a replay from a snapshot need not go past it. */
  nextSnapshotRevision(focusAreaId: string, revision: number): number | undefined {
    return this.statements.nextSnapshotRevision.get(focusAreaId, revision)?.revision ?? undefined;
  }

  private prepare(sql: string): Database.Statement<unknown[], unknown> {
    let statement = this.prepared.get(sql);
    if (!statement) this.prepared.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toStoredDocument<TDoc>(row: DocumentRow): StoredDocument<TDoc> {
  return {
    id: row.id,
    doc: JSON.parse(row.doc) as TDoc,
    index: {
      agreementId: row.agreement_id,
      focusAreaId: row.focus_area_id,
      partyId: row.party_id,
      kind: row.kind,
      occurredAt: row.occurred_at,
    },
    position: toPosition(row.position),
    changedAt: row.changed_at,
  };
}

function toSnapshot(row: SnapshotRow | undefined): FocusAreaSnapshot | undefined {
  if (!row) return undefined;
  return {
    focusAreaId: row.focus_area_id,
    revision: row.revision,
    docId: row.doc_id,
    agreementId: row.agreement_id,
    streamId: row.stream_id,
    seq: row.position,
    occurredAt: row.occurred_at,
    doc: row.doc === null ? undefined : (JSON.parse(row.doc) as unknown),
  };
}
