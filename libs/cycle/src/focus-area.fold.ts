import { NO_UPCASTERS, upcast, type UpcasterRegistry } from '@samverkan/shared-kernel';
import type { AgreementFacts } from './agreement-facts.js';
import { initialContext, type FocusAreaContext } from './focus-area.context.js';
import { isFocusAreaEventType, type FocusAreaMachineEvent, type MachineEventLike } from './focus-area.events.js';
import { evolveContext } from './focus-area.evolve.js';
import { FOCUS_AREA_MACHINES, type MachineRegistry } from './focus-area.machine.js';
import type { FocusAreaStatus } from './steps.js';
import { stepAfter, type Topology } from './topology.js';

/** A focus area: the step it is in and everything recorded, rebuilt from its stream. */
export interface FocusAreaState {
  /** `none` for an empty stream. */
  readonly step: FocusAreaStatus;
  readonly context: FocusAreaContext;
}

/** The state of a focus area with an empty stream (nothing proposed yet), under the agreement's facts today. */
export const initialFocusAreaState = (facts: AgreementFacts): FocusAreaState => ({ step: 'none', context: initialContext(facts) });

/**
 * The schema versions the cycle reads and the upcasters that lead there. Every focus-area event is
 * still at version 1; an upcaster goes here when an event's shape changes (never rename a type).
 */
export const FOCUS_AREA_UPCASTERS: UpcasterRegistry = NO_UPCASTERS;

/**
 * The one conversion from a stored event (or a domain event) to the event `evolve` reads: upcast
 * to the current schema version, with the time and machine version from its metadata. Throws
 * SchemaVersionNotReadableError for a version no upcaster reaches (a deployment error).
 */
export const upcastFocusAreaEvent = (stored: MachineEventLike, upcasters: UpcasterRegistry = FOCUS_AREA_UPCASTERS): FocusAreaMachineEvent => {
  const { type, schemaVersion, data } = upcast(upcasters, {
    type: stored.type,
    data: stored.data,
    ...(stored.schemaVersion !== undefined ? { schemaVersion: stored.schemaVersion } : {}),
  });
  const occurredAt = stored.occurredAt ?? stored.metadata?.occurredAt;
  const machineVersion = stored.machineVersion ?? stored.metadata?.machineVersion;
  return {
    type,
    data,
    schemaVersion,
    ...(occurredAt !== undefined ? { occurredAt } : {}),
    ...(machineVersion !== undefined ? { machineVersion } : {}),
  } as FocusAreaMachineEvent;
};

/**
 * evolve under one topology: applies the fact, never judges it. The step comes from the event
 * itself or from the topology; an event of another type, or one that does not fit the step
 * (nothing follows a closed focus area), leaves the state as it was, as Emmett's evolve does.
 */
export const evolveOn =
  (topology: Topology) =>
  (state: FocusAreaState, event: FocusAreaMachineEvent): FocusAreaState => {
    if (!isFocusAreaEventType(event.type)) return state;
    const step = stepAfter(topology, state.step, event);
    return step === undefined ? state : { step, context: evolveContext(state.context, event) };
  };

/** evolve(state, event): each event read with the topology of the machine version that accepted it. */
export const focusAreaEvolve =
  (machines: MachineRegistry = FOCUS_AREA_MACHINES) =>
  (state: FocusAreaState, event: FocusAreaMachineEvent): FocusAreaState =>
    isFocusAreaEventType(event.type) ? evolveOn(machines.versionOf(event.type, event.machineVersion).topology)(state, event) : state;

export const evolveFocusArea = focusAreaEvolve();

export interface FoldOptions {
  readonly upcasters?: UpcasterRegistry;
  readonly machines?: MachineRegistry;
}

/**
 * Rebuilds a focus area from its stream: upcast, then evolve, event by event. Nothing is judged
 * again: a gate tightened later, or an agreement amended, never makes an old stream fail to load.
 */
export const foldFocusArea = (facts: AgreementFacts, events: readonly MachineEventLike[], options: FoldOptions = {}): FocusAreaState => {
  const evolve = focusAreaEvolve(options.machines);
  return events.reduce((state, stored) => evolve(state, upcastFocusAreaEvent(stored, options.upcasters)), initialFocusAreaState(facts));
};
