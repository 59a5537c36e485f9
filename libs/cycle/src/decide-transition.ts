import { checkRules } from '@samverkan/shared-kernel';
import type { DecisionFacts } from './agreement-facts.js';
import type { ApproveTransition, ProposeTransition, RejectTransition, StepBack, WithdrawFocusArea } from './focus-area.commands.js';
import { focusAreaEvent, type FocusAreaEvent } from './focus-area.events.js';
import type { FocusAreaState } from './focus-area.fold.js';
import { stepBackTargetMustBeEarlier } from './rules/step-back-target-must-be-earlier.rule.js';
import { transitionNotAllowedFromStep } from './rules/transition-not-allowed-from-step.rule.js';
import { stepChangeEvent } from './step-changes.js';
import { isCycleStep, type Step } from './steps.js';
import type { Topology } from './topology.js';
import { destinationOf, TRANSITION_LABEL_SV, type TransitionKind } from './transitions.js';

/**
 * Where a transition leads from the current step, from the machine's table. When it leads
 * nowhere, the rule that says why is thrown: the kind does not fit the step, or the step back is
 * not to an earlier step. (When it does lead somewhere, the decider judges the event itself.)
 */
const destination = (kind: TransitionKind, state: FocusAreaState, topology: Topology, to?: Step): Step => {
  const found = destinationOf(kind, state.step, to, topology);
  if (found !== undefined) return found;
  const { step } = state;
  checkRules(
    transitionNotAllowedFromStep(TRANSITION_LABEL_SV[kind], step, () => (kind === 'stepBack' ? !isCycleStep(step) : true)),
    stepBackTargetMustBeEarlier(to, step),
  );
  throw new Error(`unreachable: ${kind} from ${step} leads nowhere, yet no rule refused it`);
};

/** A pending proposal is void once the focus area moves on without it. */
const voidPending = (state: FocusAreaState, reason: string): FocusAreaEvent[] => {
  const pending = state.context.pendingProposal;
  return pending ? [focusAreaEvent('ProposalVoided', { proposalId: pending.proposalId, reason })] : [];
};

/**
 * A coordinator proposes; when the agreement's policy does not ask the council for this kind of
 * transition, the move is simply made. The gate is judged either way (so the council is never
 * asked to approve what is not allowed).
 */
export const decideProposal = ({ data }: ProposeTransition, state: FocusAreaState, topology: Topology): FocusAreaEvent[] => {
  const { proposalId, transition: kind, grounds, meeting } = data;
  const to = destination(kind, state, topology, data.to);
  // Past `destination`, the focus area is in a real step.
  const from = state.step as Step;
  const { context } = state;
  if (!context.facts.policy.decisionRequired[kind])
    return [stepChangeEvent({ kind, from, to }, { reason: grounds, cycle: context.cycle, ...(meeting ? { meeting } : {}) })];
  return [
    focusAreaEvent('TransitionProposed', {
      proposalId,
      transition: kind,
      from,
      to,
      grounds,
      ...(meeting ? { meeting: { name: meeting.name, date: meeting.date } } : {}),
    }),
  ];
};

/**
 * A council member decides for the party the API established; without one, the event names no
 * party ('') and PartyMustBelongToAgreement refuses it when the decider judges it.
 */
const decidingParty = (facts: DecisionFacts | undefined): string => facts?.decidingPartyId ?? '';

/** The paragraph the API checked the decision against (MeetingCitations), kept with the decision. */
const protocolOf = (facts: DecisionFacts | undefined) =>
  facts?.protocol ? { protocol: { meetingId: facts.protocol.meetingId, paragraph: facts.protocol.paragraph } } : {};

/** One party's approval; the decider adds the move when it completes the consensus. */
export const decideApproval = ({ data }: ApproveTransition, facts: DecisionFacts | undefined): FocusAreaEvent[] => [
  focusAreaEvent('TransitionApproved', { proposalId: data.proposalId, partyId: decidingParty(facts), ...protocolOf(facts) }),
];

/** One party's no ends the proposal; it goes back to the coordinator with the reason. */
export const decideRejection = ({ data }: RejectTransition, facts: DecisionFacts | undefined): FocusAreaEvent[] => [
  focusAreaEvent('TransitionRejected', { proposalId: data.proposalId, partyId: decidingParty(facts), reason: data.reason, ...protocolOf(facts) }),
];

/**
 * Going back reacts to new information and is by default recorded without a council decision;
 * an agreement that requires one for it gets CouncilDecisionRequired (and proposes instead).
 */
export const decideStepBack = ({ data }: StepBack, state: FocusAreaState, topology: Topology): FocusAreaEvent[] => {
  const to = destination('stepBack', state, topology, data.to);
  const move = { kind: 'stepBack' as const, from: state.step as Step, to };
  return [...voidPending(state, data.reason), stepChangeEvent(move, { reason: data.reason, cycle: state.context.cycle })];
};

export const decideWithdrawal = ({ data }: WithdrawFocusArea, state: FocusAreaState): FocusAreaEvent[] => [
  ...voidPending(state, data.reason),
  focusAreaEvent('FocusAreaWithdrawn', { reason: data.reason }),
];
