import type { EventStore, StoredEvent } from '@samverkan/event-store';

export interface ReadCounts {
  readAllCalls: number;
  /** Per stream: the revision each read started from, and how many events it returned. */
  readonly streamReads: { readonly streamId: string; readonly fromRevision: number; readonly returned: number }[];
}

/**
 * Wraps a store to count what a reader takes from it. With `honourMaxCount` it also cuts stream
 * reads at `maxCount`, as the event-store port would once it gains that option.
 */
export function countingEventStore(inner: EventStore, options: { readonly honourMaxCount: boolean }): { store: EventStore; counts: ReadCounts } {
  const counts: ReadCounts = { readAllCalls: 0, streamReads: [] };
  const store: EventStore = {
    appendToStream: (...args) => inner.appendToStream(...args),
    subscribeToAll: (...args) => inner.subscribeToAll(...args),
    comparePositions: (a, b) => inner.comparePositions(a, b),
    close: () => inner.close(),
    readAll: (readOptions) => {
      counts.readAllCalls += 1;
      return inner.readAll(readOptions);
    },
    readStream: async (streamId, readOptions) => {
      const { maxCount } = (readOptions ?? {}) as { maxCount?: number };
      let events: StoredEvent[] = await inner.readStream(streamId, readOptions);
      if (options.honourMaxCount && maxCount !== undefined) events = events.slice(0, maxCount);
      counts.streamReads.push({ streamId, fromRevision: readOptions?.fromRevision ?? 0, returned: events.length });
      return events;
    },
  };
  return { store, counts };
}
