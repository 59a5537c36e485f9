import { randomInt } from 'node:crypto';
import { readsStreamGroups, type EventStore, type Position, type StoredEvent, type StreamGroupReads } from '@samverkan/event-store';
import type { AnyProjection } from '../../projection.js';
import { applyEvents, type SnapshotSettings } from './apply-batch.js';
import { DocumentCache } from './document-cache.js';
import { toSeq } from './positions.js';
import type { ReadModelWriter, StreamAgreement } from './read-model-writer.js';
import { agreementRegisteredBy, STREAM_OPENERS } from './runner-rules.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';

/**
 * The rm_checkpoints row that marks a catch-up by agreement under way (its version is the run's
 * token). While it stands, the projections' own checkpoints stay at zero: what the run wrote is
 * not yet a state of the log, and a runner that finds the row left behind clears the store.
 */
export const BY_AGREEMENT_MARKER = '~catch-up-by-agreement';

export interface ByAgreementPlan {
  readonly eventStore: EventStore;
  readonly readStore: SqliteReadModelStore;
  readonly projections: readonly AnyProjection[];
  readonly snapshots: SnapshotSettings;
  /** About this many events are read and applied per transaction. */
  readonly batchSize: number;
  /** Only a log at least this long is caught up by agreement: below, the documents all stay warm anyway. */
  readonly fromEvents: number;
}

/** The streams of the log up to the head, by the agreement their first event names (null: none names one). */
interface StreamGroups {
  readonly streams: Map<string, StreamAgreement | null>;
  readonly groups: Map<string | null, string[]>;
}

/** Two agreements' events touched one document: applying them agreement by agreement would change its order. */
class SharedDocument extends Error {}

/** One agreement's documents, kept from its first events to its last, then written once. */
interface Group {
  documents: DocumentCache | undefined;
}

interface Piece {
  readonly group: Group;
  readonly events: readonly StoredEvent[];
  /** The group's last events: its documents are written with them. */
  readonly last: boolean;
}

/**
 * A catch-up from zero that reads the log agreement by agreement rather than in global order,
 * when the store can (`StreamGroupReads`) and the log is long. The cost per event of a catch-up in
 * global order grows with the log, because a larger log has more agreements active at once and
 * each event finds its documents cold (README, "Why the rate falls"); one agreement at a time, its
 * few documents stay warm and are written once, when its last event is applied.
 *
 * Every document belongs to one agreement (a focus area's board, a meeting, an annex, the
 * agreement's entry), so each still gets its events in log order, and the read store comes out
 * as a catch-up in global order leaves it. Should two agreements' events touch one document (a
 * decision citing another agreement's meeting: replay never refuses it), the run notices when the
 * second agreement's documents are written, clears what it wrote and returns undefined: the
 * caller then catches up in global order.
 *
 * The stream index is made first, from the events that open streams. The checkpoints stay at zero
 * until the last transaction, which sets them all to the head the run started at; a run that
 * stops before leaves its marker, and the next catch-up starts over (`clearInterruptedCatchUp`).
 * Returns the position caught up to, or undefined when it did not apply.
 */
export async function catchUpByAgreement(plan: ByAgreementPlan): Promise<number | undefined> {
  const { eventStore, readStore } = plan;
  if (!readsStreamGroups(eventStore)) return undefined;
  const head = await eventStore.headPosition();
  if (head === undefined || toSeq(head) < plan.fromEvents) return undefined;
  const { streams, groups } = await streamGroups(eventStore, head);
  const token = randomInt(1, 2 ** 31);
  const began = readStore.transaction((writer) => {
    if (markerAtZero(readStore, plan.projections) !== undefined) return false;
    clear(writer, plan);
    writer.setCheckpoint(BY_AGREEMENT_MARKER, token, null);
    for (const [streamId, entry] of streams) if (entry) writer.registerStream(streamId, entry.agreementId, entry.seq);
    return true;
  });
  if (!began) return undefined;
  try {
    await applyGroups({ ...plan, eventStore }, { streams, groups }, head, token);
  } catch (error) {
    if (!(error instanceof SharedDocument)) throw error;
    readStore.transaction((writer) => clear(writer, plan));
    return undefined;
  }
  return toSeq(head);
}

/** A catch-up by agreement that stopped part-way left its marker: what it wrote is cleared, to be made again. */
export function clearInterruptedCatchUp(plan: Pick<ByAgreementPlan, 'readStore' | 'projections' | 'snapshots'>): void {
  if (!plan.readStore.checkpoints().some((row) => row.projection === BY_AGREEMENT_MARKER)) return;
  plan.readStore.transaction((writer) => clear(writer, plan));
}

async function streamGroups(eventStore: StreamGroupReads, head: Position): Promise<StreamGroups> {
  const streams = new Map<string, StreamAgreement | null>();
  const groups = new Map<string | null, string[]>();
  const join = (agreementId: string | null, streamId: string) => {
    const group = groups.get(agreementId);
    if (group) group.push(streamId);
    else groups.set(agreementId, [streamId]);
  };
  // The first event that names a stream's agreement maps it, as the runner's stream index does in log order.
  for (const event of await eventStore.readTypes([...STREAM_OPENERS], { upTo: head })) {
    const agreementId = agreementRegisteredBy(event);
    if (agreementId === undefined || streams.has(event.streamId)) continue;
    streams.set(event.streamId, { agreementId, seq: toSeq(event.position) });
    join(agreementId, event.streamId);
  }
  for (const streamId of await eventStore.streamIds({ upTo: head })) {
    if (streams.has(streamId)) continue;
    streams.set(streamId, null);
    join(null, streamId);
  }
  return { streams, groups };
}

async function applyGroups(
  plan: ByAgreementPlan & { readonly eventStore: StreamGroupReads },
  { streams, groups }: StreamGroups,
  head: Position,
  token: number,
): Promise<void> {
  const { eventStore, readStore, projections, snapshots, batchSize } = plan;
  const fromZero = new Map(projections.map((projection) => [projection.name, 0]));
  /** Every document a finished group wrote, by projection and id. */
  const written = new Set<string>();
  let pieces: Piece[] = [];
  let held = 0;
  const commit = (final: boolean): void => {
    readStore.transaction((writer) => {
      if (markerAtZero(readStore, projections) !== token)
        throw new Error('Another runner wrote the read store during a catch-up by agreement: catch up again');
      for (const { group, events, last } of pieces) {
        const documents = (group.documents ??= new DocumentCache(writer));
        applyEvents(writer, { projections, checkpoints: fromZero, snapshots, streams, documents }, events);
        if (last) writeGroup(documents, written);
      }
      if (!final) return;
      for (const { name, version } of projections) writer.setCheckpoint(name, version, toSeq(head));
      writer.deleteCheckpoint(BY_AGREEMENT_MARKER);
    });
    pieces = [];
    held = 0;
  };
  const streamIds = [...groups.values()];
  const work = streamIds.map((): Group => ({ documents: undefined }));
  for await (const { group, events, last } of eventStore.readStreamGroups(streamIds, { upTo: head, maxCount: batchSize })) {
    pieces.push({ group: work[group]!, events, last });
    held += events.length;
    if (held >= batchSize) commit(false);
  }
  commit(true);
}

/** Writes a finished group's documents, unless one of them was written by another group. */
function writeGroup(documents: DocumentCache, written: Set<string>): void {
  const keys = [...documents.touched()].map(([projection, id]) => `${projection}\u0000${id}`);
  const shared = keys.find((key) => written.has(key));
  if (shared !== undefined) throw new SharedDocument(`Two agreements' events touch ${shared.replace('\u0000', ' ')}`);
  documents.flush();
  for (const key of keys) written.add(key);
}

/**
 * With every projection still at zero, the marker's token (undefined: no run under way); false once
 * a projection has a checkpoint. A run begins only from undefined and goes on only while it reads
 * its own token: anyone else who writes the store changes one or the other.
 */
function markerAtZero(readStore: SqliteReadModelStore, projections: readonly AnyProjection[]): number | undefined | false {
  const rows = new Map(readStore.checkpoints().map((row) => [row.projection, row]));
  if (!projections.every(({ name }) => (rows.get(name)?.position ?? 0) === 0)) return false;
  return rows.get(BY_AGREEMENT_MARKER)?.version;
}

/** Every projection at zero (its version kept), the stream index empty, the marker gone. */
function clear(writer: ReadModelWriter, plan: Pick<ByAgreementPlan, 'projections' | 'snapshots'>): void {
  for (const { name, version } of plan.projections) writer.dropProjection(name, version, { withSnapshots: name === plan.snapshots.projection });
  writer.dropStreamIndex();
  writer.deleteCheckpoint(BY_AGREEMENT_MARKER);
}
