import type { AppendResult, ExpectedRevision, Position } from '../../event-store.port.js';
import { checkExpectedRevision } from '../../expected-revision.js';
import { canonicalEventBytesFromJson, chainHash, type ChainLink } from '../../hash-chain.js';
import { judgeStoredEventIds, type StoredEventId } from '../../stored-event-ids.js';
import type { SerialisedEvent } from '../serialised-event.js';
import type { InsertColumns } from './postgres-statements.js';

export interface BatchItem {
  readonly streamId: string;
  readonly events: readonly SerialisedEvent[];
  readonly expected: ExpectedRevision;
}

/** What the batch's transaction read under the head lock, before writing anything. */
export interface LogState {
  /** The highest position ever used and its hash. */
  readonly head: ChainLink;
  /** Each stream of the batch: its last revision, or undefined when it does not exist. */
  readonly revisions: ReadonlyMap<string, number | undefined>;
  /** The batch's event ids that are already stored. */
  readonly storedIds: readonly StoredEventId[];
}

export type Outcome = { readonly ok: AppendResult } | { readonly error: unknown };

export interface BatchPlan {
  /** One per item, in order: acknowledged once the rows are committed. */
  readonly outcomes: readonly Outcome[];
  readonly rows: InsertColumns;
  /** The log's head after the rows; unchanged when nothing is written. */
  readonly head: ChainLink;
}

/**
 * Judges each append of a batch in order, as if each ran alone after the ones before it: its own
 * stored-id judgement (stored-event-ids.ts) and revision check, its own positions and chain links.
 * A refused append contributes no rows, so it rolls back alone without a savepoint, and the
 * accepted ones are written by one statement. Pure: the transaction reads the state and writes the
 * rows; this decides.
 */
export function planBatch(items: readonly BatchItem[], state: LogState): BatchPlan {
  const revisions = new Map(state.revisions);
  const stored = new Map(state.storedIds.map((row) => [row.eventId, row]));
  const rows: InsertColumns = {
    position: [],
    streamId: [],
    revision: [],
    eventId: [],
    type: [],
    schemaVersion: [],
    data: [],
    metadata: [],
    prevHash: [],
    hash: [],
  };
  let head = state.head;
  const outcomes = items.map((item): Outcome => {
    const { streamId, events, expected } = item;
    const ids = events.map((event) => event.eventId);
    const judged = judgeStoredEventIds(
      streamId,
      ids,
      expected,
      ids.flatMap((id) => stored.get(id) ?? []),
    );
    if (judged.kind === 'retry') return { ok: judged.result };
    if (judged.kind === 'duplicate') return { error: judged.error };
    const current = revisions.get(streamId);
    try {
      checkExpectedRevision(streamId, expected, current);
    } catch (error) {
      return { error };
    }
    let revision = current ?? -1;
    for (const event of events) {
      revision += 1;
      const position = String(Number(head.position) + 1);
      const hash = chainHash(head.hash, canonicalEventBytesFromJson({ ...event, position, streamId, revision }));
      push(rows, { ...event, position, streamId, revision, prevHash: head.hash, hash });
      stored.set(event.eventId, { eventId: event.eventId, streamId, revision, position: position as Position });
      head = { position, hash };
    }
    revisions.set(streamId, revision < 0 ? undefined : revision);
    // An empty append writes nothing: it answers with the stream's revision (-1 for no stream) and
    // the log's head, which is still a valid read-your-writes position.
    return { ok: { nextExpectedRevision: revision, position: head.position as Position } };
  });
  return { outcomes, rows, head };
}

function push(rows: InsertColumns, row: SerialisedEvent & { position: string; streamId: string; revision: number; prevHash: string; hash: string }): void {
  rows.position.push(row.position);
  rows.streamId.push(row.streamId);
  rows.revision.push(row.revision);
  rows.eventId.push(row.eventId);
  rows.type.push(row.type);
  rows.schemaVersion.push(row.schemaVersion);
  rows.data.push(row.dataJson);
  rows.metadata.push(row.metadataJson);
  rows.prevHash.push(row.prevHash);
  rows.hash.push(row.hash);
}
