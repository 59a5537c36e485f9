import type { AnyProjection } from '../../projection.js';
import type { ReadModelWriter } from './read-model-writer.js';

interface Entry {
  readonly projection: AnyProjection;
  doc: unknown;
  /** The position of the last event that changed it in this batch; undefined while unchanged. */
  seq: number | undefined;
}

/**
 * The documents one batch touches: each is read from the store at most once and written at most
 * once, however many of the batch's events route to it.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Map<string, Entry>>();

  constructor(private readonly writer: ReadModelWriter) {}

  get(projection: AnyProjection, id: string): unknown {
    return this.entry(projection, id).doc;
  }

  set(projection: AnyProjection, id: string, doc: unknown, seq: number): void {
    const entry = this.entry(projection, id);
    entry.doc = doc;
    entry.seq = seq;
  }

  /** Writes every changed document with its index columns; `undefined` deletes it. */
  flush(): void {
    for (const [name, documents] of this.entries) {
      for (const [id, { projection, doc, seq }] of documents) {
        if (seq === undefined) continue;
        if (doc === undefined) this.writer.delete(name, id);
        else this.writer.put(name, id, doc, projection.index(doc), seq);
      }
    }
  }

  private entry(projection: AnyProjection, id: string): Entry {
    let documents = this.entries.get(projection.name);
    if (!documents) this.entries.set(projection.name, (documents = new Map()));
    let entry = documents.get(id);
    if (!entry) documents.set(id, (entry = { projection, doc: this.writer.load(projection.name, id)?.doc, seq: undefined }));
    return entry;
  }
}
