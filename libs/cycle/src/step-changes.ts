import type { FocusAreaEvent, FocusAreaEventType, FocusAreaMachineEvent, Meeting } from './focus-area.events.js';
import { focusAreaEvent } from './focus-area.events.js';
import type { CycleStep, FocusAreaStatus, Step } from './steps.js';
import { CYCLE_TOPOLOGY, targetsOf, type Topology } from './topology.js';
import { MOVE_EVENT, type TransitionKind } from './transitions.js';

/** A step change seen as a move: which kind, from where, to where, carrying out which proposal. */
export interface Move {
  readonly kind: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly proposalId?: string;
}

const KIND_OF_EVENT: Readonly<Partial<Record<FocusAreaEventType, TransitionKind>>> = Object.fromEntries(
  Object.entries(MOVE_EVENT).map(([kind, type]) => [type, kind]),
);

/**
 * The move an event makes from `from`, or undefined for events that stay in the step (work and
 * decisions). Where the event names no target, the machine's table says where it leads.
 */
export const moveOf = (event: FocusAreaMachineEvent, from: FocusAreaStatus, topology: Topology = CYCLE_TOPOLOGY): Move | undefined => {
  const kind = KIND_OF_EVENT[event.type];
  if (kind === undefined) return undefined;
  const data = event.data as { readonly from?: Step; readonly to?: Step; readonly proposalId?: string };
  const to = data.to ?? targetsOf(topology, from, event.type)[0];
  if (to === undefined) return undefined;
  return { kind, from: data.from ?? (from as Step), to, ...(data.proposalId !== undefined ? { proposalId: data.proposalId } : {}) };
};

/**
 * The event that carries out a move. `reason` is what a step back records (the grounds of its
 * proposal, or the coordinator's reason); `cycle` is the current cycle, raised by a new cycle.
 */
export const stepChangeEvent = (move: Move, extra: { readonly reason: string; readonly cycle: number; readonly meeting?: Meeting }): FocusAreaEvent => {
  // With a proposal the grounds are on TransitionProposed; a direct move records them itself.
  const proposal =
    move.proposalId !== undefined
      ? { proposalId: move.proposalId }
      : { grounds: extra.reason, ...(extra.meeting ? { meeting: { name: extra.meeting.name, date: extra.meeting.date } } : {}) };
  switch (move.kind) {
    case 'prioritise':
      return focusAreaEvent('FocusAreaPrioritised', proposal);
    case 'advance':
      return focusAreaEvent('StepAdvanced', { from: move.from as CycleStep, to: move.to as CycleStep, ...proposal });
    case 'stepBack':
      return focusAreaEvent('SteppedBack', {
        from: move.from as CycleStep,
        to: move.to as CycleStep,
        reason: extra.reason,
        ...(move.proposalId !== undefined ? { proposalId: move.proposalId } : {}),
      });
    case 'close':
      return focusAreaEvent('FocusAreaClosed', proposal);
    case 'newCycle':
      return focusAreaEvent('NewCycleStarted', { cycle: extra.cycle + 1, ...proposal });
  }
};
