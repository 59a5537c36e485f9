import type { EventToAppend } from '../event-store.port.js';
import { canonicalJson } from '../hash-chain.js';

/** An event serialised before an adapter takes its write lock, so the lock is held only to write (SQLite and PostgreSQL). */
export interface SerialisedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Canonical JSON (RFC 8785): the stored text is exactly what the hash chain covers. */
  readonly dataJson: string;
  readonly metadataJson: string;
}

export function serialise(event: EventToAppend): SerialisedEvent {
  if (!Number.isSafeInteger(event.schemaVersion)) {
    throw new TypeError(`Event ${event.eventId}: schemaVersion must be an integer`);
  }
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    dataJson: canonicalJson(event.data),
    metadataJson: canonicalJson(event.metadata),
  };
}
