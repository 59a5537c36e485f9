import type { ProjectedEvent } from './projected-event.js';

/**
 * Indexed columns a read-model document may fill, so queries can filter without reading every
 * document: one agreement's board, one party's inbox, an audit page by date.
 */
export interface DocumentIndex {
  readonly agreementId?: string | null;
  readonly focusAreaId?: string | null;
  readonly partyId?: string | null;
  /** A kind to filter by, e.g. the event type of an audit row. */
  readonly kind?: string | null;
  /** ISO-8601 instant, for date-range filters and ordering. */
  readonly occurredAt?: string | null;
}

/**
 * A read model as a pure function of the log (STYLE.md, example 6): `route` says which documents
 * an event touches, `evolve` computes each new document from the old one. No I/O, no clock:
 * rebuilding from zero and catching up from a checkpoint give the same documents.
 */
export interface Projection<TDoc> {
  /** Stable name; rows and checkpoint are stored under it. */
  readonly name: string;
  /** Raise it when `evolve` changes meaning: the runner rebuilds the projection from zero. */
  readonly version: number;
  /** The ids of the documents this event changes (none for events the projection ignores). */
  route(event: ProjectedEvent): readonly string[];
  /** The document after the event; `undefined` deletes it. */
  evolve(doc: TDoc | undefined, event: ProjectedEvent): TDoc | undefined;
  /** The indexed columns of a document. */
  index(doc: TDoc): DocumentIndex;
  /**
   * Every document an event routes to is new: no later event touches it (an audit row). The
   * runner then writes without reading first, and `evolve` is given `undefined`.
   */
  readonly insertOnly?: boolean;
}

/** A projection of any document type, as the runner holds them. */
export type AnyProjection = Projection<any>;
