import type { StoredEvent } from '@samverkan/event-store';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import type { ProjectedEvent } from '../../projected-event.js';
import type { AnyProjection } from '../../projection.js';
import type { CommittedDocuments } from './committed-documents.js';
import { DocumentCache } from './document-cache.js';
import { toSeq } from './positions.js';
import type { ReadModelWriter, StreamAgreement } from './read-model-writer.js';
import { agreementRegisteredBy, isSnapshotRevision } from './runner-rules.js';

export interface SnapshotSettings {
  /** The projection whose documents are focus areas to snapshot (the board). */
  readonly projection: string;
  readonly every: number;
}

export interface BatchPlan {
  readonly projections: readonly AnyProjection[];
  /** Where each projection stands (0: nothing applied); only later events are applied to it. */
  readonly checkpoints: ReadonlyMap<string, number>;
  /** The checkpoints as stored, when `documents` hold deferred work beyond them; else `checkpoints` are. */
  readonly stored?: ReadonlyMap<string, number>;
  readonly snapshots: SnapshotSettings;
  /** The runner's parsed copies of what it committed, trusted at `checkpoints` (read before the store). */
  readonly committed?: CommittedDocuments;
  /** The documents earlier batches of this catch-up applied and deferred (see `defer`); their projections stand at `checkpoints`. */
  readonly documents?: DocumentCache;
  /**
   * Keep the documents of every projection but the insert-only ones in memory, unwritten, and
   * leave those projections' stored checkpoints where they are: a later batch writes them, each
   * document once, however many batches changed it. A catch-up far behind the log then writes a
   * document once per many thousand events, not once per batch: the documents a batch touches
   * grow with the number of focus areas active at once, and rewriting them made the cost per
   * event grow with the log. Should the runner stop before, they are re-applied from the log.
   */
  readonly defer?: boolean;
  /**
   * The stream → agreement mappings the runner has seen (null: none by then), kept between batches:
   * a batch far into a large log meets thousands of streams, and each was a lookup. Valid while
   * the store holds what the runner committed; the runner drops it otherwise, or when a batch fails.
   */
  readonly streams?: Map<string, StreamAgreement | null>;
}

export interface AppliedBatch {
  /** Where each projection stands once the batch is applied (deferred documents included). */
  readonly checkpoints: Map<string, number>;
  /** The checkpoints as the batch stored them: a deferring batch leaves the deferred projections' as they were. */
  readonly stored: Map<string, number>;
  /** The documents the batch read or wrote, as they stand once it commits (or, deferred, once they are written). */
  readonly documents: DocumentCache;
}

/**
 * Applies a batch of the log, in order, to every projection that has not seen it, and moves every
 * checkpoint to the batch's end. Must run inside one read-store transaction (see the runner):
 * documents, stream index, snapshots and checkpoints then commit together or not at all.
 * Returns the new checkpoints and the documents it touched; once the transaction committed, the
 * caller ends the batch in `documents` (or, if it failed, undoes it there).
 */
export function applyBatch(writer: ReadModelWriter, plan: BatchPlan, events: readonly StoredEvent[]): AppliedBatch {
  const documents = plan.documents ?? new DocumentCache(writer, plan.committed);
  applyEvents(writer, { ...plan, documents }, events);
  if (!plan.defer) documents.flush();
  const last = events.length > 0 ? toSeq(events[events.length - 1]!.position) : 0;
  const checkpoints = new Map<string, number>();
  const stored = new Map<string, number>();
  for (const projection of plan.projections) {
    const seq = Math.max(plan.checkpoints.get(projection.name) ?? 0, last);
    checkpoints.set(projection.name, seq);
    if (plan.defer && !projection.insertOnly) {
      stored.set(projection.name, (plan.stored ?? plan.checkpoints).get(projection.name) ?? 0);
      continue;
    }
    writer.setCheckpoint(projection.name, projection.version, seq > 0 ? seq : null);
    stored.set(projection.name, seq);
  }
  return { checkpoints, stored, documents };
}

/** What `applyEvents` needs of a batch's plan. */
export type EventsPlan = Pick<BatchPlan, 'projections' | 'checkpoints' | 'snapshots' | 'streams'> & { readonly documents: DocumentCache };

/**
 * Applies each event, in the order given, to every projection whose checkpoint lies before it:
 * its documents in `documents` (written when the caller flushes them), its audit entries and
 * snapshots at once. The caller keeps the order each document's events come in as the log's.
 */
export function applyEvents(writer: ReadModelWriter, plan: EventsPlan, events: readonly StoredEvent[]): void {
  const { documents } = plan;
  const streams = new StreamIndex(writer, plan.streams);
  for (const stored of events) {
    const seq = toSeq(stored.position);
    const event = streams.enrich(stored, seq);
    const change = { seq, occurredAt: event.metadata.occurredAt, streamId: event.streamId, revision: event.revision, agreementId: event.agreementId };
    for (const projection of plan.projections) {
      if (seq <= (plan.checkpoints.get(projection.name) ?? 0)) continue;
      const ids = projection.route(event);
      for (const id of ids.length > 1 ? new Set(ids) : ids) {
        const before = documents.get(projection, id);
        const after = projection.evolve(before, event);
        documents.set(projection, id, after, change);
        if (projection.name === plan.snapshots.projection) snapshotIfDue(writer, plan.snapshots, { projection, id, before, after, event, seq });
      }
    }
  }
}

interface Written {
  readonly projection: AnyProjection;
  readonly id: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly event: ProjectedEvent;
  readonly seq: number;
}

/**
 * Snapshots are taken only from the focus area's own stream, whose revisions they are keyed by.
 * A deletion is snapshotted too: the document stays gone until an event writes it again, which
 * is snapshotted as a first event, so the history never replays a deleted document's tail.
 */
function snapshotIfDue(writer: ReadModelWriter, settings: SnapshotSettings, written: Written): void {
  const { projection, id, before, after, event, seq } = written;
  const current = after ?? before;
  if (current === undefined) return;
  const index = projection.index(current);
  const focusAreaId = index.focusAreaId ?? id;
  if (event.streamId !== focusAreaStreamId(focusAreaId)) return;
  if (after !== undefined && !isSnapshotRevision(event.revision, settings.every, before === undefined)) return;
  // The agreement the runner gave the stream's events: a replay from the snapshot gives them the same.
  const agreementId = event.agreementId ?? index.agreementId ?? null;
  writer.putSnapshot({
    focusAreaId,
    revision: event.revision,
    docId: id,
    agreementId,
    streamId: event.streamId,
    seq,
    occurredAt: event.metadata.occurredAt,
    doc: after,
  });
}

/** The stream → agreement index as the batch sees it: registrations first, then lookups. */
class StreamIndex {
  constructor(
    private readonly writer: ReadModelWriter,
    private readonly known = new Map<string, StreamAgreement | null>(),
  ) {}

  enrich(stored: StoredEvent, seq: number): ProjectedEvent {
    let entry = this.lookup(stored.streamId);
    const registered = agreementRegisteredBy(stored);
    if (registered !== undefined && !entry) {
      this.writer.registerStream(stored.streamId, registered, seq);
      this.known.set(stored.streamId, (entry = { agreementId: registered, seq }));
    }
    // A mapping made later in the log does not reach back: a replay sees what the first run saw.
    return { ...stored, agreementId: entry && entry.seq <= seq ? entry.agreementId : null };
  }

  /** One lookup per event among every stream seen (tens of thousands at a million events), not two. */
  private lookup(streamId: string): StreamAgreement | null {
    let entry = this.known.get(streamId);
    if (entry === undefined) this.known.set(streamId, (entry = this.writer.streamAgreement(streamId) ?? null));
    return entry;
  }
}
