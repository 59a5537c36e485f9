import { TRANSITION_LABEL_SV, type Meeting, type Step, type TransitionKind } from '@samverkan/cycle';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import type { BoardApproval, FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';

export interface DecisionInboxItem {
  readonly agreementId: string;
  readonly focusAreaId: string;
  /**
   * The focus area stream's revision, its ETag: a decision sends it as `If-Match`, so one made on
   * an inbox someone has changed since is refused (412) without reading the focus area first.
   */
  readonly revision: number;
  readonly focusAreaTitle: string;
  readonly proposalId: string;
  readonly transition: TransitionKind;
  /** In Swedish, e.g. "gå vidare till nästa steg". */
  readonly transitionLabel: string;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  readonly proposedAt: string;
  readonly proposedBy: string;
  readonly approvedBy: readonly string[];
  /** Every party still to approve (this one included, unless it has decided). */
  readonly awaiting: readonly string[];
  /**
   * This party's approval when it has already decided (by its representative or its substitute):
   * the proposal stays in the inbox until the council has decided it, so that the party's other
   * member is told plainly who decided, and is not offered to decide again. Null while it waits.
   */
  readonly decidedForParty: BoardApproval | null;
}

/** A proposal a coordinator took back before the council decided it (or void because the focus area moved on), with the reason. */
export interface WithdrawnProposalItem {
  readonly agreementId: string;
  readonly focusAreaId: string;
  readonly focusAreaTitle: string;
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly transitionLabel: string;
  readonly from: Step;
  readonly to: Step;
  readonly reason: string;
  readonly withdrawnAt: string;
  readonly withdrawnBy: string;
}

const byTime =
  <T extends { readonly focusAreaId: string }>(time: (item: T) => string) =>
  (a: T, b: T) =>
    time(a).localeCompare(time(b)) || a.focusAreaId.localeCompare(b.focusAreaId);

/**
 * What waits for one party's decision in one agreement: each pending proposal, oldest first (the
 * council takes them in the order they were put), with the party's own approval when it has
 * given it. A rejection, a withdrawal or the move itself ends the proposal, and it leaves every
 * inbox with it.
 *
 * `partyIds` are the agreement's parties (from the agreement directory): a party that is not one
 * of them has nothing to decide. `docs` are that agreement's board documents: party ids are only
 * unique within an agreement (one local police area signs several agreements).
 */
export const decisionInbox = (docs: readonly FocusAreaBoardDoc[], partyId: string, partyIds: readonly string[]): DecisionInboxItem[] => {
  if (!partyIds.includes(partyId)) return [];
  return docs
    .flatMap((doc) => {
      const p = doc.pendingProposal;
      if (!p) return [];
      return [
        {
          agreementId: doc.agreementId,
          focusAreaId: doc.focusAreaId,
          revision: doc.revision,
          focusAreaTitle: doc.title,
          proposalId: p.proposalId,
          transition: p.transition,
          transitionLabel: TRANSITION_LABEL_SV[p.transition],
          from: p.from,
          to: p.to,
          grounds: p.grounds,
          meeting: p.meeting,
          proposedAt: p.proposedAt,
          proposedBy: p.proposedBy,
          approvedBy: [...p.approvedBy],
          awaiting: partyIds.filter((party) => !p.approvedBy.includes(party)),
          decidedForParty: p.approvals.find((a) => a.partyId === partyId) ?? null,
        },
      ];
    })
    .sort(byTime((item) => item.proposedAt));
};

/** The proposals taken back before the council decided them, until the focus area's next proposal; oldest first. */
export const withdrawnProposals = (docs: readonly FocusAreaBoardDoc[]): WithdrawnProposalItem[] =>
  docs
    .flatMap((doc) => {
      const w = doc.lastWithdrawal;
      if (!w || doc.pendingProposal) return [];
      return [
        {
          agreementId: doc.agreementId,
          focusAreaId: doc.focusAreaId,
          focusAreaTitle: doc.title,
          proposalId: w.proposalId,
          transition: w.transition,
          transitionLabel: TRANSITION_LABEL_SV[w.transition],
          from: w.from,
          to: w.to,
          reason: w.reason,
          withdrawnAt: w.withdrawnAt,
          withdrawnBy: w.withdrawnBy,
        },
      ];
    })
    .sort(byTime((item) => item.withdrawnAt));

/**
 * The function ("Biträdande lokalpolisområdeschef") of whoever decided for the party, from the
 * agreement's roles as they were assigned: never a person's name. Null when no assignment says it.
 */
export const functionOfDecider = (agreement: Pick<AgreementDirectoryDoc, 'roleHistory'>, approval: BoardApproval): string | null => {
  const assigned = agreement.roleHistory.filter(
    (c) =>
      c.change === 'assigned' &&
      c.userId === approval.decidedBy &&
      c.role === approval.actorRole &&
      c.partyId === approval.partyId &&
      c.at <= approval.decidedAt,
  );
  return assigned.at(-1)?.function ?? null;
};
