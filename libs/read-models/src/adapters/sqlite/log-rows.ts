import type { EventStore } from '@samverkan/event-store';
import type { AnyProjection } from '../../projection.js';
import type { StoredDocument } from '../../read-store.port.js';
import type { LogRowRecord } from './read-store-statements.js';
import { toPosition, toSeq } from './positions.js';

/** Where insert-only documents are read back from: the log, and the projections that made them. */
export interface LogRowSource {
  readonly eventStore: EventStore;
  readonly projections: readonly AnyProjection[];
}

/**
 * The documents of log rows, each made again from its event as the runner made it (an insert-only
 * projection's `evolve(undefined, event)`, with the agreement the runner gave the event). Read
 * through the event store's port, so any store serves: each entry names its stream and revision.
 */
export async function documentsFromLog<TDoc>(source: LogRowSource, rows: readonly LogRowRecord[]): Promise<StoredDocument<TDoc>[]> {
  return Promise.all(
    rows.map(async (row) => {
      const projection = source.projections.find((p) => p.name === row.projection_name);
      if (!projection) throw new Error(`No projection named ${row.projection_name} to read its rows from the log`);
      const [event] = await source.eventStore.readStream(row.stream_id, { fromRevision: row.revision, maxCount: 1 });
      if (!event || toSeq(event.position) !== row.position) {
        throw new Error(`The log has no event at ${row.stream_id}@${row.revision}, position ${row.position}, which ${row.projection_name} indexed`);
      }
      const doc = projection.evolve(undefined, { ...event, agreementId: row.event_agreement_id }) as TDoc;
      return { id: row.id, doc, index: projection.index(doc), position: toPosition(row.position), changedAt: event.metadata.occurredAt };
    }),
  );
}
