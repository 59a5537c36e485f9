import { aboutField, checkRule, checkRules } from '@samverkan/shared-kernel';
import { getNextTransitions } from 'xstate';
import type { DecisionFacts } from './agreement-facts.js';
import { decideCarryForward } from './carry-forward.decide.js';
import { commandRules } from './command-rules.js';
import { hasConsensus } from './consensus.js';
import { decideApproval, decideProposal, decideRejection, decideStepBack, decideWithdrawal } from './decide-transition.js';
import { EVENT_ACTION_SV } from './event-labels.js';
import { rulesForEvent } from './event-rules.js';
import type { FocusAreaCommand, WorkCommand } from './focus-area.commands.js';
import { focusAreaEvent, type FocusAreaEvent, type FocusAreaEventType } from './focus-area.events.js';
import { evolveOn, type FocusAreaState } from './focus-area.fold.js';
import { FOCUS_AREA_MACHINES, type CycleMachine } from './focus-area.machine.js';
import { machineSnapshot } from './machine-snapshot.js';
import { measureDueWithinAgreementPeriod } from './rules/measure-due-within-agreement-period.rule.js';
import { measureCoResponsiblePartiesMustBeParties, measureResponsiblePartyMustBeParty } from './rules/measure-responsible-party-must-be-party.rule.js';
import { decideGoal, decideIndicatorMeasurement } from './decide-follow-up.js';
import { transitionNotAllowedFromStep } from './rules/transition-not-allowed-from-step.rule.js';
import { stepChangeEvent } from './step-changes.js';

/** Each work command records exactly one event of the same meaning. */
const WORK_EVENT: Readonly<Record<WorkCommand['type'], FocusAreaEventType>> = {
  RecordProblemStatement: 'ProblemStatementRecorded',
  AddSource: 'SourceAdded',
  RemoveSource: 'SourceRemoved',
  IdentifyCause: 'CauseIdentified',
  RemoveCause: 'CauseRemoved',
  SetGoal: 'GoalSet',
  RemoveGoal: 'GoalRemoved',
  RecordGoalBaseline: 'GoalBaselineMeasured',
  PlanMeasure: 'MeasurePlanned',
  RemoveMeasure: 'MeasureRemoved',
  UpdateMeasureStatus: 'MeasureStatusUpdated',
  RecordChildImpactAssessment: 'ChildImpactAssessmentRecorded',
  RecordGoalOutcome: 'GoalOutcomeRecorded',
  ConcludeEvaluation: 'EvaluationConcluded',
  RecordIndicatorMeasurement: 'IndicatorMeasured',
  RemoveIndicatorMeasurement: 'IndicatorMeasurementRemoved',
};

const eventsFor = (command: FocusAreaCommand, state: FocusAreaState, cycle: CycleMachine, facts?: DecisionFacts): FocusAreaEvent[] => {
  switch (command.type) {
    case 'ProposeFocusArea':
      return [focusAreaEvent('FocusAreaProposed', command.data)];
    case 'ChangeFocusAreaScope':
      return [focusAreaEvent('FocusAreaScopeChanged', command.data)];
    case 'ProposeTransition':
      return decideProposal(command, state, cycle.topology);
    case 'ApproveTransition':
      return decideApproval(command, facts);
    case 'RejectTransition':
      return decideRejection(command, facts);
    case 'VoidProposal':
      return [focusAreaEvent('ProposalVoided', command.data)];
    case 'StepBack':
      return decideStepBack(command, state, cycle.topology);
    case 'WithdrawFocusArea':
      return decideWithdrawal(command, state);
    case 'PlanMeasure':
      // Facts of the agreement today; the measures gate judges them again when measures are decided
      // (there, on a proposal, no request field is theirs to name).
      checkRules(
        aboutField('responsiblePartyId', measureResponsiblePartyMustBeParty(command.data, state.context.facts)),
        aboutField('coResponsible', measureCoResponsiblePartiesMustBeParties(command.data, state.context.facts)),
        aboutField('dueDate', measureDueWithinAgreementPeriod(command.data, state.context.facts)),
      );
      return [focusAreaEvent('MeasurePlanned', command.data)];
    case 'SetGoal':
      return decideGoal(command, state);
    case 'RecordIndicatorMeasurement':
      return decideIndicatorMeasurement(command);
    case 'CarryWorkForward':
      return [decideCarryForward(command, state.context)];
    default:
      // Work commands carry their event's data: unknown fields were refused at the edge (400).
      return [focusAreaEvent(WORK_EVENT[command.type], command.data as never)];
  }
};

/** The last party's approval is the consensus: the move the proposal asked for is made in the same decision. */
const consensusMove = (command: FocusAreaCommand, after: FocusAreaState): FocusAreaEvent[] => {
  const pending = after.context.pendingProposal;
  if (command.type !== 'ApproveTransition' || !pending || !hasConsensus(pending, after.context.facts)) return [];
  const move = { kind: pending.transition, from: pending.from, to: pending.to, proposalId: pending.proposalId };
  return [stepChangeEvent(move, { reason: pending.grounds, cycle: after.context.cycle })];
};

/**
 * Judges one new event and applies it. The machine says whether the step handles this kind of
 * event at all (`getNextTransitions`); then the named rules and gates, so that the caller learns
 * which one stood in the way; then the machine's own guards (`can`: where a step change may lead).
 */
const judgeWith =
  (cycle: CycleMachine) =>
  (state: FocusAreaState, event: FocusAreaEvent): FocusAreaState => {
    const snapshot = machineSnapshot(state, cycle);
    const notAllowed = (broken: () => boolean) => transitionNotAllowedFromStep(EVENT_ACTION_SV[event.type], state.step, broken);
    checkRule(notAllowed(() => !getNextTransitions(snapshot).some((t) => t.eventType === event.type)));
    checkRules(...rulesForEvent(state.context, event, state.step, cycle));
    checkRule(notAllowed(() => !snapshot.can(event)));
    return evolveOn(cycle.topology)(state, event);
  };

/**
 * decide(command, state) → events, pure: the one place a command is judged, each rule once.
 * Throws BusinessRuleBrokenError naming the rule. `facts` carries what the API established about
 * the actor (the party a council member decides for); `cycle` is the machine that judges (the
 * current one; specs pass another to show what a new version or a tightened gate changes).
 */
export const decideFocusArea = (
  command: FocusAreaCommand,
  state: FocusAreaState,
  facts?: DecisionFacts,
  cycle: CycleMachine = FOCUS_AREA_MACHINES.current,
): FocusAreaEvent[] => {
  checkRules(...commandRules(command));
  const judge = judgeWith(cycle);
  const decided = eventsFor(command, state, cycle, facts);
  const after = decided.reduce(judge, state);
  const follows = consensusMove(command, after);
  follows.reduce(judge, after);
  return [...decided, ...follows];
};
