import { getNextTransitions } from 'xstate';
import type { FocusAreaCommandType } from './focus-area.commands.js';
import { baselinePending, type FocusAreaContext } from './focus-area.context.js';
import { freezes } from './rules/work-frozen-while-proposal-pending.rule.js';
import { isFocusAreaEventType, type FocusAreaEventType } from './focus-area.events.js';
import type { FocusAreaState } from './focus-area.fold.js';
import { FOCUS_AREA_MACHINES, type CycleMachine } from './focus-area.machine.js';
import { machineSnapshot } from './machine-snapshot.js';
import type { CycleStep, FocusAreaStatus, Step } from './steps.js';
import { targetsOf } from './topology.js';
import { destinationOf, FORWARD_TRANSITION_KINDS, type TransitionKind } from './transitions.js';

/**
 * The event types the machine handles in the current state, from `getNextTransitions` (which
 * lists guarded transitions whatever their guards would say). Empty in a final state.
 */
export const nextActions = (state: FocusAreaState, cycle: CycleMachine = FOCUS_AREA_MACHINES.current): FocusAreaEventType[] => {
  const types = getNextTransitions(machineSnapshot(state, cycle)).map((t) => String(t.eventType));
  return [...new Set(types)].filter(isFocusAreaEventType);
};

export type PossibleCommand =
  | { readonly type: Exclude<FocusAreaCommandType, 'ProposeTransition' | 'StepBack'> }
  | { readonly type: 'ProposeTransition'; readonly transition: TransitionKind; readonly to: Step; readonly decisionRequired: boolean }
  | { readonly type: 'StepBack'; readonly to: CycleStep };

/** The machine's ways back from `step`, in the cycle's order. */
const earlierSteps = (step: FocusAreaStatus, cycle: CycleMachine): CycleStep[] => targetsOf(cycle.topology, step, 'SteppedBack') as CycleStep[];

/** Forward proposals whose gate holds now, so that the council is only asked what it may approve. */
const proposals = (context: FocusAreaContext, step: FocusAreaStatus, cycle: CycleMachine): PossibleCommand[] => {
  const { decisionRequired } = context.facts.policy;
  const forward = FORWARD_TRANSITION_KINDS.flatMap((kind) => {
    const to = destinationOf(kind, step, undefined, cycle.topology);
    return to && cycle.gateFor(kind, context, step, to).every((r) => !r.isBroken())
      ? [{ type: 'ProposeTransition' as const, transition: kind, to, decisionRequired: decisionRequired[kind] }]
      : [];
  });
  const back = decisionRequired.stepBack
    ? earlierSteps(step, cycle).map((to) => ({ type: 'ProposeTransition' as const, transition: 'stepBack' as const, to, decisionRequired: true }))
    : [];
  return [...forward, ...back];
};

/** What a coordinator or council member could do now, as commands (removals only when there is something to remove). */
const commandsFor = (type: FocusAreaEventType, context: FocusAreaContext, step: FocusAreaStatus, cycle: CycleMachine): PossibleCommand[] => {
  const { work, pendingProposal: pending } = context;
  const when = (ok: boolean, command: PossibleCommand['type']): PossibleCommand[] => (ok ? [{ type: command } as PossibleCommand] : []);
  // While a proposal waits, the work it would accept is not offered (WorkFrozenWhileProposalPending).
  if (freezes(pending, type)) return [];
  switch (type) {
    case 'FocusAreaProposed':
      return when(true, 'ProposeFocusArea');
    case 'ProblemStatementRecorded':
      return when(true, 'RecordProblemStatement');
    case 'SourceAdded':
      return when(true, 'AddSource');
    case 'SourceRemoved':
      return when(work.sources.length > 0, 'RemoveSource');
    case 'CauseIdentified':
      return when(true, 'IdentifyCause');
    case 'CauseRemoved':
      return when(work.causes.length > 0, 'RemoveCause');
    case 'GoalSet':
      return when(true, 'SetGoal');
    case 'GoalRemoved':
      return when(work.goals.length > 0, 'RemoveGoal');
    case 'GoalBaselineMeasured':
      return when(work.goals.some(baselinePending), 'RecordGoalBaseline');
    case 'FocusAreaScopeChanged':
      return when(true, 'ChangeFocusAreaScope');
    case 'MeasurePlanned':
      // Brå's order: cause → measure → goal; the goal may be set and linked afterwards.
      return when(work.causes.length > 0, 'PlanMeasure');
    case 'MeasureRemoved':
      return when(work.measures.length > 0, 'RemoveMeasure');
    case 'MeasureStatusUpdated':
      return when(work.measures.length > 0, 'UpdateMeasureStatus');
    case 'ChildImpactAssessmentRecorded':
      return when(true, 'RecordChildImpactAssessment');
    case 'GoalOutcomeRecorded':
      return when(work.goals.length > 0, 'RecordGoalOutcome');
    case 'EvaluationConcluded':
      return when(true, 'ConcludeEvaluation');
    case 'TransitionProposed':
      return pending ? [] : proposals(context, step, cycle);
    case 'TransitionApproved':
      return when(pending !== null, 'ApproveTransition');
    case 'TransitionRejected':
      return when(pending !== null, 'RejectTransition');
    case 'ProposalVoided':
      return when(pending !== null, 'VoidProposal');
    case 'SteppedBack':
      return context.facts.policy.decisionRequired.stepBack ? [] : earlierSteps(step, cycle).map((to) => ({ type: 'StepBack' as const, to }));
    case 'FocusAreaWithdrawn':
      return when(true, 'WithdrawFocusArea');
    // Forward step changes are made through ProposeTransition (directly when no decision is required).
    case 'FocusAreaPrioritised':
    case 'StepAdvanced':
    case 'FocusAreaClosed':
    case 'NewCycleStarted':
      return [];
    case 'IndicatorMeasured':
      return when(work.goals.length > 0, 'RecordIndicatorMeasurement');
    case 'IndicatorMeasurementRemoved':
      return when(work.measurements.length > 0, 'RemoveIndicatorMeasurement');
    // In a new cycle's mapping, until the coordinator has chosen what to keep (once per cycle).
    case 'WorkCarriedForward':
      return when(context.cycle >= 2 && work.carriedForward === undefined, 'CarryWorkForward');
  }
};

export const possibleCommands = (state: FocusAreaState, cycle: CycleMachine = FOCUS_AREA_MACHINES.current): PossibleCommand[] => {
  const all = nextActions(state, cycle).flatMap((type) => commandsFor(type, state.context, state.step, cycle));
  const seen = new Set<string>();
  return all.filter((command) => {
    const key = JSON.stringify(command);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
