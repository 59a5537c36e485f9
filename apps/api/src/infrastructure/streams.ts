import type { StoredEvent } from '@samverkan/event-store';

/** Stream names: one stream per agreement and one per focus area. Stored forever: do not rename. */
export { agreementStreamId as agreementStream } from '@samverkan/agreements';
export const focusAreaStream = (focusAreaId: string): string => `focus-area-${focusAreaId}`;

/** The revision a reader saw: the last event's revision, or null for a stream that does not exist. */
export const revisionOf = (events: readonly StoredEvent[]): number | null =>
  events.length === 0 ? null : events[events.length - 1]!.revision;
