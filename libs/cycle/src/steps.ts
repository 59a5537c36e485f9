import { CYCLE_TOPOLOGY, targetsOf, type Topology } from './topology.js';
import type { CycleStep, FocusAreaStatus, Step } from './step-names.js';

export * from './step-names.js';

/**
 * The cycle's steps in order, read from the machine's table: from where prioritising leads, one
 * advance at a time (mapping → analysis → measures → evaluation).
 */
const cycleOrder = (topology: Topology): CycleStep[] => {
  const steps: CycleStep[] = [];
  for (let step = targetsOf(topology, 'proposed', 'FocusAreaPrioritised')[0]; step && !steps.includes(step as CycleStep); ) {
    steps.push(step as CycleStep);
    step = targetsOf(topology, step, 'StepAdvanced')[0];
  }
  return steps;
};

export const CYCLE_STEPS: readonly CycleStep[] = cycleOrder(CYCLE_TOPOLOGY);

export const isCycleStep = (step: string | undefined): step is CycleStep => CYCLE_STEPS.includes(step as CycleStep);

/** Going back is only to a step the machine offers as a way back: the work is redone, never erased. */
export const isEarlierCycleStep = (to: string | undefined, from: FocusAreaStatus, topology: Topology = CYCLE_TOPOLOGY): boolean =>
  targetsOf(topology, from, 'SteppedBack').includes(to as Step);

/**
 * Every step in the order a focus area meets them: proposed, the cycle's steps as the machine
 * runs them, then the two ends. The API's `Step` enum lists this, so the web's step order (the
 * board's columns) comes from here rather than from a copy.
 */
export const STEPS: readonly Step[] = ['proposed', ...CYCLE_STEPS, 'closed', 'withdrawn'];
