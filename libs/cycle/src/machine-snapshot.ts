import type { FocusAreaState } from './focus-area.fold.js';
import { FOCUS_AREA_MACHINES, type CycleMachine } from './focus-area.machine.js';

/**
 * The machine's snapshot for an evolved state, built fresh whenever the machine is asked
 * (`getNextTransitions`, `can`). It is a question put to the machine, never kept: the state
 * folded from the events is the source of truth.
 */
export const machineSnapshot = (state: FocusAreaState, cycle: CycleMachine = FOCUS_AREA_MACHINES.current) =>
  cycle.machine.resolveState({ value: state.step, context: state.context });
