import type { ProjectedEvent } from '../projected-event.js';
import type { Projection } from '../projection.js';

/**
 * Applies events to a set of documents exactly as the runner does (route, then evolve each
 * routed document; `undefined` deletes it), without any store. Pure: the same documents and
 * events always give the same result, which is what lets the plan history replay the few events
 * after a snapshot, and lets specs fold a log into read models.
 */
export const replayProjection = <TDoc>(
  projection: Projection<TDoc>,
  events: readonly ProjectedEvent[],
  documents: ReadonlyMap<string, TDoc> = new Map(),
): Map<string, TDoc> => {
  const next = new Map(documents);
  for (const event of events) {
    for (const id of projection.route(event)) {
      const doc = projection.evolve(next.get(id), event);
      if (doc === undefined) next.delete(id);
      else next.set(id, doc);
    }
  }
  return next;
};
