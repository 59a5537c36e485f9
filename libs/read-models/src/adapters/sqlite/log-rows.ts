import type { EventStore, StoredEvent } from '@samverkan/event-store';
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
 * Two wanted revisions of one stream this close are read in one request, the events between them
 * read and dropped: on a server store a request is a round trip, and a page of an audit history
 * mostly asks for neighbouring events of few streams.
 */
export const READ_THROUGH_GAP = 8;

/** One request: a stream from a revision, as many events as the run spans. */
interface Run {
  readonly streamId: string;
  readonly from: number;
  readonly to: number;
}

/** The wanted revisions of each stream, cut into runs whose neighbours lie within READ_THROUGH_GAP. */
export const readRuns = (rows: readonly Pick<LogRowRecord, 'stream_id' | 'revision'>[]): Run[] => {
  const byStream = new Map<string, number[]>();
  for (const row of rows) {
    const revisions = byStream.get(row.stream_id);
    if (revisions) revisions.push(row.revision);
    else byStream.set(row.stream_id, [row.revision]);
  }
  return [...byStream].flatMap(([streamId, revisions]) => {
    const sorted = [...new Set(revisions)].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (const revision of sorted) {
      const last = runs.at(-1);
      if (last && revision - last.to <= READ_THROUGH_GAP) runs[runs.length - 1] = { ...last, to: revision };
      else runs.push({ streamId, from: revision, to: revision });
    }
    return runs;
  });
};

const keyOf = (streamId: string, revision: number) => `${revision}@${streamId}`;

/**
 * The documents of log rows, each made again from its event as the runner made it (an insert-only
 * projection's `evolve(undefined, event)`, with the agreement the runner gave the event). Read
 * through the event store's port, so any store serves: each entry names its stream and revision,
 * and neighbouring entries of a stream are read in one request (`readRuns`).
 */
export async function documentsFromLog<TDoc>(source: LogRowSource, rows: readonly LogRowRecord[]): Promise<StoredDocument<TDoc>[]> {
  const events = new Map<string, StoredEvent>();
  await Promise.all(
    readRuns(rows).map(async ({ streamId, from, to }) => {
      const read = await source.eventStore.readStream(streamId, { fromRevision: from, maxCount: to - from + 1 });
      for (const event of read) if (event.revision <= to) events.set(keyOf(streamId, event.revision), event);
    }),
  );
  return rows.map((row) => {
    const projection = source.projections.find((p) => p.name === row.projection_name);
    if (!projection) throw new Error(`No projection named ${row.projection_name} to read its rows from the log`);
    const event = events.get(keyOf(row.stream_id, row.revision));
    if (!event || toSeq(event.position) !== row.position) {
      throw new Error(`The log has no event at ${row.stream_id}@${row.revision}, position ${row.position}, which ${row.projection_name} indexed`);
    }
    const doc = projection.evolve(undefined, { ...event, agreementId: row.event_agreement_id }) as TDoc;
    return { id: row.id, doc, index: projection.index(doc), position: toPosition(row.position), changedAt: event.metadata.occurredAt };
  });
}
