import type { CycleWork, PendingProposal, PreviousCycle, Rejection, Step, Withdrawal } from '@samverkan/cycle';

/** One party's approval, as its event's metadata says: who decided for the party, in which role, when. */
export interface BoardApproval {
  readonly partyId: string;
  /** ISO-8601 instant. */
  readonly decidedAt: string;
  /** The user who decided (a representative or a substitute). */
  readonly decidedBy: string;
  /** 'councilRepresentative' or 'councilSubstitute'. */
  readonly actorRole: string;
}

/** A proposal waiting for the council, with when and by whom it was put (for "oldest first"). */
export interface BoardProposal extends PendingProposal {
  /** `occurredAt` of the TransitionProposed event (ISO-8601 instant). */
  readonly proposedAt: string;
  /** The actor who proposed it (a coordinator's user id). */
  readonly proposedBy: string;
  /** The approvals so far, in the order given, each with who decided and when (told plainly to the party's other member). */
  readonly approvals: readonly BoardApproval[];
}

/** The last proposal withdrawn before the council decided it, with when and by whom. */
export interface BoardWithdrawal extends Withdrawal {
  /** ISO-8601 instant. */
  readonly withdrawnAt: string;
  readonly withdrawnBy: string;
}

/** The council's last decision on the focus area: the revision it left the stream at, for "what changed since". */
export interface CouncilDecisionRecord {
  readonly proposalId: string;
  readonly outcome: 'approved' | 'rejected';
  /** ISO-8601 instant. */
  readonly decidedAt: string;
  /** The focus area stream's revision after the decision (the move it carried out, or the rejection). */
  readonly revision: number;
}

/**
 * One focus area as coordinators see it on the board: where it stands, since when, what waits for
 * the council, and the work of the current cycle (earlier cycles stay readable).
 *
 * Holds no agreement facts (parties, period, decision policy): those are the agreement
 * directory's, so the board never shows a stale copy of them. Queries that need the parties take
 * them as a parameter. Plain JSON: the store keeps it as it is.
 */
export interface FocusAreaBoardDoc {
  readonly focusAreaId: string;
  readonly agreementId: string;
  readonly title: string;
  readonly description: string;
  readonly childrenAndYoungPeople: boolean;
  /** The machine's state after the last event: proposed, a cycle step, closed or withdrawn. */
  readonly step: Step;
  readonly cycle: number;
  /** When the focus area was proposed (ISO-8601 instant). */
  readonly proposedAt: string;
  /** When the current step was entered. */
  readonly stepEnteredAt: string;
  readonly lastEventAt: string;
  /** The focus area stream's revision after the last event applied. */
  readonly revision: number;
  /** The log position of the last event applied (STYLE.md 6: a read model knows where it stands). */
  readonly position: string;
  readonly pendingProposal: BoardProposal | null;
  /** The last rejection, until the next proposal. */
  readonly lastRejection: Rejection | null;
  /** The last proposal withdrawn before the council decided it, with the reason, until the next proposal. */
  readonly lastWithdrawal: BoardWithdrawal | null;
  /** The council's last decision on this focus area (approved and carried out, or rejected); null before its first. */
  readonly lastCouncilDecision: CouncilDecisionRecord | null;
  /** The current cycle's work. */
  readonly work: CycleWork;
  readonly previousCycles: readonly PreviousCycle[];
  /** Every proposal id used on this focus area. */
  readonly proposalIds: readonly string[];
  readonly withdrawalReason: string | null;
}

/** The board's order, which every list of an agreement's focus areas keeps: as they were proposed (ties by id). */
export const inBoardOrder = (docs: readonly FocusAreaBoardDoc[]): FocusAreaBoardDoc[] =>
  [...docs].sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.focusAreaId.localeCompare(b.focusAreaId));
