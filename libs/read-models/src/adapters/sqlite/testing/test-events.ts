import type { EventStore, EventToAppend, Position } from '@samverkan/event-store';
import { agreementStreamId, focusAreaStreamId } from '@samverkan/shared-kernel';

let nextId = 0;

/** An event as the API would append it; `occurredAt` in `Date#toISOString()` form. */
export function testEvent(type: string, data: Record<string, unknown>, occurredAt: string): EventToAppend {
  nextId += 1;
  return {
    eventId: `test-${process.pid}-${nextId}-${Math.random().toString(36).slice(2)}`,
    type,
    schemaVersion: 1,
    data,
    metadata: { actorId: 'tester', actorRole: 'coordinator', occurredAt, correlationId: 'test' },
  } as EventToAppend;
}

export interface TestAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
}

/** Appends in order, each without a revision check; returns the position of each append's last event. */
export async function appendAll(store: EventStore, appends: readonly TestAppend[]): Promise<Position[]> {
  const positions: Position[] = [];
  for (const { streamId, events } of appends) {
    positions.push((await store.appendToStream(streamId, events, { expectedRevision: 'any' })).position);
  }
  return positions;
}

/** Minute `n` after a fixed origin. */
export const minute = (n: number): string => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();

export interface HistoryStep {
  /** Which stream: agreements first, then focus areas, then unrelated streams. */
  readonly stream: number;
  readonly count: number;
  /** Discard the focus area (deletes its board card) instead of adding notes. */
  readonly discard: boolean;
}

/**
 * Turns abstract steps into appends: a stream's first event registers it (AgreementRegistered,
 * FocusAreaProposed naming agreement `i % agreements`), later ones are notes or role changes.
 * Each event is one minute after the previous one.
 */
export function historyFrom(steps: readonly HistoryStep[], shape: { readonly agreements: number; readonly focusAreas: number }): TestAppend[] {
  const revisions = new Map<string, number>();
  let clock = 0;
  return steps.map(({ stream, count, discard }) => {
    const { streamId, register, next } = streamOf(stream, shape, discard);
    const events: EventToAppend[] = [];
    for (let i = 0; i < count; i += 1) {
      const revision = revisions.get(streamId) ?? 0;
      revisions.set(streamId, revision + 1);
      const [type, data] = revision === 0 ? register : next(revision);
      events.push(testEvent(type, data, minute(clock++)));
    }
    return { streamId, events };
  });
}

type Made = readonly [string, Record<string, unknown>];

function streamOf(stream: number, shape: { readonly agreements: number; readonly focusAreas: number }, discard: boolean) {
  const total = shape.agreements + shape.focusAreas;
  if (stream < shape.agreements) {
    const agreementId = `a${stream}`;
    return {
      streamId: agreementStreamId(agreementId),
      register: ['AgreementRegistered', { agreementId, name: `Agreement ${stream}` }] as Made,
      next: (revision: number): Made => ['RoleAssigned', { agreementId, userId: `u${revision}` }],
    };
  }
  if (stream < total) {
    const index = stream - shape.agreements;
    const focusAreaId = `f${index}`;
    const agreementId = `a${index % Math.max(1, shape.agreements)}`;
    return {
      streamId: focusAreaStreamId(focusAreaId),
      register: ['FocusAreaProposed', { focusAreaId, agreementId, title: `Focus area ${index}` }] as Made,
      next: (revision: number): Made => (discard ? ['FocusAreaDiscarded', {}] : ['NoteAdded', { note: `note ${revision}` }]),
    };
  }
  // A stream tied to an agreement only at its third event: the two before it stay unenriched.
  const streamId = `misc-${stream - total}`;
  const late: Made = ['FocusAreaProposed', { focusAreaId: streamId, agreementId: 'a0', title: 'late' }];
  return { streamId, register: ['Ticked', {}] as Made, next: (revision: number): Made => (revision === 2 ? late : ['Ticked', {}]) };
}
