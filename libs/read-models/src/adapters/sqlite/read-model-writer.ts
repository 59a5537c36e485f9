import type { DocumentIndex } from '../../projection.js';
import { LogRowKeys } from './log-row-keys.js';
import { LOG_ROWS_PER_INSERT, type PutLogRow, type ReadStoreStatements } from './read-store-statements.js';

export interface LoadedDocument {
  readonly doc: unknown;
  readonly seq: number;
}

/** The last event that changed a document: its log position and when it happened. */
export interface DocumentChange {
  readonly seq: number;
  readonly occurredAt: string;
}

/** The event an insert-only document was made from: where the log keeps it, and the agreement the runner gave it. */
export interface LogRowEvent {
  readonly seq: number;
  readonly streamId: string;
  readonly revision: number;
  readonly agreementId: string | null;
}

export interface StreamAgreement {
  readonly agreementId: string;
  /** Where the log made the mapping: events before it are not enriched by it. */
  readonly seq: number;
}

export interface FocusAreaSnapshot {
  readonly focusAreaId: string;
  readonly revision: number;
  /** The board document's id, and its agreement. */
  readonly docId: string;
  readonly agreementId: string | null;
  readonly streamId: string;
  readonly seq: number;
  readonly occurredAt: string;
  /** Undefined when the event deleted the document. */
  readonly doc: unknown;
}

/**
 * The writes of one batch. Only handed out inside `SqliteReadModelStore.transaction`, so the
 * documents, the stream index, the snapshots and the checkpoints of a batch commit together.
 */
/** The values of one log row (see `putLogRow`). */
const LOG_ROW_VALUES = 11;

export class ReadModelWriter {
  private readonly keys: LogRowKeys;
  /** Log rows not yet inserted, their values in column order: numbers and short strings only, so holding them costs the collector little. */
  private pendingLogRows: PutLogRow[number][] = [];

  constructor(private readonly statements: ReadStoreStatements) {
    this.keys = new LogRowKeys(statements);
  }

  /** Call when a transaction rolled back: keys it interned are gone, and rows it held are dropped. */
  forgetUncommitted(): void {
    this.keys.forget();
    this.pendingLogRows = [];
  }

  /** Inserts the log rows still held: the store calls it before the transaction commits. */
  flushLogRows(): void {
    const pending = this.pendingLogRows;
    this.pendingLogRows = [];
    for (let at = 0; at < pending.length; at += LOG_ROW_VALUES) this.statements.putLogRow.run(...(pending.slice(at, at + LOG_ROW_VALUES) as PutLogRow));
  }

  load(projection: string, id: string): LoadedDocument | undefined {
    const row = this.statements.getDocument.get(projection, id);
    return row && { doc: JSON.parse(row.doc) as unknown, seq: row.position };
  }

  put(projection: string, id: string, doc: unknown, index: DocumentIndex, change: DocumentChange): void {
    this.statements.putDocument.run(
      projection,
      id,
      index.agreementId ?? null,
      index.focusAreaId ?? null,
      index.partyId ?? null,
      index.kind ?? null,
      index.occurredAt ?? null,
      change.seq,
      change.occurredAt,
      JSON.stringify(doc),
    );
  }

  /** An insert-only document as an index entry over its event (see rm_log_rows); its text is not stored. */
  putLogRow(projection: string, id: string, index: DocumentIndex, source: LogRowEvent): void {
    const stream = this.keys.ofStream(source.streamId);
    const eventAgreement = this.keys.named(stream, 'agreement', source.agreementId);
    this.pendingLogRows.push(
      this.keys.ofFew(projection)!,
      id,
      source.seq,
      stream.stream,
      source.revision,
      eventAgreement,
      index.agreementId === source.agreementId ? eventAgreement : this.keys.named(stream, 'agreement', index.agreementId),
      this.keys.named(stream, 'focusArea', index.focusAreaId),
      this.keys.ofFew(index.partyId),
      this.keys.ofFew(index.kind),
      index.occurredAt ?? null,
    );
    if (this.pendingLogRows.length < LOG_ROWS_PER_INSERT * LOG_ROW_VALUES) return;
    const rows = this.pendingLogRows;
    this.pendingLogRows = [];
    this.statements.putLogRows.run(rows);
  }

  delete(projection: string, id: string): void {
    this.statements.deleteDocument.run(projection, id);
  }

  setCheckpoint(projection: string, version: number, seq: number | null): void {
    this.statements.setCheckpoint.run(projection, version, seq);
  }

  deleteCheckpoint(name: string): void {
    this.statements.deleteCheckpoint.run(name);
  }

  /** Forgets what the projection built (and the snapshots, when it is the one they come from). */
  dropProjection(projection: string, version: number, options: { readonly withSnapshots: boolean }): void {
    this.flushLogRows(); // rows held from earlier in the transaction come before the drop, as they were made
    this.statements.dropDocuments.run(projection);
    this.statements.dropLogRows.run(projection);
    if (options.withSnapshots) this.statements.dropSnapshots.run();
    this.setCheckpoint(projection, version, null);
  }

  dropStreamIndex(): void {
    this.statements.dropStreamIndex.run();
  }

  streamAgreement(streamId: string): StreamAgreement | undefined {
    const row = this.statements.streamAgreement.get(streamId);
    return row && { agreementId: row.agreement_id, seq: row.position };
  }

  registerStream(streamId: string, agreementId: string, seq: number): void {
    this.statements.registerStream.run(streamId, agreementId, seq);
  }

  putSnapshot(snapshot: FocusAreaSnapshot): void {
    const { focusAreaId, revision, docId, agreementId, streamId, seq, occurredAt, doc } = snapshot;
    this.statements.putSnapshot.run(focusAreaId, revision, docId, agreementId, streamId, seq, occurredAt, doc === undefined ? null : JSON.stringify(doc));
  }
}
