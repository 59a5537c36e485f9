import type { FocusAreaEvent, FocusAreaMachineEvent, Meeting } from './focus-area.events.js';
import { focusAreaEvent } from './focus-area.events.js';
import type { CycleStep, Step } from './steps.js';
import type { TransitionKind } from './transitions.js';

/** A step change seen as a move: which kind, from where, to where, carrying out which proposal. */
export interface Move {
  readonly kind: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly proposalId?: string;
}

/** The move an event makes, or undefined for events that stay in the step (work and decisions). */
export const moveOf = (event: FocusAreaMachineEvent): Move | undefined => {
  const proposal = (id: string | undefined) => (id !== undefined ? { proposalId: id } : {});
  switch (event.type) {
    case 'FocusAreaPrioritised':
      return { kind: 'prioritise', from: 'proposed', to: 'mapping', ...proposal(event.data.proposalId) };
    case 'StepAdvanced':
      return { kind: 'advance', from: event.data.from, to: event.data.to, ...proposal(event.data.proposalId) };
    case 'SteppedBack':
      return { kind: 'stepBack', from: event.data.from, to: event.data.to, ...proposal(event.data.proposalId) };
    case 'FocusAreaClosed':
      return { kind: 'close', from: 'evaluation', to: 'closed', ...proposal(event.data.proposalId) };
    case 'NewCycleStarted':
      return { kind: 'newCycle', from: 'evaluation', to: 'mapping', ...proposal(event.data.proposalId) };
    default:
      return undefined;
  }
};

/**
 * The event that carries out a move. `reason` is what a step back records (the grounds of its
 * proposal, or the coordinator's reason); `cycle` is the current cycle, raised by a new cycle.
 */
export const stepChangeEvent = (
  move: Move,
  extra: { readonly reason: string; readonly cycle: number; readonly meeting?: Meeting },
): FocusAreaEvent => {
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
