import { jsonEvent, type JSONEventData, type JSONType, type Position as KurrentPosition, type RecordedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '@samverkan/shared-kernel';
import type { EventToAppend, Position, StoredEvent } from '../../event-store.port.js';
import { canonicalJson } from '../../hash-chain.js';

/**
 * How our envelope sits in a KurrentDB event: the event id (a UUID) and type as KurrentDB's own,
 * data as JSON, and the custom metadata as our EventMetadata with `schemaVersion` beside it (our
 * metadata has no such key), so a read gives back exactly what was appended. Throws before
 * anything is sent when data or metadata has no JSON form (BigInt, undefined …).
 */
export function toKurrentEvent(event: EventToAppend): JSONEventData {
  canonicalJson(event.data);
  canonicalJson(event.metadata);
  const metadata: EventMetadata & { readonly schemaVersion: number } = { ...event.metadata, schemaVersion: event.schemaVersion };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata: metadata as unknown as JSONType });
}

/**
 * Where this store's streams live on the server. With a prefix, several stores share one server
 * (test runs against a real KurrentDB, or environments side by side); each sees only its own.
 * System streams and types ($…) and the chain's bookkeeping stream are never application events.
 */
export class StreamNames {
  readonly chainStream: string;

  constructor(readonly prefix = '') {
    this.chainStream = `${prefix}samverkan-chain`;
  }

  onServer(streamId: string): string {
    return this.prefix + streamId;
  }

  isApplicationEvent(event: RecordedEvent): boolean {
    return event.streamId.startsWith(this.prefix) && !event.streamId.startsWith('$') && !event.type.startsWith('$') && event.streamId !== this.chainStream;
  }

  toStoredEvent(event: RecordedEvent): StoredEvent {
    const envelope = event.metadata as (EventMetadata & { schemaVersion?: unknown }) | undefined;
    if (!event.isJson || typeof envelope?.schemaVersion !== 'number') {
      throw new Error(`Event ${event.id} in ${event.streamId} has no JSON data with a schema version in its metadata: not written by this store`);
    }
    const { schemaVersion, ...metadata } = envelope;
    return {
      eventId: event.id,
      type: event.type,
      schemaVersion,
      data: event.data,
      metadata,
      streamId: event.streamId.slice(this.prefix.length),
      revision: Number(event.revision),
      position: positionOf(event),
    };
  }
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
export function toKurrentPosition(position: Position): KurrentPosition {
  const value = BigInt(position);
  return { commit: value, prepare: value };
}

/** Whether a position of $all lies strictly after another (commit first, then prepare). */
export function isAfter(position: KurrentPosition, other: KurrentPosition): boolean {
  return position.commit > other.commit || (position.commit === other.commit && position.prepare > other.prepare);
}
