import { checkRule, checkRules } from '@samverkan/shared-kernel';
import type { DecisionFacts } from './agreement-facts.js';
import type {
  ApproveTransition,
  ProposeTransition,
  RejectTransition,
  StepBack,
  WithdrawFocusArea,
} from './focus-area.commands.js';
import { hasConsensus } from './consensus.js';
import { focusAreaEvent, type FocusAreaEvent } from './focus-area.events.js';
import { statusOf, type FocusAreaSnapshot } from './focus-area.fold.js';
import { councilDecisionRequired } from './rules/council-decision-required.rule.js';
import { partyMustBelongToAgreement } from './rules/party-must-belong-to-agreement.rule.js';
import { proposalMustBePending } from './rules/proposal-must-be-pending.rule.js';
import { stepBackTargetMustBeEarlier } from './rules/step-back-target-must-be-earlier.rule.js';
import { transitionNotAllowedFromStep } from './rules/transition-not-allowed-from-step.rule.js';
import { stepChangeEvent } from './step-changes.js';
import { isCycleStep, type Step } from './steps.js';
import { destinationOf, TRANSITION_LABEL_SV } from './transitions.js';

/** A pending proposal is void once the focus area moves on without it. */
const voidPending = (snapshot: FocusAreaSnapshot, reason: string): FocusAreaEvent[] => {
  const pending = snapshot.context.pendingProposal;
  return pending ? [focusAreaEvent('ProposalVoided', { proposalId: pending.proposalId, reason })] : [];
};

/**
 * A coordinator proposes; when the agreement's policy does not ask the council for this kind of
 * transition, the move is simply made. The gate is judged either way (so the council is never
 * asked to approve what is not allowed).
 */
export const decideProposal = ({ data }: ProposeTransition, snapshot: FocusAreaSnapshot): FocusAreaEvent[] => {
  const step = statusOf(snapshot);
  const { proposalId, transition: kind, grounds, meeting } = data;
  checkRule(
    transitionNotAllowedFromStep(TRANSITION_LABEL_SV[kind], step, () =>
      kind === 'stepBack' ? !isCycleStep(step) : destinationOf(kind, step) === undefined,
    ),
  );
  if (kind === 'stepBack') checkRule(stepBackTargetMustBeEarlier(data.to, step));
  // Past the checks above, the focus area is in a real step and the destination exists.
  const from = step as Step;
  const to = destinationOf(kind, from, data.to)!;
  const { context } = snapshot;
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

const decidingParty = (proposalId: string, snapshot: FocusAreaSnapshot, facts: DecisionFacts | undefined): string => {
  checkRules(
    proposalMustBePending(snapshot.context.pendingProposal, proposalId),
    partyMustBelongToAgreement(facts?.decidingPartyId, snapshot.context.facts),
  );
  return facts!.decidingPartyId;
};

/** The last party's approval is the consensus: the move is made in the same decision. */
export const decideApproval = (
  { data }: ApproveTransition,
  snapshot: FocusAreaSnapshot,
  facts: DecisionFacts | undefined,
): FocusAreaEvent[] => {
  const partyId = decidingParty(data.proposalId, snapshot, facts);
  const pending = snapshot.context.pendingProposal!;
  const approved = focusAreaEvent('TransitionApproved', { proposalId: data.proposalId, partyId });
  const after = { ...pending, approvedBy: [...pending.approvedBy, partyId] };
  if (!hasConsensus(after, snapshot.context.facts)) return [approved];
  const move = { kind: pending.transition, from: pending.from, to: pending.to, proposalId: pending.proposalId };
  return [approved, stepChangeEvent(move, { reason: pending.grounds, cycle: snapshot.context.cycle })];
};

/** One party's no ends the proposal; it goes back to the coordinator with the reason. */
export const decideRejection = (
  { data }: RejectTransition,
  snapshot: FocusAreaSnapshot,
  facts: DecisionFacts | undefined,
): FocusAreaEvent[] => {
  const partyId = decidingParty(data.proposalId, snapshot, facts);
  return [focusAreaEvent('TransitionRejected', { proposalId: data.proposalId, partyId, reason: data.reason })];
};

/**
 * Going back reacts to new information and is by default recorded without a council decision;
 * an agreement that requires one for it gets a proposal instead.
 */
export const decideStepBack = ({ data }: StepBack, snapshot: FocusAreaSnapshot): FocusAreaEvent[] => {
  const step = statusOf(snapshot);
  checkRules(
    transitionNotAllowedFromStep(TRANSITION_LABEL_SV.stepBack, step, () => !isCycleStep(step)),
    stepBackTargetMustBeEarlier(data.to, step),
    councilDecisionRequired('stepBack', snapshot.context.facts.policy, undefined),
  );
  const move = { kind: 'stepBack' as const, from: step as Step, to: data.to };
  return [...voidPending(snapshot, data.reason), stepChangeEvent(move, { reason: data.reason, cycle: snapshot.context.cycle })];
};

export const decideWithdrawal = ({ data }: WithdrawFocusArea, snapshot: FocusAreaSnapshot): FocusAreaEvent[] => [
  ...voidPending(snapshot, data.reason),
  focusAreaEvent('FocusAreaWithdrawn', { reason: data.reason }),
];
