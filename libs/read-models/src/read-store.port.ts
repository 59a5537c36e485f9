import type { DocumentIndex } from './projection.js';

/** A stored read-model document with its index and the log position it reflects. */
export interface StoredDocument<TDoc> {
  readonly id: string;
  readonly doc: TDoc;
  readonly index: DocumentIndex;
  /** The position of the last event that changed this document. */
  readonly position: string;
  /**
   * When that event happened (ISO-8601), so the document is known to be the same at any later
   * moment; null when the store does not know (documents written before it kept this).
   */
  readonly changedAt: string | null;
}

/** Filters over the indexed columns; every given filter must hold. */
export interface DocumentQuery {
  readonly agreementId?: string;
  readonly focusAreaId?: string;
  readonly partyId?: string;
  /** Any of these kinds. */
  readonly kinds?: readonly string[];
  /** Inclusive bounds on `occurredAt` (ISO-8601). */
  readonly occurredFrom?: string;
  readonly occurredTo?: string;
  /** By `occurredAt`, then by id; default ascending. */
  readonly order?: 'asc' | 'desc';
  readonly limit?: number;
  readonly offset?: number;
}

export interface DocumentPage<TDoc> {
  readonly items: readonly StoredDocument<TDoc>[];
  /** How many documents match the filters (for paging). */
  readonly total: number;
}

/** Where read models are kept. The SQLite adapter is the default; queries never write. */
export interface ReadModelStore {
  get<TDoc>(projection: string, id: string): Promise<StoredDocument<TDoc> | undefined>;
  find<TDoc>(projection: string, query: DocumentQuery): Promise<DocumentPage<TDoc>>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');
