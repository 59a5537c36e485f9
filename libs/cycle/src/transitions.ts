import type { FocusAreaStatus, Step } from './step-names.js';
import type { TransitionKind } from './transition-kinds.js';
import { CYCLE_TOPOLOGY, targetsOf, type StepChangeEventType, type Topology } from './topology.js';

export * from './transition-kinds.js';

/** The event that carries out each kind of transition. */
export const MOVE_EVENT: Readonly<Record<TransitionKind, StepChangeEventType>> = {
  prioritise: 'FocusAreaPrioritised',
  advance: 'StepAdvanced',
  close: 'FocusAreaClosed',
  newCycle: 'NewCycleStarted',
  stepBack: 'SteppedBack',
};

/**
 * Where a transition of `kind` leads from `from`, read from the machine's table, or undefined
 * when that kind does not fit the step (going back needs the wanted earlier step in `to`).
 */
export const destinationOf = (kind: TransitionKind, from: FocusAreaStatus, to?: Step, topology: Topology = CYCLE_TOPOLOGY): Step | undefined => {
  const targets = targetsOf(topology, from, MOVE_EVENT[kind]);
  if (kind === 'stepBack') return to !== undefined && targets.includes(to) ? to : undefined;
  return targets[0];
};
