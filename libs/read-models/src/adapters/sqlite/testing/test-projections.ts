import type { ProjectedEvent } from '../../../projected-event.js';
import type { Projection } from '../../../projection.js';
import { agreementIdOfStream, focusAreaIdOfStream } from '@samverkan/shared-kernel';

/**
 * Small projections of the engine's own, so its tests do not depend on the real read models.
 * Plain JSON documents, as every projection's must be (they are stored as JSON).
 */

/** One per stream. Counts events and notices a duplicate or a gap in the stream's revisions. */
export interface StreamTally {
  readonly streamId: string;
  readonly count: number;
  readonly lastRevision: number;
  /** Revisions that did not follow the previous one: any entry means an event was applied twice or skipped. */
  readonly outOfOrder: readonly number[];
  readonly agreementId: string | null;
  readonly lastType: string;
  readonly occurredAt: string;
}

export const streamTallyProjection = (version = 1): Projection<StreamTally> => ({
  name: 'test-stream-tally',
  version,
  route: (event) => [event.streamId],
  evolve: (doc, event) => ({
    streamId: event.streamId,
    count: (doc?.count ?? 0) + version, // version 2 counts double: a version bump must rebuild
    lastRevision: event.revision,
    outOfOrder: event.revision === (doc?.lastRevision ?? -1) + 1 ? (doc?.outOfOrder ?? []) : [...(doc?.outOfOrder ?? []), event.revision],
    agreementId: event.agreementId ?? doc?.agreementId ?? null,
    lastType: event.type,
    occurredAt: event.metadata.occurredAt,
  }),
  index: (doc) => ({ agreementId: doc.agreementId, kind: doc.lastType, occurredAt: doc.occurredAt }),
});

/** One per agreement: every event the enrichment tied to it, in log order. */
export interface AgreementActivity {
  readonly agreementId: string;
  readonly events: readonly string[];
}

export const agreementActivityProjection: Projection<AgreementActivity> = {
  name: 'test-agreement-activity',
  version: 1,
  route: (event) => (event.agreementId ? [event.agreementId] : []),
  evolve: (doc, event) => ({ agreementId: event.agreementId!, events: [...(doc?.events ?? []), `${event.streamId}@${event.revision}:${event.type}`] }),
  index: (doc) => ({ agreementId: doc.agreementId }),
};

/** A focus area as a board shows it; `FocusAreaDiscarded` deletes it (so deletes are covered). */
export interface TestBoardCard {
  readonly focusAreaId: string;
  readonly agreementId: string | null;
  readonly title: string;
  readonly notes: readonly string[];
  readonly revision: number;
  readonly occurredAt: string;
}

const focusAreaIdOf = (event: ProjectedEvent): string | undefined => focusAreaIdOfStream(event.streamId) ?? undefined;

export const testBoardProjection: Projection<TestBoardCard> = {
  name: 'test-board',
  version: 1,
  route: (event) => {
    const id = focusAreaIdOf(event);
    return id ? [id] : [];
  },
  evolve: (doc, event) => {
    const data = event.data as { title?: string; note?: string };
    if (event.type === 'FocusAreaDiscarded') return undefined;
    if (event.type === 'FocusAreaProposed') {
      return {
        focusAreaId: focusAreaIdOf(event)!,
        agreementId: event.agreementId,
        title: data.title ?? '',
        notes: [],
        revision: event.revision,
        occurredAt: event.metadata.occurredAt,
      };
    }
    if (!doc) return undefined;
    return { ...doc, notes: [...doc.notes, data.note ?? event.type], revision: event.revision, occurredAt: event.metadata.occurredAt };
  },
  index: (doc) => ({ agreementId: doc.agreementId, focusAreaId: doc.focusAreaId, kind: 'focus-area', occurredAt: doc.occurredAt }),
};

/** An agreement as a directory lists it. */
export interface TestAgreementEntry {
  readonly agreementId: string;
  readonly name: string;
  readonly roles: readonly string[];
}

export const testAgreementProjection: Projection<TestAgreementEntry> = {
  name: 'test-agreements',
  version: 1,
  route: (event) => (agreementIdOfStream(event.streamId) !== null && event.agreementId ? [event.agreementId] : []),
  evolve: (doc, event) => {
    const data = event.data as { name?: string; userId?: string };
    if (event.type === 'AgreementRegistered') return { agreementId: event.agreementId!, name: data.name ?? '', roles: [] };
    if (!doc) return undefined;
    return { ...doc, roles: [...doc.roles, `${event.type}:${data.userId ?? ''}`] };
  },
  index: (doc) => ({ agreementId: doc.agreementId, kind: 'agreement' }),
};

/** One document counting every event of the log: equal to the log's length iff none was applied twice or skipped. */
export const eventCountProjection: Projection<{ readonly count: number; readonly lastPosition: string }> = {
  name: 'test-event-count',
  version: 1,
  route: () => ['all'],
  evolve: (doc, event) => ({ count: (doc?.count ?? 0) + 1, lastPosition: event.position }),
  index: () => ({}),
};

export const allTestProjections = (): Projection<any>[] => [
  streamTallyProjection(),
  agreementActivityProjection,
  testBoardProjection,
  testAgreementProjection,
  eventCountProjection,
];
