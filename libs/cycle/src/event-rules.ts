import { aboutField, type BusinessRule } from '@samverkan/shared-kernel';
import type { FocusAreaContext } from './focus-area.context.js';
import type { FocusAreaMachineEvent } from './focus-area.events.js';
import { FOCUS_AREA_MACHINES, type CycleMachine } from './focus-area.machine.js';
import { moveOf, type Move } from './step-changes.js';
import { isCycleStep, type FocusAreaStatus } from './steps.js';
import { destinationOf, TRANSITION_LABEL_SV } from './transitions.js';

/** What the rules read of the machine version that judges: its table and its gates. */
export type Judge = Pick<CycleMachine, 'topology' | 'gateFor'>;
import { EVENT_ACTION_SV } from './event-labels.js';
import { carryForwardRules } from './rules/carry-forward.rules.js';
import { baselineMayFollowOnlyByPolicy, baselineMustBeAwaited, baselineMustBeMeasured } from './rules/baseline.rules.js';
import { focusAreaScopeMustChange } from './rules/focus-area-scope-must-change.rule.js';
import { workFrozenWhileProposalPending } from './rules/work-frozen-while-proposal-pending.rule.js';
import { consensusRequired } from './rules/consensus-required.rule.js';
import { councilDecisionRequired } from './rules/council-decision-required.rule.js';
import { focusAreaMustBelongToAgreement } from './rules/focus-area-must-belong-to-agreement.rule.js';
import { newCycleMustFollow } from './rules/new-cycle-must-follow.rule.js';
import { noOtherProposalPending } from './rules/no-other-proposal-pending.rule.js';
import { partyMayDecideOnce } from './rules/party-may-decide-once.rule.js';
import { partyMustBelongToAgreement } from './rules/party-must-belong-to-agreement.rule.js';
import { proposalIdMustBeNew } from './rules/proposal-id-must-be-new.rule.js';
import { proposalMustBePending } from './rules/proposal-must-be-pending.rule.js';
import * as refs from './rules/references.rule.js';
import { transitionNotAllowedFromStep } from './rules/transition-not-allowed-from-step.rule.js';

/**
 * A move fits the step when it starts from the step the focus area is in and leads where that
 * kind of transition leads. Going back fits any cycle step; whether the target is earlier is the
 * step-back gate, so that the caller gets that rule by name.
 */
const moveFits = (move: Move, step: FocusAreaStatus, judge: Judge): BusinessRule =>
  transitionNotAllowedFromStep(TRANSITION_LABEL_SV[move.kind], step, () => {
    if (move.kind === 'stepBack') return move.from !== step || !isCycleStep(step);
    const destination = destinationOf(move.kind, step, undefined, judge.topology);
    return move.from !== step || destination === undefined || destination !== move.to;
  });

/** A step change: it fits, its gate holds, and the council decided it if the policy says so. */
const moveRules = (move: Move | undefined, context: FocusAreaContext, step: FocusAreaStatus, judge: Judge): BusinessRule[] => {
  // An event that leads nowhere from this step: the machine refuses it before any rule is asked.
  if (!move) return [];
  return [
    moveFits(move, step, judge),
    ...judge.gateFor(move.kind, context, step, move.to),
    noOtherProposalPending(context.pendingProposal, move.proposalId),
    councilDecisionRequired(move.kind, context.facts.policy, move.proposalId),
    consensusRequired(move, context.pendingProposal, context.facts),
  ];
};

const frozen = (event: FocusAreaMachineEvent, pending: FocusAreaContext['pendingProposal']): BusinessRule[] => [
  workFrozenWhileProposalPending(pending, event.type, EVENT_ACTION_SV[event.type]),
];

const goalOf = (context: FocusAreaContext, goalId: string) => context.work.goals.find((g) => g.goalId === goalId);

const rulesOf = (context: FocusAreaContext, event: FocusAreaMachineEvent, step: FocusAreaStatus, judge: Judge): BusinessRule[] => {
  const { work, facts, pendingProposal: pending } = context;
  switch (event.type) {
    case 'FocusAreaProposed':
      return [focusAreaMustBelongToAgreement(event.data.agreementId, facts)];
    case 'SourceAdded':
      return [refs.sourceMustBeNew(work, event.data.sourceId)];
    case 'SourceRemoved':
      return [refs.sourceMustExist(work, event.data.sourceId)];
    case 'CauseIdentified':
      return [refs.causeMustBeNew(work, event.data.causeId)];
    case 'CauseRemoved':
      return [refs.causeMustExist(work, event.data.causeId), refs.causeMustNotBeTargeted(work, event.data.causeId)];
    case 'GoalRemoved':
      return [refs.goalMustExist(work, event.data.goalId), refs.goalMustNotBeLinked(work, event.data.goalId)];
    case 'MeasurePlanned':
      return [
        refs.causeMustExist(work, event.data.causeId),
        aboutField('furtherCauseIds', refs.furtherCausesMustExist(work, event.data.furtherCauseIds)),
        ...(event.data.goalId !== undefined ? [refs.goalMustExist(work, event.data.goalId)] : []),
      ];
    case 'IndicatorMeasured':
      return [refs.goalMustExist(work, event.data.goalId)];
    case 'IndicatorMeasurementRemoved':
      return [refs.goalMustExist(work, event.data.goalId), refs.measurementMustExist(work, event.data.measurementId)];
    case 'WorkCarriedForward':
      return carryForwardRules(context, event.data);
    case 'MeasureRemoved':
    case 'MeasureStatusUpdated':
      return [refs.measureMustExist(work, event.data.measureId)];
    case 'GoalOutcomeRecorded':
      return [refs.goalMustExist(work, event.data.goalId), baselineMustBeMeasured(goalOf(context, event.data.goalId))];
    case 'GoalSet':
      return [aboutField('baselineDueBy', baselineMayFollowOnlyByPolicy(event.data.baselineDueBy, facts.policy))];
    case 'GoalBaselineMeasured':
      return [refs.goalMustExist(work, event.data.goalId), baselineMustBeAwaited(goalOf(context, event.data.goalId))];
    case 'FocusAreaScopeChanged':
      return [focusAreaScopeMustChange(context.childrenAndYoungPeople, event.data.childrenAndYoungPeople)];
    case 'ProblemStatementRecorded':
    case 'ChildImpactAssessmentRecorded':
    case 'EvaluationConcluded':
      return [];
    case 'TransitionProposed': {
      const { proposalId, transition, from, to } = event.data;
      return [
        moveFits({ kind: transition, from, to }, step, judge),
        ...judge.gateFor(transition, context, step, to),
        noOtherProposalPending(pending),
        proposalIdMustBeNew(context.proposalIds, proposalId),
      ];
    }
    case 'TransitionApproved':
    case 'TransitionRejected':
      return [
        proposalMustBePending(pending, event.data.proposalId),
        partyMustBelongToAgreement(event.data.partyId, facts),
        partyMayDecideOnce(pending, event.data.partyId),
      ];
    case 'ProposalVoided':
      return [proposalMustBePending(pending, event.data.proposalId)];
    case 'FocusAreaWithdrawn':
      return [noOtherProposalPending(pending)];
    case 'NewCycleStarted':
      return [...moveRules(moveOf(event, step, judge.topology), context, step, judge), newCycleMustFollow(context.cycle, event.data.cycle)];
    case 'FocusAreaPrioritised':
    case 'StepAdvanced':
    case 'SteppedBack':
    case 'FocusAreaClosed':
      return moveRules(moveOf(event, step, judge.topology), context, step, judge);
  }
};

/**
 * The rules a new event must satisfy to be accepted in `step`, asked by the decider once per
 * event it decides, never on replay. Free-text rules (required text, no personal identity numbers) are not here:
 * they judge commands, and a stored event must replay even if the text checks are sharpened later.
 */
export const rulesForEvent = (
  context: FocusAreaContext,
  event: FocusAreaMachineEvent,
  step: FocusAreaStatus,
  judge: Judge = FOCUS_AREA_MACHINES.current,
): BusinessRule[] => {
  return [...frozen(event, context.pendingProposal), ...rulesOf(context, event, step, judge)];
};
