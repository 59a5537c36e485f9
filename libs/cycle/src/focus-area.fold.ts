import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { AgreementFacts } from './agreement-facts.js';
import { isFocusAreaEventType, type FocusAreaMachineEvent, type MachineEventLike } from './focus-area.events.js';
import { focusAreaMachine } from './focus-area.machine.js';
import type { FocusAreaStatus } from './steps.js';

export type FocusAreaSnapshot = SnapshotFrom<typeof focusAreaMachine>;

/** The schema versions this machine reads; anything newer or older needs an upcaster first. */
const SUPPORTED_SCHEMA_VERSION = 1;

/**
 * A stored event the machine refuses: the stream is corrupt, or the event needs an upcaster.
 * Never a user error, so it is not a BusinessRuleBrokenError.
 */
export class FocusAreaEventRejectedError extends Error {
  constructor(
    readonly eventType: string,
    readonly index: number,
    readonly step: string,
    why: string,
  ) {
    super(`Event #${index} (${eventType}) cannot be applied in step "${step}": ${why}`);
    this.name = 'FocusAreaEventRejectedError';
  }
}

export const statusOf = (snapshot: FocusAreaSnapshot): FocusAreaStatus => snapshot.value as FocusAreaStatus;

/** The state of a focus area with an empty stream (nothing proposed yet). */
export const initialFocusAreaSnapshot = (facts: AgreementFacts): FocusAreaSnapshot =>
  initialTransition(focusAreaMachine, facts)[0];

/** Accepts a domain event, a machine event or a stored event (time from its metadata). */
export const toMachineEvent = (event: MachineEventLike): FocusAreaMachineEvent => {
  const occurredAt = event.occurredAt ?? event.metadata?.occurredAt;
  return {
    type: event.type,
    data: event.data,
    ...(event.schemaVersion !== undefined ? { schemaVersion: event.schemaVersion } : {}),
    ...(occurredAt !== undefined ? { occurredAt } : {}),
  } as FocusAreaMachineEvent;
};

/**
 * Applies one event with the pure `transition`. XState returns the very same snapshot when no
 * transition is enabled: that is the machine saying no. Returns undefined then.
 */
export const applyEvent = (snapshot: FocusAreaSnapshot, event: FocusAreaMachineEvent): FocusAreaSnapshot | undefined => {
  const [next] = transition(focusAreaMachine, snapshot, event);
  return next === snapshot ? undefined : next;
};

/**
 * Rebuilds a focus area from its stream: `initialTransition` with the agreement's facts, then
 * `transition` per event. The machine judges every stored event again; one it refuses throws.
 */
export const foldFocusArea = (facts: AgreementFacts, events: readonly MachineEventLike[]): FocusAreaSnapshot =>
  events.reduce((snapshot, stored, index) => {
    const step = statusOf(snapshot);
    if (!isFocusAreaEventType(stored.type))
      throw new FocusAreaEventRejectedError(stored.type, index, step, 'unknown event type');
    if (stored.schemaVersion !== undefined && stored.schemaVersion !== SUPPORTED_SCHEMA_VERSION)
      throw new FocusAreaEventRejectedError(stored.type, index, step, `schema version ${stored.schemaVersion} needs an upcaster`);
    const next = applyEvent(snapshot, toMachineEvent(stored));
    if (!next) throw new FocusAreaEventRejectedError(stored.type, index, step, 'the machine does not accept it');
    return next;
  }, initialFocusAreaSnapshot(facts));
