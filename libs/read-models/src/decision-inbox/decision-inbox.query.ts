import { TRANSITION_LABEL_SV, type Meeting, type Step, type TransitionKind } from '@samverkan/cycle';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';

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
  /** Every party still to approve, this one included. */
  readonly awaiting: readonly string[];
}

/**
 * What waits for one party's decision in one agreement: each pending proposal the party has not
 * yet approved, oldest first (the council takes them in the order they were put). A rejection,
 * a void or the move itself ends the proposal, and it leaves every inbox with it.
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
      if (!p || p.approvedBy.includes(partyId)) return [];
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
        },
      ];
    })
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.focusAreaId.localeCompare(b.focusAreaId));
};
