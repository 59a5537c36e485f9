import type { Position } from '@samverkan/event-store';
import { type DomainEvent, type Role, agreementIdOfStream } from '@samverkan/shared-kernel';
import type { ProjectedEvent } from '../projected-event.js';

export interface TestActor {
  readonly actorId: string;
  readonly actorRole: Role;
  readonly onBehalfOfPartyId?: string;
}

const ONE_MINUTE = 60_000;

/** 'YYYY-MM-DD' means 09:00 UTC that day; a full instant is taken as it is. */
const instant = (when: string): string => (when.length === 10 ? `${when}T09:00:00.000Z` : new Date(when).toISOString());

/**
 * A log as the runner would feed it to projections, for specs: global positions from 1, a
 * revision per stream from 0, metadata with actor and time, and the stream → agreement index the
 * runner keeps (an agreement's stream names it; a focus area's stream learns it from the proposal).
 * Time only moves when told (`at`), or by one minute per event, so every spec is reproducible.
 */
export const eventLog = (start = '2024-01-08') => {
  const events: ProjectedEvent[] = [];
  const revisions = new Map<string, number>();
  const agreements = new Map<string, string>();
  let clock = Date.parse(instant(start)) - ONE_MINUTE;

  const agreementOf = (streamId: string, event: DomainEvent): string | null => {
    const own = agreementIdOfStream(streamId);
    if (own !== null) return own;
    const named = (event.data as { agreementId?: unknown }).agreementId;
    if (event.type === 'FocusAreaProposed' && typeof named === 'string') agreements.set(streamId, named);
    return agreements.get(streamId) ?? null;
  };

  const log = {
    /** Appends the events to the stream as one command's result, by `by`, at `at` (or a minute on). */
    append(streamId: string, appended: DomainEvent | readonly DomainEvent[], by: TestActor, at?: string): ProjectedEvent[] {
      const batch = Array.isArray(appended) ? appended : [appended as DomainEvent];
      if (at !== undefined) clock = Date.parse(instant(at)) - ONE_MINUTE;
      const correlationId = `corr-${events.length + 1}`;
      const written = batch.map((event, i): ProjectedEvent => {
        const position = events.length + 1 + i;
        clock += ONE_MINUTE;
        const revision = (revisions.get(streamId) ?? -1) + 1;
        revisions.set(streamId, revision);
        return {
          eventId: `event-${position}`,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data,
          metadata: {
            actorId: by.actorId,
            actorRole: by.actorRole,
            ...(by.onBehalfOfPartyId !== undefined ? { onBehalfOfPartyId: by.onBehalfOfPartyId } : {}),
            occurredAt: new Date(clock).toISOString(),
            correlationId,
          },
          streamId,
          revision,
          position: String(position) as Position,
          agreementId: agreementOf(streamId, event),
        };
      });
      events.push(...written);
      return written;
    },
    /** Every event so far, in log order. */
    events: (): ProjectedEvent[] => [...events],
  };
  return log;
};

export type EventLog = ReturnType<typeof eventLog>;
