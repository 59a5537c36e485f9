import type { StoredEvent } from '@samverkan/event-store';
import type { ProjectedEvent } from '../../../projected-event.js';
import type { Projection } from '../../../projection.js';
import { agreementRegisteredBy } from '../runner-rules.js';
import { agreementStreamId, focusAreaIdOfStream } from '@samverkan/shared-kernel';

/** The log with the agreement of each stream, the obvious way: a map filled by registrations. */
export function enrichNaively(events: readonly StoredEvent[]): ProjectedEvent[] {
  const agreements = new Map<string, string>();
  return events.map((event) => {
    const registered = agreementRegisteredBy(event);
    if (registered !== undefined && !agreements.has(event.streamId)) agreements.set(event.streamId, registered);
    return { ...event, agreementId: agreements.get(event.streamId) ?? null };
  });
}

interface Fold {
  readonly docs: Map<string, unknown>;
  readonly positions: Map<string, number>;
}

function foldAll(projection: Projection<any>, events: readonly ProjectedEvent[]): Fold {
  const docs = new Map<string, unknown>();
  const positions = new Map<string, number>();
  for (const event of events) {
    for (const id of projection.route(event)) {
      const doc = projection.evolve(docs.get(id), event);
      if (doc === undefined) docs.delete(id);
      else docs.set(id, doc);
      positions.set(id, Number(event.position));
    }
  }
  return { docs, positions };
}

/**
 * The plan at `at` by folding the whole log from zero up to that moment: what the plan history
 * must answer, without snapshots, indexes or cleverness.
 */
export function naivePlanAsOf(
  log: readonly ProjectedEvent[],
  projections: { readonly board: Projection<any>; readonly agreements: Projection<any> },
  agreementId: string,
  at: string,
) {
  const upTo = log.filter((event) => event.metadata.occurredAt <= at);
  const agreements = foldAll(
    projections.agreements,
    upTo.filter((event) => event.streamId === agreementStreamId(agreementId)),
  );
  const agreement = agreements.docs.get(agreementId);
  if (agreement === undefined) return undefined;
  const board = foldAll(
    projections.board,
    upTo.filter((event) => event.agreementId === agreementId && focusAreaIdOfStream(event.streamId) !== null),
  );
  const ids = [...board.docs.keys()].sort();
  const position = Math.max(agreements.positions.get(agreementId)!, ...ids.map((id) => board.positions.get(id)!));
  return { at, agreement, focusAreas: ids.map((id) => board.docs.get(id)), position: String(position) };
}
