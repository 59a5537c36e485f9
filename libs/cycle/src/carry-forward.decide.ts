import { causesToCarry } from './carry-forward.js';
import type { CarryWorkForward } from './focus-area.commands.js';
import { emptyWork, type FocusAreaContext } from './focus-area.context.js';
import { focusAreaEvent, type FocusAreaEvent } from './focus-area.events.js';

/**
 * The coordinator's choice as the event records it: the causes of every kept measure are added
 * to the causes named (a measure is planned against its causes, Brå's order). The rules on the
 * event (cycle, existence, unfinished measures, goals, once) are judged by the decider after this.
 */
export const decideCarryForward = (command: CarryWorkForward, context: FocusAreaContext): FocusAreaEvent => {
  const { fromCycle, sourceIds, causeIds, goalIds, measureIds } = command.data;
  const from = context.previousCycles.find((previous) => previous.cycle === fromCycle)?.work ?? emptyWork();
  return focusAreaEvent('WorkCarriedForward', {
    fromCycle,
    sourceIds: [...sourceIds],
    causeIds: causesToCarry(from, causeIds, measureIds),
    goalIds: [...goalIds],
    measureIds: [...measureIds],
  });
};
