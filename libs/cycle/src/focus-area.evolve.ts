import { emptyWork, type FocusAreaContext } from './focus-area.context.js';
import type { FocusAreaMachineEvent } from './focus-area.events.js';
import { carryForward } from './carry-forward.js';
import { evolveWork } from './evolve-work.js';

/** Leaves the step: the proposal (if any) is settled and the new step is dated. */
const enterStep = (context: FocusAreaContext, occurredAt: string | undefined): FocusAreaContext => {
  const { stepEnteredAt: _previous, ...rest } = context;
  return { ...rest, pendingProposal: null, ...(occurredAt !== undefined ? { stepEnteredAt: occurredAt } : {}) };
};

/**
 * The pure evolve of a focus area's context, one case per event (Emmett's `evolve`). It records
 * what the event says and never judges it: the decider judged it once, when it was new.
 */
export const evolveContext = (context: FocusAreaContext, event: FocusAreaMachineEvent): FocusAreaContext => {
  switch (event.type) {
    case 'FocusAreaProposed': {
      const { focusAreaId, agreementId, title, description, childrenAndYoungPeople } = event.data;
      const proposed = { ...context, focusAreaId, agreementId, title, description, childrenAndYoungPeople };
      return enterStep(proposed, event.occurredAt);
    }
    case 'TransitionProposed': {
      const { proposalId, transition, from, to, grounds, meeting } = event.data;
      return {
        ...context,
        pendingProposal: { proposalId, transition, from, to, grounds, meeting: meeting ?? null, approvedBy: [] },
        lastRejection: null,
        lastWithdrawal: null,
        proposalIds: [...context.proposalIds, proposalId],
      };
    }
    case 'TransitionApproved': {
      const pending = context.pendingProposal;
      if (!pending) return context;
      return { ...context, pendingProposal: { ...pending, approvedBy: [...pending.approvedBy, event.data.partyId] } };
    }
    case 'TransitionRejected': {
      const pending = context.pendingProposal;
      if (!pending) return context;
      const { proposalId, partyId, reason } = event.data;
      return { ...context, pendingProposal: null, lastRejection: { proposalId, transition: pending.transition, partyId, reason } };
    }
    case 'ProposalVoided': {
      const pending = context.pendingProposal;
      if (!pending) return context;
      const { proposalId, transition, from, to } = pending;
      return { ...context, pendingProposal: null, lastWithdrawal: { proposalId, transition, from, to, reason: event.data.reason } };
    }
    case 'FocusAreaPrioritised':
    case 'StepAdvanced':
    case 'SteppedBack':
    case 'FocusAreaClosed':
      return enterStep(context, event.occurredAt);
    case 'NewCycleStarted':
      return enterStep(
        {
          ...context,
          cycle: event.data.cycle,
          previousCycles: [...context.previousCycles, { cycle: context.cycle, work: context.work }],
          work: emptyWork(),
        },
        event.occurredAt,
      );
    case 'FocusAreaScopeChanged':
      return { ...context, childrenAndYoungPeople: event.data.childrenAndYoungPeople };
    case 'WorkCarriedForward':
      return { ...context, work: carryForward(context, event.data) };
    case 'FocusAreaWithdrawn':
      return { ...enterStep(context, event.occurredAt), withdrawalReason: event.data.reason };
    default:
      return { ...context, work: evolveWork(context.work, event) };
  }
};
