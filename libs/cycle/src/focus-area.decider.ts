import { checkRule, checkRules } from '@samverkan/shared-kernel';
import { getNextTransitions } from 'xstate';
import type { DecisionFacts } from './agreement-facts.js';
import { commandRules } from './command-rules.js';
import { decideApproval, decideProposal, decideRejection, decideStepBack, decideWithdrawal } from './decide-transition.js';
import { EVENT_ACTION_SV } from './event-labels.js';
import { rulesForEvent } from './event-rules.js';
import type { FocusAreaCommand, WorkCommand } from './focus-area.commands.js';
import { focusAreaEvent, type FocusAreaEvent, type FocusAreaEventType } from './focus-area.events.js';
import { applyEvent, statusOf, type FocusAreaSnapshot } from './focus-area.fold.js';
import { measureDueWithinAgreementPeriod } from './rules/measure-due-within-agreement-period.rule.js';
import { measureResponsiblePartyMustBeParty } from './rules/measure-responsible-party-must-be-party.rule.js';
import { transitionNotAllowedFromStep } from './rules/transition-not-allowed-from-step.rule.js';

/** Each work command records exactly one event of the same meaning. */
const WORK_EVENT: Readonly<Record<WorkCommand['type'], FocusAreaEventType>> = {
  RecordProblemStatement: 'ProblemStatementRecorded',
  AddSource: 'SourceAdded',
  RemoveSource: 'SourceRemoved',
  IdentifyCause: 'CauseIdentified',
  RemoveCause: 'CauseRemoved',
  SetGoal: 'GoalSet',
  RemoveGoal: 'GoalRemoved',
  PlanMeasure: 'MeasurePlanned',
  RemoveMeasure: 'MeasureRemoved',
  UpdateMeasureStatus: 'MeasureStatusUpdated',
  RecordChildImpactAssessment: 'ChildImpactAssessmentRecorded',
  RecordGoalOutcome: 'GoalOutcomeRecorded',
  ConcludeEvaluation: 'EvaluationConcluded',
};

const eventsFor = (command: FocusAreaCommand, snapshot: FocusAreaSnapshot, facts?: DecisionFacts): FocusAreaEvent[] => {
  switch (command.type) {
    case 'ProposeFocusArea':
      return [focusAreaEvent('FocusAreaProposed', command.data)];
    case 'ProposeTransition':
      return decideProposal(command, snapshot);
    case 'ApproveTransition':
      return decideApproval(command, snapshot, facts);
    case 'RejectTransition':
      return decideRejection(command, snapshot, facts);
    case 'VoidProposal':
      return [focusAreaEvent('ProposalVoided', command.data)];
    case 'StepBack':
      return decideStepBack(command, snapshot);
    case 'WithdrawFocusArea':
      return decideWithdrawal(command, snapshot);
    case 'PlanMeasure':
      // Facts of the agreement today; the measures gate judges them again when measures are decided.
      checkRules(
        measureResponsiblePartyMustBeParty(command.data, snapshot.context.facts),
        measureDueWithinAgreementPeriod(command.data, snapshot.context.facts),
      );
      return [focusAreaEvent('MeasurePlanned', command.data)];
    default:
      // Work commands carry their event's data: unknown fields were refused at the edge (400).
      return [focusAreaEvent(WORK_EVENT[command.type], command.data as never)];
  }
};

/**
 * The machine is the judge: each event is applied with the pure `transition`, one after another,
 * and refused unless accepted. The named rules are checked first so that the caller learns which
 * gate or rule stood in the way; the machine's own no is TransitionNotAllowedFromStep.
 */
const judged = (snapshot: FocusAreaSnapshot, events: FocusAreaEvent[]): FocusAreaEvent[] => {
  events.reduce((current, event) => {
    const step = statusOf(current);
    const notAllowed = (broken: () => boolean) => transitionNotAllowedFromStep(EVENT_ACTION_SV[event.type], step, broken);
    checkRule(notAllowed(() => !getNextTransitions(current).some((t) => t.eventType === event.type)));
    checkRules(...rulesForEvent(current.context, event, step));
    const next = applyEvent(current, event);
    if (!next) checkRule(notAllowed(() => true));
    return next!;
  }, snapshot);
  return events;
};

/**
 * decide(command, state) → events, pure. Throws BusinessRuleBrokenError naming the rule.
 * `facts` carries what the API established about the actor (the party a council member decides for).
 */
export const decideFocusArea = (
  command: FocusAreaCommand,
  snapshot: FocusAreaSnapshot,
  facts?: DecisionFacts,
): FocusAreaEvent[] => {
  checkRules(...commandRules(command));
  return judged(snapshot, eventsFor(command, snapshot, facts));
};
