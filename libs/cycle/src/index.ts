export * from './steps.js';
export * from './transitions.js';
export * from './agreement-facts.js';
export * from './focus-area.events.js';
export * from './focus-area.commands.js';
export * from './focus-area.context.js';
export * from './consensus.js';
export { evolveContext } from './focus-area.evolve.js';
export { focusAreaMachine, FOCUS_AREA_MACHINE_VERSION, type FocusAreaMachine } from './focus-area.machine.js';
export {
  foldFocusArea,
  initialFocusAreaSnapshot,
  applyEvent,
  toMachineEvent,
  statusOf,
  FocusAreaEventRejectedError,
  type FocusAreaSnapshot,
} from './focus-area.fold.js';
export { decideFocusArea } from './focus-area.decider.js';
export { toFocusAreaView, type FocusAreaView, type PendingProposalView } from './focus-area.view.js';
export { nextActions, possibleCommands, type PossibleCommand } from './next-actions.js';
export { gateFor, gateHolds } from './gates.js';
export { rulesForEvent } from './event-rules.js';
export { moveOf, type Move } from './step-changes.js';
export * from './rules/index.js';
export { STEPS } from './step-order.js';
