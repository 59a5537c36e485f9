import { evolveFocusArea, isFocusAreaEventType, MOVE_EVENT, upcastFocusAreaEvent, type FocusAreaContext } from '@samverkan/cycle';
import type { ProjectedEvent } from '../projected-event.js';
import type { Projection } from '../projection.js';
import { focusAreaIdOfStream } from '@samverkan/shared-kernel';
import { contextOf, emptyContext } from './board-context.js';
import type { BoardProposal, BoardWithdrawal, CouncilDecisionRecord, FocusAreaBoardDoc } from './focus-area-board.doc.js';

/** The pending proposal keeps the time and actor of the event that put it, and of each approval. */
const proposalAfter = (context: FocusAreaContext, previous: BoardProposal | null, event: ProjectedEvent): BoardProposal | null => {
  const pending = context.pendingProposal;
  if (!pending) return null;
  const { occurredAt, actorId, actorRole } = event.metadata;
  if (event.type === 'TransitionProposed') return { ...pending, proposedAt: occurredAt, proposedBy: actorId, approvals: [] };
  const approvals = previous?.approvals ?? [];
  const partyId = event.type === 'TransitionApproved' ? (event.data as { partyId?: string }).partyId : undefined;
  return {
    ...pending,
    proposedAt: previous?.proposedAt ?? occurredAt,
    proposedBy: previous?.proposedBy ?? actorId,
    approvals:
      partyId === undefined ? approvals : [...approvals, { partyId, decidedAt: occurredAt, decidedBy: actorId, actorRole: String(actorRole ?? '') }],
  };
};

/** The withdrawal keeps the time and actor of the event that withdrew the proposal. */
const withdrawalAfter = (context: FocusAreaContext, previous: BoardWithdrawal | null, event: ProjectedEvent): BoardWithdrawal | null => {
  const withdrawal = context.lastWithdrawal;
  if (!withdrawal) return null;
  if (event.type === 'ProposalVoided') return { ...withdrawal, withdrawnAt: event.metadata.occurredAt, withdrawnBy: event.metadata.actorId };
  return previous ?? { ...withdrawal, withdrawnAt: event.metadata.occurredAt, withdrawnBy: event.metadata.actorId };
};

/** A rejection, or a move that carries out a proposal (the last approval), is a council decision. */
const councilDecisionAfter = (previous: CouncilDecisionRecord | null, event: ProjectedEvent): CouncilDecisionRecord | null => {
  const proposalId = (event.data as { proposalId?: unknown } | null)?.proposalId;
  if (typeof proposalId !== 'string') return previous;
  const decided = { proposalId, decidedAt: event.metadata.occurredAt, revision: event.revision };
  if (event.type === 'TransitionRejected') return { ...decided, outcome: 'rejected' };
  return MOVES.includes(event.type) ? { ...decided, outcome: 'approved' } : previous;
};
const MOVES: readonly string[] = Object.values(MOVE_EVENT);

const evolveBoard = (doc: FocusAreaBoardDoc | undefined, event: ProjectedEvent): FocusAreaBoardDoc | undefined => {
  if (!isFocusAreaEventType(event.type)) return doc;
  // A focus area exists from its proposal; anything before it is not a focus area's history.
  if (doc === undefined && event.type !== 'FocusAreaProposed') return undefined;
  // The runner applies each event once; an event the document already reflects changes nothing.
  if (doc !== undefined && event.revision <= doc.revision) return doc;
  // The cycle lib's own upcast and evolve: the step comes from the machine's table, never restated here.
  const before = doc ? { step: doc.step, context: contextOf(doc) } : { step: 'none' as const, context: emptyContext() };
  const after = evolveFocusArea(before, upcastFocusAreaEvent(event));
  const { step, context } = after;
  // Before its proposal fits, nothing is a focus area yet.
  if (step === 'none') return undefined;
  // An event that does not fit the step changes nothing but the position the document has seen.
  if (after === before && doc) return { ...doc, revision: event.revision, position: event.position };
  const occurredAt = event.metadata.occurredAt;
  return {
    focusAreaId: context.focusAreaId ?? doc?.focusAreaId ?? focusAreaIdOfStream(event.streamId) ?? '',
    agreementId: context.agreementId || event.agreementId || '',
    title: context.title,
    description: context.description,
    childrenAndYoungPeople: context.childrenAndYoungPeople,
    step,
    cycle: context.cycle,
    proposedAt: doc?.proposedAt ?? occurredAt,
    stepEnteredAt: context.stepEnteredAt ?? occurredAt,
    lastEventAt: occurredAt,
    revision: event.revision,
    position: event.position,
    pendingProposal: proposalAfter(context, doc?.pendingProposal ?? null, event),
    lastRejection: context.lastRejection,
    lastWithdrawal: withdrawalAfter(context, doc?.lastWithdrawal ?? null, event),
    lastCouncilDecision: councilDecisionAfter(doc?.lastCouncilDecision ?? null, event),
    work: context.work,
    previousCycles: context.previousCycles,
    proposalIds: context.proposalIds,
    withdrawalReason: context.withdrawalReason ?? null,
  };
};

/**
 * The board: one document per focus area, kept by the cycle lib's own pure `evolveFocusArea`, so
 * the board can never disagree with the decider or the fold about what an event means.
 */
export const focusAreaBoardProjection: Projection<FocusAreaBoardDoc> = {
  name: 'focus-area-board',
  // 2: the document says `step`, not `status` (issue 10: one name for the step everywhere).
  // 3: the last withdrawn proposal (issue 13), rebuilt into every document.
  version: 5,
  route: (event) => {
    const focusAreaId = focusAreaIdOfStream(event.streamId);
    return focusAreaId !== null && isFocusAreaEventType(event.type) ? [focusAreaId] : [];
  },
  evolve: evolveBoard,
  index: (doc) => ({
    agreementId: doc.agreementId,
    focusAreaId: doc.focusAreaId,
    // The step, so that a coordinator can list "every focus area in measures" without reading all.
    kind: doc.step,
    occurredAt: doc.lastEventAt,
  }),
};
