import type { EventStore, Position, StoredEvent } from '@samverkan/event-store';
import { agreementStreamId, focusAreaStreamId, utcInstant } from '@samverkan/shared-kernel';
import type { PlanHistory } from '../../plan-history.port.js';
import type { Projection } from '../../projection.js';
import type { StoredDocument } from '../../read-store.port.js';
import { toPosition, toSeq } from './positions.js';
import type { FocusAreaSnapshot } from './read-model-writer.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';

export interface SqlitePlanHistoryOptions {
  readonly eventStore: EventStore;
  readonly readStore: SqliteReadModelStore;
  /** The projection the runner snapshots (its documents are focus areas). */
  readonly boardProjection: Projection<any>;
  readonly agreementProjection: Projection<any>;
}

/** What `planAsOf` answers. */
export interface PlanAsOf<TAgreement = unknown, TFocusArea = unknown> {
  readonly at: string;
  readonly agreement: TAgreement;
  /** The focus areas that existed at `at`, by id. */
  readonly focusAreas: readonly TFocusArea[];
  /** The last log position the answer includes. */
  readonly position: Position | undefined;
}

/** The port's readStream plus the `maxCount` this adapter asks the port for; a store without it reads to the end. */
type ReadStream = (streamId: string, options: { readonly fromRevision: number; readonly maxCount?: number }) => Promise<StoredEvent[]>;

interface Folded {
  readonly doc: unknown;
  readonly seq: number;
}

/**
 * The plan as it stood, through the same pure projections, without replaying the log:
 * - which focus areas existed at the moment comes from the snapshot index alone (every focus
 *   area is snapshotted at its first event);
 * - a focus area not changed since the moment is its current document, read with the agreement's
 *   board in one indexed query (the same read as the current plan);
 * - one changed since is its nearest snapshot by then plus a replay of the few events after it.
 * Assumes a stream's occurredAt does not go back (one clock, the API's, stamps its commands in
 * order): the snapshot for a moment is chosen by its time, the replay stops at the first event
 * after that moment. The board must be the projection the runner snapshots.
 */
export class SqlitePlanHistory implements PlanHistory {
  private readonly readStore: SqliteReadModelStore;
  private readonly board: Projection<any>;
  private readonly agreements: Projection<any>;
  private readonly readStream: ReadStream;

  constructor(options: SqlitePlanHistoryOptions) {
    this.readStore = options.readStore;
    this.board = options.boardProjection;
    this.agreements = options.agreementProjection;
    this.readStream = (streamId, readOptions) => options.eventStore.readStream(streamId, readOptions);
  }

  async planAsOf<TPlan>(agreementId: string, at: string): Promise<TPlan | undefined> {
    // Event times are stored as the API writes them; `at` is brought to that form to compare as text.
    const instant = utcInstant(at);
    const notAfter = (event: StoredEvent): boolean => event.metadata.occurredAt <= instant;
    const agreement = await this.agreementAsOf(agreementId, instant, notAfter);
    if (agreement.doc === undefined) return undefined;
    // A focus area's first event is always snapshotted: one without a snapshot by `at` did not exist yet.
    const existed = this.readStore.agreementSnapshotsAsOfTime(agreementId, instant);
    const current = new Map<string, StoredDocument<unknown>>();
    for (const item of (await this.readStore.find(this.board.name, { agreementId })).items) current.set(item.index.focusAreaId ?? item.id, item);
    const folded: Folded[] = [];
    for (const found of existed) {
      const now = current.get(found.focusAreaId);
      if (now?.changedAt != null && now.changedAt <= instant) {
        folded.push({ doc: now.doc, seq: toSeq(now.position) });
        continue;
      }
      const snapshot = found.snapshot();
      folded.push(await this.replayFrom(snapshot, snapshot, notAfter, { nextSnapshot: found.nextRevision }));
    }
    const focusAreas = folded.filter((value) => value.doc !== undefined);
    const seq = Math.max(agreement.seq, ...focusAreas.map((value) => value.seq));
    const plan: PlanAsOf = {
      at: instant,
      agreement: agreement.doc,
      focusAreas: focusAreas.map((value) => value.doc),
      position: seq > 0 ? toPosition(seq) : undefined,
    };
    return plan as TPlan;
  }

  async focusAreaAsOfRevision<TDoc>(focusAreaId: string, revision: number): Promise<TDoc | undefined> {
    const snapshot = this.readStore.snapshotAsOfRevision(focusAreaId, revision);
    const target = snapshot ?? {
      focusAreaId,
      docId: (await this.readStore.find(this.board.name, { focusAreaId, limit: 1 })).items[0]?.id ?? focusAreaId,
      agreementId: this.readStore.streamAgreement(focusAreaStreamId(focusAreaId))?.agreementId ?? null,
    };
    const folded = await this.replayFrom(snapshot, target, (event) => event.revision <= revision, { lastRevision: revision });
    return folded.doc as TDoc | undefined;
  }

  /**
   * The current document when it has not changed since `at`; else the whole stream (agreement
   * streams are short), skipping what happened after `at`.
   */
  private async agreementAsOf(agreementId: string, at: string, include: (event: StoredEvent) => boolean): Promise<Folded> {
    const current = (await this.readStore.find(this.agreements.name, { agreementId, limit: 1 })).items[0];
    if (current?.changedAt != null && current.changedAt <= at) return { doc: current.doc, seq: toSeq(current.position) };
    const docId = current?.id ?? agreementId;
    const events = await this.readStream(agreementStreamId(agreementId), { fromRevision: 0 });
    return this.fold(this.agreements, docId, agreementId, undefined, events.filter(include));
  }

  /**
   * The focus area's document from the snapshot (or from zero without one), then its stream's
   * events while `include` holds. The read stops at the next snapshot (looked up unless the caller
   * knows it) or at `lastRevision`.
   */
  private async replayFrom(
    snapshot: FocusAreaSnapshot | undefined,
    target: { readonly docId: string; readonly focusAreaId: string; readonly agreementId: string | null },
    include: (event: StoredEvent) => boolean,
    bounds: { readonly lastRevision?: number; readonly nextSnapshot?: number | undefined } = {},
  ): Promise<Folded> {
    // Deleted at the snapshot: a later write would have been snapshotted (and found instead).
    if (snapshot && snapshot.doc === undefined) return { doc: undefined, seq: snapshot.seq };
    const fromRevision = snapshot ? snapshot.revision + 1 : 0;
    const lastRevision = bounds.lastRevision ?? Number.MAX_SAFE_INTEGER;
    const nextSnapshot = 'nextSnapshot' in bounds ? bounds.nextSnapshot : this.readStore.nextSnapshotRevision(target.focusAreaId, fromRevision - 1);
    const until = Math.min(lastRevision + 1, nextSnapshot ?? Number.MAX_SAFE_INTEGER);
    const maxCount = until === Number.MAX_SAFE_INTEGER ? undefined : Math.max(0, until - fromRevision);
    const stream = snapshot?.streamId ?? focusAreaStreamId(target.focusAreaId);
    const events = maxCount === 0 ? [] : await this.readStream(stream, { fromRevision, maxCount });
    const tail = takeWhile(events.slice(0, maxCount), include);
    return this.fold(this.board, target.docId, target.agreementId, snapshot && { doc: snapshot.doc, seq: snapshot.seq }, tail);
  }

  private fold(projection: Projection<any>, id: string, agreementId: string | null, start: Folded | undefined, events: readonly StoredEvent[]): Folded {
    let { doc, seq } = start ?? { doc: undefined, seq: 0 };
    for (const stored of events) {
      const event = { ...stored, agreementId };
      if (!projection.route(event).includes(id)) continue;
      doc = projection.evolve(doc, event);
      seq = Math.max(seq, toSeq(stored.position));
    }
    return { doc, seq };
  }
}

function takeWhile<T>(items: readonly T[], include: (item: T) => boolean): T[] {
  const end = items.findIndex((item) => !include(item));
  return end === -1 ? [...items] : items.slice(0, end);
}
