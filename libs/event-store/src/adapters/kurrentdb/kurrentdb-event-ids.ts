import { LRUCache } from 'lru-cache';
import type { AppendResult, Position, StoredEvent } from '../../event-store.port.js';

/** Where an id is stored; the position is known for events read, and for the last of an append. */
export interface KnownEventId {
  readonly streamId: string;
  readonly revision: number;
  readonly position: Position | undefined;
}

/**
 * The event ids this instance has seen: its own appends and every event it read (the sealer reads
 * each new event of the log once, so the ids of other instances' appends arrive within the sealing
 * window). KurrentDB has no unique index on event ids and judges ids only inside one stream, at
 * the revision the append expects; this index lets the adapter refuse a reuse elsewhere before
 * writing, without a round trip. It is bounded, as the server's own idempotency cache is: an id
 * older than the last `max` events seen is judged only by the server.
 */
export class KnownEventIds {
  private readonly known: LRUCache<string, KnownEventId>;

  constructor(max = 100_000) {
    this.known = new LRUCache({ max });
  }

  rememberRead(event: StoredEvent): void {
    this.known.set(event.eventId, { streamId: event.streamId, revision: event.revision, position: event.position });
  }

  rememberAppend(streamId: string, eventIds: readonly string[], result: AppendResult): void {
    const first = result.nextExpectedRevision - eventIds.length + 1;
    eventIds.forEach((eventId, i) => {
      const last = i === eventIds.length - 1;
      this.known.set(eventId, { streamId, revision: first + i, position: last ? result.position : undefined });
    });
  }

  /** The ids among `eventIds` that are known, with where they are stored. */
  lookup(eventIds: readonly string[]): Array<KnownEventId & { readonly eventId: string }> {
    return eventIds.flatMap((eventId) => {
      const row = this.known.get(eventId);
      return row ? [{ eventId, ...row }] : [];
    });
  }
}
