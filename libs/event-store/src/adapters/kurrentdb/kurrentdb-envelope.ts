import { jsonEvent, type JSONEventData, type JSONType, type RecordedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '@samverkan/shared-kernel';
import type { EventToAppend, Position, StoredEvent } from '../../event-store.port.js';
import { canonicalJson } from '../../hash-chain.js';

/**
 * How our envelope sits in a KurrentDB event: the event id (a UUID) and type as KurrentDB's own,
 * data as JSON, and the custom metadata as our EventMetadata with `schemaVersion` beside it (our
 * metadata has no such key), so a read gives back exactly what was appended.
 */
/** Throws before anything is sent when data or metadata has no JSON form (BigInt, undefined …). */
export function toKurrentEvent(event: EventToAppend): JSONEventData {
  canonicalJson(event.data);
  canonicalJson(event.metadata);
  const metadata: EventMetadata & { readonly schemaVersion: number } = { ...event.metadata, schemaVersion: event.schemaVersion };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata: metadata as unknown as JSONType });
}

/** Whether an event of $all is one of ours: not a system event, not the chain's own bookkeeping. */
export function isApplicationEvent(event: RecordedEvent, chainStream: string): boolean {
  return !event.streamId.startsWith('$') && !event.type.startsWith('$') && event.streamId !== chainStream;
}

export function fromKurrentEvent(event: RecordedEvent): StoredEvent {
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON: not written by this store`);
  const { schemaVersion, ...metadata } = event.metadata as unknown as EventMetadata & { schemaVersion: number };
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: positionOf(event),
  };
}

/**
 * Our position is the commit position as a decimal string. KurrentDB gives an event's own log
 * position in both commit and prepare for every write made through gRPC (explicit transactions,
 * where they differ, belong to the old TCP API); a stream read carries it from server 22.6 on.
 */
export function positionOf(event: RecordedEvent): Position {
  const { position } = event;
  if (!position || position.commit === 0xffff_ffff_ffff_ffffn) {
    throw new Error(`Event ${event.id} was read without its $all position: the KurrentDB store needs a server of version 22.6 or later`);
  }
  if (position.commit !== position.prepare) {
    throw new Error(`Event ${event.id} has commit ${position.commit} but prepare ${position.prepare}: written in a transaction, not by this store`);
  }
  return String(position.commit) as Position;
}

/** The client's form of one of our positions: commit and prepare are the same. */
export function toKurrentPosition(position: Position): { commit: bigint; prepare: bigint } {
  const value = BigInt(position);
  return { commit: value, prepare: value };
}
