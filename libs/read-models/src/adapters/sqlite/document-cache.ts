import type { AnyProjection } from '../../projection.js';
import type { CommittedDocuments } from './committed-documents.js';
import type { DocumentChange, LogRowEvent, ReadModelWriter } from './read-model-writer.js';

/** What the batch knows of the event that changed a document. */
export type BatchChange = DocumentChange & LogRowEvent;

interface Entry {
  readonly projection: AnyProjection;
  doc: unknown;
  /** The last event that changed it in this batch; undefined while unchanged. */
  change: BatchChange | undefined;
}

/**
 * The documents one batch touches: each is read at most once (never, for an insert-only
 * projection), from the runner's committed copies when it has one, else from the store, and
 * written at most once, however many of the batch's events route to it. A catch-up keeps one
 * cache over several batches (see `applyBatch`'s `defer`), so a document is written once for all.
 */
export class DocumentCache {
  /** Documents by projection and id; kept across the batches of a deferring catch-up. */
  private readonly entries = new Map<string, Map<string, Entry>>();
  /** Each entry the current batch changed, as it was before: a failed batch is undone (see `undoBatch`). */
  private readonly undo = new Map<Entry, { readonly doc: unknown; readonly change: BatchChange | undefined }>();

  constructor(
    private readonly writer: ReadModelWriter,
    private readonly committed?: CommittedDocuments,
  ) {}

  get(projection: AnyProjection, id: string): unknown {
    // An insert-only row is new by definition (see `Projection.insertOnly`): nothing to read.
    return projection.insertOnly ? undefined : this.entry(projection, id).doc;
  }

  /**
   * An insert-only row is written at once, as an entry pointing at its event (it is never read
   * or changed again, and the batch's transaction undoes it if the batch fails), with at most 31
   * others held as plain values (see `ReadModelWriter.putLogRow`): held as objects until the
   * batch's end, a million of them lived long enough to be copied by the garbage collector.
   */
  set(projection: AnyProjection, id: string, doc: unknown, change: BatchChange): void {
    if (projection.insertOnly) {
      if (doc !== undefined) this.writer.putLogRow(projection.name, id, projection.index(doc), change);
      return;
    }
    const entry = this.entry(projection, id);
    if (!this.undo.has(entry)) this.undo.set(entry, { doc: entry.doc, change: entry.change });
    entry.doc = doc;
    entry.change = change;
  }

  /** The batch committed: what it flushed is clean, what it deferred stays changed. */
  endBatch(options: { readonly deferred: boolean }): void {
    if (!options.deferred) for (const documents of this.entries.values()) for (const entry of documents.values()) entry.change = undefined;
    this.undo.clear();
  }

  /** The batch failed: every entry it changed is as the batch before left it (its store transaction rolled back). */
  undoBatch(): void {
    for (const [entry, before] of this.undo) {
      entry.doc = before.doc;
      entry.change = before.change;
    }
    this.undo.clear();
  }

  /** Writes every changed document with its index columns; `undefined` deletes it. */
  flush(): void {
    for (const [name, documents] of this.entries) {
      for (const [id, { projection, doc, change }] of documents) {
        if (change === undefined) continue;
        if (doc === undefined) this.writer.delete(name, id);
        else this.writer.put(name, id, doc, projection.index(doc), change);
      }
    }
  }

  /** How many documents it holds (insert-only rows are never held). */
  get size(): number {
    let size = 0;
    for (const documents of this.entries.values()) size += documents.size;
    return size;
  }

  /** Every document the batch read or wrote, as it stands at the batch's end. */
  *touched(): Generator<readonly [projection: string, id: string, doc: unknown]> {
    for (const [name, documents] of this.entries) for (const [id, { doc }] of documents) yield [name, id, doc];
  }

  private entry(projection: AnyProjection, id: string): Entry {
    let documents = this.entries.get(projection.name);
    if (!documents) this.entries.set(projection.name, (documents = new Map()));
    let entry = documents.get(id);
    if (!entry) {
      const doc = (this.committed?.lookup(projection.name, id) ?? this.writer.load(projection.name, id))?.doc;
      documents.set(id, (entry = { projection, doc, change: undefined }));
    }
    return entry;
  }
}
