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
 * written at most once, however many of the batch's events route to it.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly writer: ReadModelWriter,
    private readonly committed?: CommittedDocuments,
  ) {}

  get(projection: AnyProjection, id: string): unknown {
    return this.entry(projection, id).doc;
  }

  set(projection: AnyProjection, id: string, doc: unknown, change: BatchChange): void {
    const entry = this.entry(projection, id);
    entry.doc = doc;
    entry.change = change;
  }

  /**
   * Writes every changed document with its index columns; `undefined` deletes it. An insert-only
   * document is written as an entry pointing at its event (it is never deleted: it has no later event).
   */
  flush(): void {
    for (const [name, documents] of this.entries) {
      for (const [id, { projection, doc, change }] of documents) {
        if (change === undefined) continue;
        if (projection.insertOnly) {
          if (doc !== undefined) this.writer.putLogRow(name, id, projection.index(doc), change);
        } else if (doc === undefined) this.writer.delete(name, id);
        else this.writer.put(name, id, doc, projection.index(doc), change);
      }
    }
  }

  /** Every document the batch read or wrote, as it stands at the batch's end (insert-only rows left out). */
  *touched(): Generator<readonly [projection: string, id: string, doc: unknown]> {
    for (const [name, documents] of this.entries) {
      for (const [id, { projection, doc }] of documents) if (!projection.insertOnly) yield [name, id, doc];
    }
  }

  private entry(projection: AnyProjection, id: string): Entry {
    let documents = this.entries.get(projection.name);
    if (!documents) this.entries.set(projection.name, (documents = new Map()));
    let entry = documents.get(id);
    if (!entry) {
      const doc = projection.insertOnly ? undefined : (this.committed?.lookup(projection.name, id) ?? this.writer.load(projection.name, id))?.doc;
      documents.set(id, (entry = { projection, doc, change: undefined }));
    }
    return entry;
  }
}
