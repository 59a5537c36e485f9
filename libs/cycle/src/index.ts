export * from './steps.js';
export * from './transitions.js';
export * from './agreement-facts.js';
export * from './focus-area.events.js';
export * from './focus-area.commands.js';
export * from './focus-area.context.js';
export * from './consensus.js';
export { evolveContext } from './focus-area.evolve.js';
export * from './topology.js';
export {
  focusAreaMachine,
  focusAreaMachineOf,
  cycleMachine,
  machineRegistry,
  FOCUS_AREA_MACHINES,
  FOCUS_AREA_MACHINE_VERSION,
  UnknownMachineVersionError,
  type CycleMachine,
  type FocusAreaMachine,
  type GateFor,
  type MachineRegistry,
} from './focus-area.machine.js';
export {
  foldFocusArea,
  evolveFocusArea,
  focusAreaEvolve,
  evolveOn,
  initialFocusAreaState,
  upcastFocusAreaEvent,
  FOCUS_AREA_UPCASTERS,
  type FocusAreaState,
  type FoldOptions,
} from './focus-area.fold.js';
export { machineSnapshot } from './machine-snapshot.js';
export { decideFocusArea } from './focus-area.decider.js';
export { toFocusAreaView, type FocusAreaView, type PendingProposalView } from './focus-area.view.js';
export { nextActions, possibleCommands, type PossibleCommand } from './next-actions.js';
export { gateFor } from './gates.js';
export { rulesForEvent } from './event-rules.js';
export * from './rules/index.js';
export { greenButLate, indicatorProgress, type IndicatorProgress } from './follow-up.js';
