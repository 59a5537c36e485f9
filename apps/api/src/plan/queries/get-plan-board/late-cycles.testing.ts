import type { EventStore } from '@samverkan/event-store';
import type { GivenEvent, GivenStream } from '../../../../../../test/support/api-specification.js';
import { COORDINATOR, lommaFocusArea, newCycleStarted } from '../../../../../../test/support/lomma-focus-area.js';

const newCycle = newCycleStarted;
const carriedForward: GivenEvent = {
  type: 'WorkCarriedForward',
  data: { fromCycle: 1, sourceIds: [], causeIds: ['cause-1'], goalIds: ['goal-1'], measureIds: ['measure-1'] },
};
const done: GivenEvent = { type: 'MeasureStatusUpdated', data: { measureId: 'measure-1', status: 'done' } };

/**
 * Lomma focus areas in cycle 2 whose cycle 1 planned measure-1 ("Nattvandring med föräldrar", due
 * 2026-06-30): left unfinished and not carried forward, carried forward, or done in cycle 1.
 */
export const LATE_CYCLES = {
  leftBehind: lommaFocusArea('board-left-behind').at('evaluationDone', ...newCycle),
  carried: lommaFocusArea('board-carried').at('evaluationDone', ...newCycle, carriedForward),
  done: lommaFocusArea('board-done').at('evaluationDone', done, ...newCycle),
} as const;

/** Writes a stream as stored history, past every rule, as the API would have written it. */
export const appendHistory = (store: EventStore, stream: GivenStream) =>
  store.appendToStream(
    stream.streamId,
    stream.events.map((e, i) => ({
      eventId: `late-cycles-${stream.streamId}-${i}`,
      type: e.type,
      schemaVersion: 1,
      data: e.data,
      metadata: {
        actorId: COORDINATOR,
        actorRole: 'coordinator',
        occurredAt: '2026-05-01T08:00:00.000Z',
        correlationId: 'late-cycles',
        machineVersion: stream.machineVersion,
        ...e.metadata,
      },
    })),
    { expectedRevision: 'no_stream' },
  );
