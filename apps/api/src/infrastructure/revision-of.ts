import type { StoredEvent } from '@samverkan/event-store';

/** The revision a reader saw: the last event's revision, or null for a stream that does not exist. */
export const revisionOf = (events: readonly StoredEvent[]): number | null => (events.length === 0 ? null : events[events.length - 1]!.revision);
